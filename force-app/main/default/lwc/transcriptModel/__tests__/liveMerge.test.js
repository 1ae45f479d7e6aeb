import { normalizeLiveLog } from '../liveLog';
import { entrySourceMarker, liveCount, mergeLiveEntries } from '../liveMerge';
import { normalizePage } from '../normalize';
import { LABELS } from 'c/transcriptLabels';

const T = Date.parse('2024-05-14T16:58:00.000Z');
const iso = (ms) => new Date(ms).toISOString();

/**
 * One ConversationEntry node as the GraphQL wire delivers it. `at` is the EntryTime in epoch ms (null: no
 * time at all); `text` null is a blank Message (enhanced channels).
 */
function node(
  seq,
  { actor = 'Agent', text = null, at = T, identifier = null, entryType = 'Text', extra } = {}
) {
  return {
    Id: `0dw5g${String(seq).padStart(10, '0')}AAA`,
    Seq: { value: seq },
    EntryType: { value: entryType, displayValue: entryType },
    ActorType: { value: actor, displayValue: actor },
    ActorName: { value: actor === 'EndUser' ? 'Crystal Minh' : 'Jason Dewar' },
    Message: { value: text ?? '' },
    MessageIdentifier: { value: identifier },
    EntryTime: { value: at === null ? null : iso(at) },
    EntryTimeMilliSecs: { value: at === null ? null : at % 1000 },
    ServerReceivedTimestamp: { value: at === null ? null : iso(at) },
    ...extra
  };
}

/** The entries of a one-page ConversationEntry answer made of `nodes`. */
function entriesOf(...nodes) {
  return normalizePage({
    uiapi: {
      query: {
        ConversationEntry: {
          edges: nodes.map((n) => ({ node: n })),
          pageInfo: { hasNextPage: false, endCursor: null },
          totalCount: nodes.length
        }
      }
    }
  }).entries;
}

/** Live rows from the console's documented `{ messages: [{ content, name, type, timestamp }] }` answer. */
function liveOf(...messages) {
  return normalizeLiveLog({
    messages: messages.map(({ type = 'AGENT', content, at = T }) => ({
      content,
      name: type === 'END_USER' ? 'Crystal Minh' : 'Jason Dewar',
      type,
      ...(at === null ? {} : { timestamp: iso(at) })
    }))
  });
}

const texts = (rows) => rows.map((row) => [row.message, row.source ?? 'entry']);

describe('mergeLiveEntries: a live row with an identifier', () => {
  it('is the entry whose Id it names when the entry has no MessageIdentifier', () => {
    const entries = entriesOf(node(1, { text: 'Hi!' }));
    const live = normalizeLiveLog({
      conversationEntries: [
        {
          identifier: entries[0].id,
          messageText: 'Hello, this is Jason',
          sender: { role: 'Agent' },
          clientTimestamp: T + 600_000
        }
      ]
    });
    const merged = mergeLiveEntries(entries, live);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toBe(entries[0]);
  });

  it('that names no entry becomes its own live row', () => {
    const entries = entriesOf(node(1, { text: 'Hi!', identifier: 'msg-1' }));
    const live = normalizeLiveLog({
      conversationEntries: [
        {
          identifier: 'msg-9',
          messageText: 'Anything else?',
          sender: { role: 'Agent' },
          clientTimestamp: T + 60_000
        }
      ]
    });
    expect(texts(mergeLiveEntries(entries, live))).toEqual([
      ['Hi!', 'entry'],
      ['Anything else?', 'live']
    ]);
  });

  it('without text leaves the blank entry it names untouched', () => {
    const entries = entriesOf(node(1, { identifier: 'msg-1' }));
    const live = normalizeLiveLog({
      conversationEntries: [
        { identifier: 'msg-1', entryType: 'attachment', sender: { role: 'Agent' }, clientTimestamp: T }
      ]
    });
    const merged = mergeLiveEntries(entries, live);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toBe(entries[0]);
    expect(liveCount(merged)).toBe(0);
  });
});

describe('mergeLiveEntries: the same text from the same side', () => {
  it('ignores case and runs of white space, including at the ends', () => {
    const entries = entriesOf(node(1, { text: 'Hi! How can I help?' }));
    const merged = mergeLiveEntries(entries, liveOf({ content: ' hi!  how can\nI HELP? ', at: T + 2_000 }));
    expect(merged).toEqual(entries);
  });

  it('keeps different texts apart, even at the same moment', () => {
    const entries = entriesOf(
      node(1, { text: 'Hi!' }),
      node(2, { actor: 'EndUser', text: 'How do I sign in?', at: T + 30_000 })
    );
    const live = liveOf(
      { content: 'No', at: T + 1_000 },
      { type: 'END_USER', content: 'How do I signin?', at: T + 31_000 }
    );
    expect(texts(mergeLiveEntries(entries, live))).toEqual([
      ['Hi!', 'entry'],
      ['No', 'live'],
      ['How do I sign in?', 'entry'],
      ['How do I signin?', 'live']
    ]);
  });

  it('does not take a customer message for the agent message with the same text', () => {
    const entries = entriesOf(node(1, { text: 'Thanks!' }));
    const merged = mergeLiveEntries(entries, liveOf({ type: 'END_USER', content: 'thanks!', at: T + 3_000 }));
    expect(texts(merged)).toEqual([
      ['Thanks!', 'entry'],
      ['thanks!', 'live']
    ]);
    expect(merged[1].layout).toBe('inbound');
  });

  it('matches when the entry or the live row has an unknown side', () => {
    const unknownEntry = entriesOf(node(1, { actor: 'Observer', text: 'Hi!' }));
    expect(mergeLiveEntries(unknownEntry, liveOf({ content: 'Hi!', at: T + 1_000 }))).toEqual(unknownEntry);

    const agentEntry = entriesOf(node(1, { text: 'Hi!' }));
    const unknownLive = liveOf({ type: 'OBSERVER', content: 'Hi!', at: T + 1_000 });
    expect(unknownLive[0].actorKind).toBe('Unknown');
    expect(mergeLiveEntries(agentEntry, unknownLive)).toEqual(agentEntry);
  });

  it('matches up to two minutes apart, and not a millisecond later', () => {
    const entries = entriesOf(node(1, { text: 'Hi!' }));
    expect(mergeLiveEntries(entries, liveOf({ content: 'Hi!', at: T + 120_000 }))).toEqual(entries);
    expect(texts(mergeLiveEntries(entries, liveOf({ content: 'Hi!', at: T + 120_001 })))).toEqual([
      ['Hi!', 'entry'],
      ['Hi!', 'live']
    ]);
  });

  it('never matches by time when either side has no time, even beside a time near 0', () => {
    const early = entriesOf(node(1, { text: 'Hi!', at: 30_000 }));
    expect(texts(mergeLiveEntries(early, liveOf({ content: 'Hi!', at: null })))).toEqual([
      ['Hi!', 'entry'],
      ['Hi!', 'live']
    ]);

    const timeless = entriesOf(node(1, { text: 'Hi!', at: null }));
    const live = normalizeLiveLog({
      entries: [{ messageText: 'Hi!', role: 'Agent', clientTimestamp: 30_000 }]
    });
    expect(texts(mergeLiveEntries(timeless, live))).toEqual([
      ['Hi!', 'entry'],
      ['Hi!', 'live']
    ]);
  });

  it('uses each entry once: a second live copy of a text stays a row of its own', () => {
    const entries = entriesOf(node(1, { text: 'OK' }));
    const live = normalizeLiveLog({
      conversationEntries: [
        { identifier: 'live-1', messageText: 'OK', sender: { role: 'Agent' }, clientTimestamp: T + 1_000 },
        { identifier: 'live-2', messageText: 'OK', sender: { role: 'Agent' }, clientTimestamp: T + 2_000 }
      ]
    });
    const merged = mergeLiveEntries(entries, live);
    expect(merged.map((row) => row.id)).toEqual([entries[0].id, 'live-live-2']);
  });

  it('measures closeness from the EntryTime, not from the server or client stamps', () => {
    const entries = entriesOf(
      node(1, {
        extra: {
          ServerReceivedTimestamp: { value: iso(T + 10_000) },
          ClientTimestamp: { value: iso(T - 10_000) }
        }
      })
    );
    const merged = mergeLiveEntries(entries, liveOf({ content: 'Hello', at: T + 300 }));
    expect(texts(merged)).toEqual([['Hello', 'both']]);
  });
});

describe('mergeLiveEntries: a blank (enhanced) entry', () => {
  it('takes the text of the first live row of its side close in time; the next one stays a row', () => {
    const entries = entriesOf(node(1));
    const merged = mergeLiveEntries(
      entries,
      liveOf({ content: 'Hello', at: T + 1_000 }, { content: 'Anyone there?', at: T + 2_000 })
    );
    expect(texts(merged)).toEqual([
      ['Hello', 'both'],
      ['Anyone there?', 'live']
    ]);
    expect(merged[0]).toMatchObject({ id: entries[0].id, seq: 1, actorName: 'Jason Dewar' });
    expect(liveCount(merged)).toBe(2);
  });

  it('is filled from a live row up to five seconds away, not a millisecond more', () => {
    const entries = entriesOf(node(1));
    expect(texts(mergeLiveEntries(entries, liveOf({ content: 'Hello', at: T - 5_000 })))).toEqual([
      ['Hello', 'both']
    ]);
    expect(texts(mergeLiveEntries(entries, liveOf({ content: 'Hello', at: T + 5_001 })))).toEqual([
      [null, 'entry'],
      ['Hello', 'live']
    ]);
  });

  it('is not filled from the other side', () => {
    const entries = entriesOf(node(1));
    expect(
      texts(mergeLiveEntries(entries, liveOf({ type: 'END_USER', content: 'Hi', at: T + 1_000 })))
    ).toEqual([
      [null, 'entry'],
      ['Hi', 'live']
    ]);
  });

  it('is not filled from a live row without text, and such a row stays', () => {
    const entries = entriesOf(node(1), node(2, { text: 'One moment', at: T + 2_000 }));
    const live = normalizeLiveLog({
      conversationEntries: [
        {
          identifier: 'evt-1',
          entryType: 'PARTICIPANT_CHANGED',
          sender: { role: 'Agent' },
          clientTimestamp: T + 1_000
        }
      ]
    });
    const merged = mergeLiveEntries(entries, live);
    expect(merged.map((row) => [row.id, row.message, row.layout])).toEqual([
      [entries[0].id, null, 'outbound'],
      ['live-evt-1', null, 'event'],
      [entries[1].id, 'One moment', 'outbound']
    ]);
  });

  it('an event row is never filled with message text', () => {
    const entries = entriesOf(node(1, { actor: 'Bot', entryType: 'BotEscalated' }));
    expect(entries[0].layout).toBe('event');
    const merged = mergeLiveEntries(
      entries,
      liveOf({ type: 'Chatbot', content: 'Let me get an agent', at: T + 1_000 })
    );
    expect(texts(merged)).toEqual([
      [null, 'entry'],
      ['Let me get an agent', 'live']
    ]);
  });
});

describe('mergeLiveEntries: where the other live rows go', () => {
  const three = () =>
    entriesOf(
      node(1, { text: 'Hi!' }),
      node(2, { actor: 'EndUser', text: 'Hello', at: T + 60_000 }),
      node(3, { text: 'How can I help?', at: T + 120_000 })
    );

  it('among the entries by time', () => {
    const merged = mergeLiveEntries(
      three(),
      liveOf({ type: 'END_USER', content: 'I have a question', at: T + 90_000 })
    );
    expect(merged.map((row) => row.message)).toEqual([
      'Hi!',
      'Hello',
      'I have a question',
      'How can I help?'
    ]);
  });

  it('after an entry of the same moment', () => {
    const merged = mergeLiveEntries(three(), liveOf({ type: 'END_USER', content: 'Hey', at: T + 60_000 }));
    expect(merged.map((row) => row.message)).toEqual(['Hi!', 'Hello', 'Hey', 'How can I help?']);
  });

  it('after the last entry when newer than all', () => {
    const merged = mergeLiveEntries(three(), liveOf({ content: 'Still there?', at: T + 600_000 }));
    expect(merged.map((row) => row.message)).toEqual(['Hi!', 'Hello', 'How can I help?', 'Still there?']);
  });

  it('at the end when the live row has no time', () => {
    const merged = mergeLiveEntries(three(), liveOf({ content: 'Typing a reply', at: null }));
    expect(merged.map((row) => row.message)).toEqual(['Hi!', 'Hello', 'How can I help?', 'Typing a reply']);
  });

  it('past entries without a time to the first entry that is later', () => {
    const entries = entriesOf(node(1, { text: 'Hi!', at: null }), node(2, { text: 'Bye', at: T + 60_000 }));
    const merged = mergeLiveEntries(entries, liveOf({ type: 'END_USER', content: 'Thanks', at: T }));
    expect(merged.map((row) => row.message)).toEqual(['Hi!', 'Thanks', 'Bye']);
  });

  it('leaves the entries list it was given as it was', () => {
    const entries = three();
    const before = entries.slice();
    mergeLiveEntries(entries, liveOf({ content: 'Still there?', at: T + 600_000 }));
    expect(entries).toEqual(before);
  });
});

describe('entrySourceMarker / liveCount', () => {
  it('marks a live row "Live" with its own title, a filled entry with the other, a plain entry not at all', () => {
    expect(entrySourceMarker({ source: 'live' }, LABELS)).toEqual({
      text: LABELS.Session_Live_Marker,
      title: LABELS.Session_Live_Marker_Title
    });
    expect(entrySourceMarker({ source: 'both' }, LABELS)).toEqual({
      text: LABELS.Session_Live_Marker,
      title: LABELS.Session_Live_Both_Title
    });
    expect(LABELS.Session_Live_Marker_Title).not.toBe(LABELS.Session_Live_Both_Title);
    expect(entrySourceMarker({ source: 'entry' }, LABELS)).toBeNull();
    expect(entrySourceMarker({}, LABELS)).toBeNull();
  });

  it('counts live rows and filled entries, not plain entries', () => {
    expect(
      liveCount([{ source: 'live' }, { source: 'both' }, { source: 'entry' }, {}, { source: 'live' }])
    ).toBe(3);
    expect(liveCount([])).toBe(0);
  });
});
