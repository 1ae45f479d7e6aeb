/**
 * HistoryTimeline: the rows the log shows once the customer has earlier conversations, each conversation
 * led by its bookend row (title, facts, load state), oldest first or newest first, remembered until what
 * they show changes.
 */
import { HistoryTimeline } from '../historyTimeline';
import { readEarlierSession, readHistoryAnchor } from '../history';
import { readSessionRecord } from '../session';
import { LABELS } from 'c/transcriptLabels';
import { conversation, historyList, load } from '../../../../../../jest/modelFixtures';

const CUSTOMER = '0PA5g000000Cust1AAA';
const THIS = '0Mw5g000000This1AAA';
const A = '0Mw5g000000A0001AAA';
const B = '0Mw5g000000A0002AAA';

/** A MessagingSession as getRecord delivers it. */
const sessionRecord = (fields = {}) => {
  const values = {
    Name: 'MS-0009',
    MessagingEndUserId: CUSTOMER,
    Status: ['Active', 'Active'],
    ChannelType: ['EmbeddedMessaging', 'Messaging for In-App and Web'],
    ChannelName: 'web_chat',
    StartTime: '2024-05-14T16:58:00.000Z',
    EndTime: null,
    ...fields
  };
  return {
    apiName: 'MessagingSession',
    id: THIS,
    fields: Object.fromEntries(
      Object.entries(values).map(([name, value]) =>
        Array.isArray(value)
          ? [name, { value: value[0], displayValue: value[1] }]
          : [name, { value, displayValue: null }]
      )
    )
  };
};
const withChannel = (label) => ({
  MessagingChannel: {
    apiName: 'MessagingChannel',
    fields: { MasterLabel: { value: label, displayValue: null } }
  }
});

/** The earlier conversations A (newer) and B (older), read from a page of the list wire. */
const listed = (change = (node) => node) =>
  historyList([A, B], CUSTOMER).data.uiapi.query.MessagingSession.edges.map((edge) =>
    readEarlierSession(change(edge.node), 'MessagingSession')
  );
const SESSIONS = listed();
const ANCHOR = readHistoryAnchor(sessionRecord(), 'MessagingSession');
const CURRENT = conversation(2);
const A_ENTRIES = conversation(3, 'a');

const history = (fields = {}) => ({ sessions: SESSIONS, loads: {}, expanded: [], anchor: ANCHOR, ...fields });
const current = (fields = {}) => ({
  recordId: THIS,
  session: readSessionRecord(sessionRecord()),
  entries: CURRENT,
  complete: true,
  locale: 'en-US',
  timeZone: 'UTC',
  ...fields
});
const ids = (rows) => rows.map((row) => row.id);
const bookends = (rows) => rows.filter((row) => row.bookend).map((row) => row.bookend);

describe('HistoryTimeline', () => {
  it('gives the displayed entries themselves while the customer has no earlier conversation', () => {
    const timeline = new HistoryTimeline(LABELS);
    expect(timeline.rows(history({ sessions: [] }), CURRENT, current(), false)).toBe(CURRENT);
  });

  it('leads each conversation with its bookend, oldest first and this one last', () => {
    const timeline = new HistoryTimeline(LABELS);
    const rows = timeline.rows(history(), CURRENT, current(), false);
    expect(ids(rows)).toEqual([`session-${B}`, `session-${A}`, `session-${THIS}`, 'e1', 'e2']);
    expect(bookends(rows)).toEqual([
      {
        sessionId: B,
        title: 'Earlier conversation MS-0002',
        facts: 'Mar 1, 2024, 10:00 AM · 7:30 long · Ended',
        current: false,
        expanded: false,
        load: 'collapsed',
        failed: false
      },
      {
        sessionId: A,
        title: 'Earlier conversation MS-0001',
        facts: 'Mar 1, 2024, 10:00 AM · 7:30 long · Ended',
        current: false,
        expanded: false,
        load: 'collapsed',
        failed: false
      },
      {
        sessionId: THIS,
        title: 'This conversation MS-0009',
        facts: 'web_chat · May 14, 2024, 4:58 PM · 2 entries · Active',
        current: true,
        expanded: true,
        load: 'loaded',
        failed: false
      }
    ]);
  });

  it('puts this conversation first and each conversation’s entries newest first, for newest first', () => {
    const timeline = new HistoryTimeline(LABELS);
    const facts = history({ expanded: [A], loads: { [A]: load({ recordId: A, entries: A_ENTRIES }) } });
    expect(ids(timeline.rows(facts, [...A_ENTRIES, ...CURRENT], current(), true))).toEqual([
      `session-${THIS}`,
      'e2',
      'e1',
      `session-${A}`,
      'a3',
      'a2',
      'a1',
      `session-${B}`
    ]);
    expect(ids(timeline.rows(facts, [...A_ENTRIES, ...CURRENT], current(), false))).toEqual([
      `session-${B}`,
      `session-${A}`,
      'a1',
      'a2',
      'a3',
      `session-${THIS}`,
      'e1',
      'e2'
    ]);
  });

  it('shows the displayed entries of an expanded conversation and counts all it loaded', () => {
    const timeline = new HistoryTimeline(LABELS);
    const facts = history({ expanded: [A], loads: { [A]: load({ recordId: A, entries: A_ENTRIES }) } });
    const rows = timeline.rows(facts, [A_ENTRIES[1], CURRENT[0]], current(), false);
    expect(ids(rows)).toEqual([`session-${B}`, `session-${A}`, 'a2', `session-${THIS}`, 'e1']);
    expect(bookends(rows)[1]).toEqual({
      sessionId: A,
      title: 'Earlier conversation MS-0001',
      facts: 'Mar 1, 2024, 10:00 AM · 7:30 long · 3 entries · Ended',
      current: false,
      expanded: true,
      load: 'loaded',
      failed: false
    });
  });

  it('hides the entries of a collapsed conversation it loaded before, still counting them', () => {
    const timeline = new HistoryTimeline(LABELS);
    const facts = history({ loads: { [A]: load({ recordId: A, entries: A_ENTRIES }) } });
    const rows = timeline.rows(facts, [...A_ENTRIES, ...CURRENT], current(), false);
    expect(ids(rows)).toEqual([`session-${B}`, `session-${A}`, `session-${THIS}`, 'e1', 'e2']);
    expect(bookends(rows)[1]).toMatchObject({
      facts: 'Mar 1, 2024, 10:00 AM · 7:30 long · 3 entries · Ended',
      expanded: false,
      load: 'collapsed'
    });
  });

  it.each([
    ['not asked yet', 'loading', undefined, [], ''],
    ['loading', 'loading', 'loading', [], ''],
    ['partly loaded', 'loading', 'partial', A_ENTRIES.slice(0, 2), 'a1,a2'],
    ['failed', 'error', 'error', A_ENTRIES.slice(0, 1), 'a1'],
    ['stopped short', 'loaded', 'incomplete', A_ENTRIES, 'a1,a2,a3']
  ])(
    'shows an expanded conversation %s as %s with its loaded entries, uncounted',
    (_, expected, status, entries, shown) => {
      const timeline = new HistoryTimeline(LABELS);
      const loads = status === undefined ? {} : { [A]: load({ recordId: A, status, entries }) };
      const rows = timeline.rows(
        history({ expanded: [A], loads }),
        [...A_ENTRIES, ...CURRENT],
        current(),
        false
      );
      const section = rows.slice(
        2,
        rows.findIndex((row) => row.id === `session-${THIS}`)
      );
      expect(section.map((row) => row.id).join(',')).toBe(shown);
      expect(bookends(rows)[1]).toMatchObject({
        expanded: true,
        load: expected,
        facts: 'Mar 1, 2024, 10:00 AM · 7:30 long · Ended'
      });
    }
  );

  it('marks a conversation that ended in error, earlier or this one', () => {
    const timeline = new HistoryTimeline(LABELS);
    const sessions = listed((node) =>
      node.Id === B ? { ...node, Status: { value: 'Error', displayValue: 'Error' } } : node
    );
    const session = readSessionRecord(sessionRecord({ Status: ['Error', 'Failed'] }));
    const rows = timeline.rows(history({ sessions }), CURRENT, current({ session }), false);
    expect(bookends(rows).map((bookend) => bookend.failed)).toEqual([true, false, true]);
    expect(bookends(rows)[2].facts).toBe('web_chat · May 14, 2024, 4:58 PM · 2 entries · Failed');
  });

  it('describes this conversation by its channel’s label, its length, and no count while it loads', () => {
    const timeline = new HistoryTimeline(LABELS);
    const session = readSessionRecord(
      sessionRecord({
        ...withChannel('Acme Chat'),
        Status: ['Ended', 'Ended'],
        EndTime: '2024-05-14T17:15:16.000Z'
      })
    );
    const rows = timeline.rows(history(), CURRENT, current({ session, complete: false }), false);
    expect(bookends(rows)[2]).toEqual({
      sessionId: THIS,
      title: 'This conversation MS-0009',
      facts: 'Acme Chat · May 14, 2024, 4:58 PM · 17:16 long · Ended',
      current: true,
      expanded: true,
      load: 'loaded',
      failed: false
    });
  });

  it('names this conversation’s channel by its type when it has no channel name', () => {
    const timeline = new HistoryTimeline(LABELS);
    const session = readSessionRecord(sessionRecord({ ChannelName: null }));
    const rows = timeline.rows(history(), CURRENT, current({ session }), false);
    expect(bookends(rows)[2].facts).toBe(
      'Messaging for In-App and Web · May 14, 2024, 4:58 PM · 2 entries · Active'
    );
  });

  it('titles and counts this conversation before its record and customer are read', () => {
    const timeline = new HistoryTimeline(LABELS);
    const rows = timeline.rows(history({ anchor: null }), CURRENT, current({ session: null }), false);
    expect(bookends(rows)[2]).toEqual({
      sessionId: THIS,
      title: 'This conversation',
      facts: '2 entries',
      current: true,
      expanded: true,
      load: 'loaded',
      failed: false
    });
    expect(ids(rows)).toEqual([`session-${B}`, `session-${A}`, `session-${THIS}`, 'e1', 'e2']);
  });

  it('formats the facts in the user’s locale and time zone', () => {
    const timeline = new HistoryTimeline(LABELS);
    const rows = timeline.rows(history(), CURRENT, current({ timeZone: 'America/Los_Angeles' }), false);
    expect(bookends(rows).map((bookend) => bookend.facts)).toEqual([
      'Mar 1, 2024, 2:00 AM · 7:30 long · Ended',
      'Mar 1, 2024, 2:00 AM · 7:30 long · Ended',
      'web_chat · May 14, 2024, 9:58 AM · 2 entries · Active'
    ]);
  });
});

describe('HistoryTimeline: remembered rows', () => {
  it('gives the same rows again while nothing they show changed', () => {
    const timeline = new HistoryTimeline(LABELS);
    const rows = timeline.rows(history(), CURRENT, current(), false);
    expect(timeline.rows(history(), CURRENT, current(), false)).toBe(rows);
  });

  it('draws the rows anew for other displayed entries', () => {
    const timeline = new HistoryTimeline(LABELS);
    timeline.rows(history(), CURRENT, current(), false);
    expect(ids(timeline.rows(history(), [CURRENT[1]], current(), false))).toEqual([
      `session-${B}`,
      `session-${A}`,
      `session-${THIS}`,
      'e2'
    ]);
  });

  it('draws the rows anew when this conversation is renamed or changes status', () => {
    const timeline = new HistoryTimeline(LABELS);
    timeline.rows(history(), CURRENT, current(), false);
    const renamed = readHistoryAnchor(sessionRecord({ Name: 'MS-0010' }), 'MessagingSession');
    expect(bookends(timeline.rows(history({ anchor: renamed }), CURRENT, current(), false))[2].title).toBe(
      'This conversation MS-0010'
    );
    const ended = readSessionRecord(sessionRecord({ Status: ['Ended', 'Ended'] }));
    expect(
      bookends(timeline.rows(history({ anchor: renamed }), CURRENT, current({ session: ended }), false))[2]
        .facts
    ).toBe('web_chat · May 14, 2024, 4:58 PM · 2 entries · Ended');
  });

  it('draws the rows anew when a conversation is expanded or its load moves on', () => {
    const timeline = new HistoryTimeline(LABELS);
    const displayed = [...A_ENTRIES, ...CURRENT];
    timeline.rows(history(), displayed, current(), false);
    const expanded = timeline.rows(history({ expanded: [A] }), displayed, current(), false);
    expect(bookends(expanded)[1].load).toBe('loading');
    const loading = { [A]: load({ recordId: A, status: 'loading', entries: [] }) };
    expect(
      bookends(timeline.rows(history({ expanded: [A], loads: loading }), displayed, current(), false))[1].load
    ).toBe('loading');
    const loaded = { [A]: load({ recordId: A, entries: A_ENTRIES }) };
    const rows = timeline.rows(history({ expanded: [A], loads: loaded }), displayed, current(), false);
    expect(bookends(rows)[1].load).toBe('loaded');
    expect(ids(rows)).toContain('a3');
  });

  it('draws the rows anew for the other order, another locale, or this conversation fully loaded', () => {
    const timeline = new HistoryTimeline(LABELS);
    const rows = timeline.rows(history(), CURRENT, current({ complete: false }), false);
    expect(ids(timeline.rows(history(), CURRENT, current({ complete: false }), true))[0]).toBe(
      `session-${THIS}`
    );
    expect(bookends(timeline.rows(history(), CURRENT, current(), false))[2].facts).toContain('2 entries');
    expect(bookends(timeline.rows(history(), CURRENT, current({ locale: 'fr-FR' }), false))[0].facts).toBe(
      '1 mars 2024, 10:00 · 7:30 long · Ended'
    );
    expect(rows[0].bookend.facts).toBe('Mar 1, 2024, 10:00 AM · 7:30 long · Ended');
  });

  it('forgets the remembered rows on reset', () => {
    const timeline = new HistoryTimeline(LABELS);
    const rows = timeline.rows(history(), CURRENT, current(), false);
    timeline.reset();
    const again = timeline.rows(history(), CURRENT, current(), false);
    expect(again).not.toBe(rows);
    expect(again).toEqual(rows);
  });
});
