import { EXPORT_MIME_TYPES } from '../exporters';
import { displaySegments, highlightEntry, buildSearchIndex, findMatches, stepMatch } from '../search';
import { dayKeyOf, formatRelative, timestampDetails } from '../timeFormat';
import {
  NO_FILTER,
  dayLabel,
  entryIdFromHash,
  entryLink,
  linkTargetFromHash,
  filterEntries,
  isFiltering,
  orderEntries,
  shownOfTotalText,
  startsDay
} from '../view';

const LABELS = {
  Transcript_Today: 'Today',
  Transcript_Yesterday: 'Yesterday',
  Transcript_Shown_Of_Total: '{0} of {1} entries shown',
  Time_Entry_Time: 'Entry time: {0}',
  Time_Client_Timestamp: 'Client timestamp: {0}',
  Time_Server_Received: 'Received by Salesforce: {0}',
  Time_Entry_End: 'Entry end time: {0}'
};

function entry(id, fields = {}) {
  return {
    id,
    seq: null,
    entryType: 'Text',
    actorType: 'Agent',
    actorKind: 'Agent',
    actorName: null,
    actorId: null,
    layout: 'outbound',
    message: null,
    messageStatus: null,
    messageStatusCode: null,
    messageIdentifier: null,
    hasAttachments: false,
    entryTime: null,
    entryEndTime: null,
    clientTimestamp: null,
    clientDuration: null,
    serverReceivedTimestamp: null,
    messageSendTime: null,
    messageDeliverTime: null,
    messageReadTime: null,
    ...fields
  };
}

const agent = entry('a', { actorKind: 'Agent' });
const customer = entry('c', { actorKind: 'EndUser', layout: 'inbound' });
const event = entry('e', { actorKind: 'System', layout: 'event', entryType: 'BotEscalated' });
const unknown = entry('u', { actorKind: 'Unknown', actorType: 'AiAgent' });

describe('filter and order', () => {
  it('keeps everything (the same array) when nothing is filtered', () => {
    const all = [agent, customer, event];
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(filterEntries(all, NO_FILTER)).toBe(all);
  });

  it('hides actor kinds and events, keeping order, and never hides an unknown actor by a known filter', () => {
    const all = [agent, customer, event, unknown];
    expect(filterEntries(all, { hiddenActorKinds: new Set(['Agent']), showEvents: true })).toEqual([
      customer,
      event,
      unknown
    ]);
    expect(filterEntries(all, { hiddenActorKinds: new Set(), showEvents: false })).toEqual([
      agent,
      customer,
      unknown
    ]);
  });

  it('reverses for newest first without touching the input', () => {
    const all = [agent, customer, event];
    expect(orderEntries(all, 'newest')).toEqual([event, customer, agent]);
    expect(all).toEqual([agent, customer, event]);
    expect(orderEntries(all, 'oldest')).toBe(all);
  });

  it('says how many are shown of how many, in the locale', () => {
    expect(shownOfTotalText(1200, 7512, 'en-US', LABELS)).toBe('1,200 of 7,512 entries shown');
    expect(shownOfTotalText(1200, 7512, 'de-DE', LABELS)).toBe('1.200 of 7.512 entries shown');
  });
});

describe('day separators', () => {
  const NOW = Date.parse('2024-05-14T20:00:00Z'); // 13:00 in Los Angeles, 22:00 in Berlin

  it('says Today, Yesterday or the date in the user time zone', () => {
    const tz = 'America/Los_Angeles';
    expect(dayLabel(Date.parse('2024-05-14T05:00:00Z'), NOW, 'en-US', tz, LABELS)).toBe('Yesterday');
    expect(dayLabel(Date.parse('2024-05-14T05:00:00Z'), NOW, 'en-US', 'Europe/Berlin', LABELS)).toBe('Today');
    expect(dayLabel(Date.parse('2024-05-12T18:00:00Z'), NOW, 'en-US', tz, LABELS)).toBe(
      'Sunday, May 12, 2024'
    );
    expect(dayLabel(Date.parse('2024-05-12T18:00:00Z'), NOW, 'fr-FR', tz, LABELS)).toBe(
      'dimanche 12 mai 2024'
    );
  });

  it('counts calendar days across a DST change (a 23-hour day)', () => {
    // 2024-03-10 is 23 hours long in Los Angeles.
    const now = Date.parse('2024-03-11T07:30:00Z'); // 00:30 PDT on March 11
    expect(dayLabel(Date.parse('2024-03-10T08:30:00Z'), now, 'en-US', 'America/Los_Angeles', LABELS)).toBe(
      'Yesterday'
    );
  });

  it('puts a separator above the first entry of each day, skipping entries without a time', () => {
    const entries = [
      entry('1', { entryTime: Date.parse('2024-05-12T18:00:00Z') }),
      entry('2', { entryTime: Date.parse('2024-05-12T19:00:00Z') }),
      entry('3', { entryTime: null }),
      entry('4', { entryTime: Date.parse('2024-05-14T18:00:00Z') })
    ];
    const tz = 'America/Los_Angeles';
    const dayOf = (e) => (e.entryTime === null ? null : dayKeyOf(e.entryTime, tz));
    const separators = entries.map((e, i) =>
      startsDay(entries, i, dayOf) ? dayLabel(e.entryTime, NOW, 'en-US', tz, LABELS) : null
    );
    expect(separators).toEqual(['Sunday, May 12, 2024', null, null, 'Today']);
  });
});

describe('relative time and the timestamp tooltip', () => {
  const NOW = Date.parse('2024-05-14T20:00:00Z');

  it('formats relative times in the locale', () => {
    expect(formatRelative(NOW - 3_000, NOW, 'en-US')).toBe('now');
    expect(formatRelative(NOW - 5 * 60_000, NOW, 'en-US')).toBe('5 minutes ago');
    expect(formatRelative(NOW - 3 * 3_600_000, NOW, 'en-US')).toBe('3 hours ago');
    expect(formatRelative(NOW - 86_400_000, NOW, 'en-US')).toBe('yesterday');
    expect(formatRelative(NOW - 86_400_000, NOW, 'de-DE')).toBe('gestern');
    expect(formatRelative(NOW - 400 * 86_400_000, NOW, 'en-US')).toBe('last year');
    expect(formatRelative(null, NOW, 'en-US')).toBe('');
  });

  it('lists every timestamp the entry has, with milliseconds and zone', () => {
    const details = timestampDetails(
      entry('t', {
        entryTime: Date.parse('2024-05-14T16:58:02.123Z'),
        clientTimestamp: Date.parse('2024-05-14T16:58:01.900Z'),
        serverReceivedTimestamp: null,
        entryEndTime: Date.parse('2024-05-14T16:58:05.000Z')
      }),
      'en-US',
      'UTC',
      LABELS
    );
    expect(details.split('\n')).toEqual([
      'Entry time: May 14, 2024, 4:58:02.123 PM UTC',
      'Client timestamp: May 14, 2024, 4:58:01.900 PM UTC',
      'Entry end time: May 14, 2024, 4:58:05.000 PM UTC'
    ]);
    expect(timestampDetails(entry('none'), 'en-US', 'UTC', LABELS)).toBe('');
  });
});

describe('search highlight and stepping', () => {
  it('numbers matches like findMatches: name first, then message, one of them current', () => {
    const e = entry('x', { actorName: 'Anna Order', message: 'Your order, the ORDER' });
    expect(findMatches(buildSearchIndex([e]), 'order')).toHaveLength(3);
    const parts = highlightEntry('Anna Order', 'Your order, the ORDER', 'order', 2);
    expect(parts.name.filter((s) => s.match).map((s) => s.current)).toEqual([false]);
    expect(parts.message.filter((s) => s.match).map((s) => [s.text, s.current])).toEqual([
      ['order', false],
      ['ORDER', true]
    ]);
    expect(displaySegments(parts.message, 'm').map((s) => s.className)).toEqual([
      '',
      'transcript-match',
      '',
      'transcript-match transcript-match_current'
    ]);
  });

  it('wraps around in both directions and starts at the right end', () => {
    expect(stepMatch(-1, 5, 1)).toBe(0);
    expect(stepMatch(-1, 5, -1)).toBe(4);
    expect(stepMatch(4, 5, 1)).toBe(0);
    expect(stepMatch(0, 5, -1)).toBe(4);
    expect(stepMatch(2, 0, 1)).toBe(-1);
  });
});

describe('day separators around entries without a time', () => {
  it('puts no separator after an untimed entry when the day goes on', () => {
    const entries = [
      entry('1', { entryTime: Date.parse('2024-05-12T18:00:00Z') }),
      entry('2', { entryTime: null }),
      entry('3', { entryTime: Date.parse('2024-05-12T19:00:00Z') })
    ];
    const dayOf = (e) => (e.entryTime === null ? null : dayKeyOf(e.entryTime, 'UTC'));
    expect(entries.map((e, i) => startsDay(entries, i, dayOf))).toEqual([true, false, false]);
  });

  it('labels the day by its date when the clock cannot be read', () => {
    expect(dayLabel(Date.parse('2024-05-14T05:00:00Z'), Number.NaN, 'en-US', 'UTC', LABELS)).toBe(
      'Tuesday, May 14, 2024'
    );
  });
});

describe('links to one entry', () => {
  it('adds the anchor to the page address, replacing any fragment, and reads it back', () => {
    const page =
      'https://acme.lightning.force.com/lightning/r/MessagingSession/0Mw5g000000001AAA/view?c__x=1#old';
    const link = entryLink(page, '0dw5g0000000003AAA');
    expect(link).toBe(
      'https://acme.lightning.force.com/lightning/r/MessagingSession/0Mw5g000000001AAA/view?c__x=1#transcript-entry-0dw5g0000000003AAA'
    );
    expect(entryIdFromHash(new URL(link).hash)).toBe('0dw5g0000000003AAA');
  });

  it('survives odd ids and ignores other fragments', () => {
    expect(entryIdFromHash(new URL(entryLink('https://x.test/', 'a b#"<')).hash)).toBe('a b#"<');
    expect(entryIdFromHash('#something-else')).toBeNull();
    expect(entryIdFromHash('#transcript-entry-')).toBeNull();
    expect(entryIdFromHash('#transcript-entry-%E0%A4%A')).toBeNull();
    expect(entryIdFromHash('')).toBeNull();
    expect(entryIdFromHash('#another-anchor-name-e1')).toBeNull();
    expect(entryIdFromHash('transcript-entry-e1')).toBe('e1');
    expect(linkTargetFromHash('#transcript-entry-%20e1%20/%200Mw5g000000000OLD%20')).toEqual({
      entryId: 'e1',
      sessionId: '0Mw5g000000000OLD'
    });
  });

  it('names the earlier session that holds the entry, and reads both back', () => {
    const page = 'https://acme.lightning.force.com/lightning/r/MessagingSession/0Mw5g000000001AAA/view';
    const link = entryLink(page, '0dw5g0000000003AAA', '0Mw5g000000000OLD');
    expect(link).toBe(`${page}#transcript-entry-0dw5g0000000003AAA/0Mw5g000000000OLD`);
    expect(linkTargetFromHash(new URL(link).hash)).toEqual({
      entryId: '0dw5g0000000003AAA',
      sessionId: '0Mw5g000000000OLD'
    });
    expect(linkTargetFromHash(new URL(entryLink(page, '0dw5g0000000003AAA')).hash)).toEqual({
      entryId: '0dw5g0000000003AAA',
      sessionId: null
    });
    expect(entryLink(page, 'x', '')).toBe(`${page}#transcript-entry-x`);
  });

  it('keeps ids holding the separator apart, and refuses fragments it cannot read', () => {
    const link = entryLink('https://x.test/', 'a/b', 's/1 #');
    expect(linkTargetFromHash(new URL(link).hash)).toEqual({ entryId: 'a/b', sessionId: 's/1 #' });
    expect(linkTargetFromHash('#transcript-entry-a/b/c')).toBeNull();
    expect(linkTargetFromHash('#transcript-entry-/s1')).toBeNull();
    expect(linkTargetFromHash('#transcript-entry-a/')).toEqual({ entryId: 'a', sessionId: null });
    expect(linkTargetFromHash('#transcript-entry-a/%E0%A4%A')).toBeNull();
  });
});

describe('download types', () => {
  it('uses only MIME types Lightning Web Security allows, without parameters', () => {
    expect(EXPORT_MIME_TYPES).toEqual({
      txt: 'text/plain',
      csv: 'application/octet-stream',
      json: 'application/json'
    });
  });
});
