import {
  normalizeEntry,
  normalizePage,
  mergeEntries,
  appendEntries,
  compareEntries,
  combineEntryTime,
  parseDateTime,
  layoutOf,
  actorKindOf
} from '../normalize';
import { ACTOR_TYPES, ENTRY_TYPES } from '../types';

const standardChat = require('../../conversationTranscript/__tests__/data/standardChat.json');
const shuffled = require('../../conversationTranscript/__tests__/data/shuffled.json');

const node = (fields) => ({
  Id: '0dw000000000001AAA',
  Seq: { value: 1 },
  EntryType: { value: 'Text' },
  ActorType: { value: 'Agent' },
  EntryTime: { value: '2024-05-14T16:58:02.000Z' },
  HasAttachments: { value: false },
  ...fields
});

describe('normalizeEntry: values of another type than the describe says', () => {
  it('reads a number or boolean where text is expected as its text', () => {
    const entry = normalizeEntry(node({ Message: { value: 42 }, ActorName: { value: true } }));
    expect([entry.message, entry.actorName]).toEqual(['42', 'true']);
  });

  it('reads a numeric text as a number, and blank, non-numeric or non-finite values as none', () => {
    expect(normalizeEntry(node({ Seq: { value: ' 7 ' } })).seq).toBe(7);
    for (const value of ['', '   ', 'seven', Number.NaN, Number.POSITIVE_INFINITY, '1e999']) {
      expect(normalizeEntry(node({ Seq: { value } })).seq).toBeNull();
    }
  });
});

describe('normalizeEntry', () => {
  it('reads every field from { value } wrappers', () => {
    const raw = standardChat.uiapi.query.ConversationEntry.edges[0].node;
    const entry = normalizeEntry(raw);
    expect(entry).toMatchObject({
      id: raw.Id,
      seq: 1,
      entryType: 'Text',
      actorType: 'Agent',
      actorKind: 'Agent',
      actorName: 'Jason Dewar',
      layout: 'outbound',
      message: raw.Message.value,
      messageStatus: raw.MessageStatus.value,
      hasAttachments: false
    });
    expect(entry.entryTime).toBe(Date.parse(raw.EntryTime.value));
  });

  it('returns null without an Id', () => {
    expect(normalizeEntry(node({ Id: null }))).toBeNull();
    expect(normalizeEntry(node({ Id: '  ' }))).toBeNull();
  });

  it('treats blank and whitespace-only messages as not stored', () => {
    expect(normalizeEntry(node({ Message: { value: '' } })).message).toBeNull();
    expect(normalizeEntry(node({ Message: { value: '  \n ' } })).message).toBeNull();
    expect(normalizeEntry(node({ Message: null })).message).toBeNull();
    expect(normalizeEntry(node({ Message: { value: ' hi ' } })).message).toBe(' hi ');
  });

  it('survives nulls and wrong types in every field', () => {
    const entry = normalizeEntry({
      Id: 'x',
      Seq: { value: 'not a number' },
      EntryType: null,
      ActorType: { value: 42 },
      EntryTime: { value: 'garbage' },
      EntryTimeMilliSecs: { value: 'x' },
      HasAttachments: { value: 'true' },
      ClientDuration: { value: '1500' }
    });
    expect(entry).toMatchObject({
      seq: null,
      entryType: '',
      actorType: '42',
      actorKind: 'Unknown',
      entryTime: null,
      hasAttachments: true,
      clientDuration: 1500,
      layout: 'event'
    });
  });
});

describe('combineEntryTime', () => {
  it('adds the last three millisecond digits to a whole-second EntryTime', () => {
    const base = Date.parse('2024-05-14T16:58:02.000Z');
    expect(combineEntryTime(base, 123)).toBe(base + 123);
    expect(combineEntryTime(base + 999, 5)).toBe(base + 5);
  });

  it('uses 0 and 999 milliseconds, replacing any milliseconds the EntryTime carries', () => {
    const base = Date.parse('2024-05-14T16:58:02.000Z');
    expect(combineEntryTime(base + 500, 0)).toBe(base);
    expect(combineEntryTime(base, 999)).toBe(base + 999);
  });

  it('ignores missing or out-of-range milliseconds', () => {
    const base = Date.parse('2024-05-14T16:58:02.000Z');
    expect(combineEntryTime(base, null)).toBe(base);
    expect(combineEntryTime(base, 1000)).toBe(base);
    expect(combineEntryTime(base, -1)).toBe(base);
    expect(combineEntryTime(base, 1.5)).toBe(base);
    expect(combineEntryTime(null, 10)).toBeNull();
  });
});

describe('parseDateTime', () => {
  it('parses ISO-8601 and rejects blanks and garbage', () => {
    expect(parseDateTime('2024-05-14T16:58:02.000Z')).toBe(1715705882000);
    expect(parseDateTime('')).toBeNull();
    expect(parseDateTime(null)).toBeNull();
    expect(parseDateTime('yesterday')).toBeNull();
  });
});

describe('layoutOf and actorKindOf', () => {
  it.each([
    ['Text', 'EndUser', 'inbound'],
    ['Text', 'Agent', 'outbound'],
    ['Text', 'Bot', 'outbound'],
    ['Text', 'Supervisor', 'outbound'],
    ['Text', 'System', 'event'],
    ['Text', 'Unknown', 'outbound'],
    ['BotEscalated', 'Bot', 'event'],
    ['SomethingNew', 'EndUser', 'event']
  ])('%s by %s is %s', (entryType, actor, layout) => {
    expect(layoutOf(entryType, actor)).toBe(layout);
  });

  it('knows the five actor types and maps anything else to Unknown', () => {
    ACTOR_TYPES.forEach((type) => expect(actorKindOf(type)).toBe(type));
    expect(actorKindOf('AiAgent')).toBe('Unknown');
    expect(actorKindOf('')).toBe('Unknown');
  });

  it('lists the 12 entry types of the describe', () => {
    expect(ENTRY_TYPES).toHaveLength(12);
  });
});

describe('normalizePage', () => {
  it('reads entries, paging info and totalCount', () => {
    const page = normalizePage(standardChat);
    expect(page.entries).toHaveLength(standardChat.uiapi.query.ConversationEntry.edges.length);
    expect(page.unreadable).toEqual([]);
    expect(page.malformed).toBe(false);
    expect(page.hasNextPage).toBe(false);
    expect(page.totalCount).toBe(page.entries.length);
  });

  it('counts edges without node or Id as unreadable, keeping the rest', () => {
    const page = normalizePage({
      uiapi: {
        query: {
          ConversationEntry: {
            edges: [null, { node: null }, { node: { Seq: { value: 1 } } }, { node: node({}) }]
          }
        }
      }
    });
    expect(page.entries).toHaveLength(1);
    expect(page.unreadable.map((u) => u.reason)).toEqual(['missing-node', 'missing-node', 'missing-id']);
  });

  it('reports a page without uiapi.query or without an edges list as malformed, with no entries', () => {
    for (const data of [
      { uiapi: {} },
      { uiapi: { query: {} } },
      { uiapi: { query: { ConversationEntry: { edges: null } } } },
      { uiapi: { query: { ConversationEntry: { edges: { 0: { node: node({}) } } } } } }
    ]) {
      const page = normalizePage(data);
      expect(page).toMatchObject({ entries: [], unreadable: [], malformed: true, hasNextPage: false });
    }
  });

  it('does not follow a next page without a cursor', () => {
    const page = normalizePage({
      uiapi: { query: { ConversationEntry: { edges: [], pageInfo: { hasNextPage: true, endCursor: null } } } }
    });
    expect(page.hasNextPage).toBe(false);
  });

  it.each([
    undefined,
    null,
    'text',
    [],
    {},
    { uiapi: null },
    { uiapi: { query: { ConversationEntry: { edges: 'x' } } } }
  ])('flags %p as malformed without throwing', (data) => {
    const page = normalizePage(data);
    expect(page.malformed).toBe(true);
    expect(page.entries).toEqual([]);
  });
});

describe('sorting and merging', () => {
  it('orders by Seq, then ServerReceivedTimestamp, then Id, nulls last', () => {
    const entries = normalizePage(shuffled).entries;
    const sorted = mergeEntries(entries);
    const seqs = sorted.map((e) => e.seq);
    expect(seqs).toEqual([1, 2, 3, 3, 5, 6, 7, null]);
    const [a, b] = sorted.filter((e) => e.seq === 3);
    expect(a.serverReceivedTimestamp).toBeLessThan(b.serverReceivedTimestamp);
  });

  it('breaks full ties by Id so the order is total', () => {
    const x = normalizeEntry(node({ Id: 'b' }));
    const y = normalizeEntry(node({ Id: 'a' }));
    expect(mergeEntries([x, y]).map((e) => e.id)).toEqual(['a', 'b']);
    expect(compareEntries(x, x)).toBe(0);
    // Both directions: a comparator that answers "equal" one way is not a total order.
    expect(Math.sign(compareEntries(y, x))).toBe(-1);
    expect(Math.sign(compareEntries(x, y))).toBe(1);
  });

  it('keeps an Id seen on two pages once, with its latest data', () => {
    const first = normalizeEntry(node({ Message: { value: 'old' } }));
    const again = normalizeEntry(node({ Message: { value: 'new' } }));
    const merged = mergeEntries([first], [again]);
    expect(merged).toHaveLength(1);
    expect(merged[0].message).toBe('new');
  });
});

describe('appendEntries', () => {
  const pageOne = require('../../conversationTranscript/__tests__/data/pageOne.json');
  const pageTwo = require('../../conversationTranscript/__tests__/data/pageTwo.json');

  it('appends the next page in order without re-merging, and equals a full merge', () => {
    const first = normalizePage(pageOne).entries;
    const second = normalizePage(pageTwo).entries;
    const appended = appendEntries(first, second);
    expect(appended.map((e) => e.id)).toEqual(mergeEntries(first, second).map((e) => e.id));
    expect(appended.slice(0, first.length)).toEqual(first);
    expect(appended).not.toBe(first);
  });

  it('falls back to a full merge for a page that overlaps or comes out of order', () => {
    const first = normalizePage(pageOne).entries;
    const second = normalizePage(pageTwo).entries;
    const again = appendEntries([...first, ...second], first);
    expect(again.map((e) => e.id)).toEqual(mergeEntries(first, second).map((e) => e.id));
    const backwards = appendEntries(second, first);
    expect(backwards.map((e) => e.id)).toEqual(mergeEntries(first, second).map((e) => e.id));
  });

  it('keeps an entry that moved to a later place once, with its latest data', () => {
    const first = normalizePage(pageOne).entries;
    // The first entry comes back on the next page with a Seq after every loaded one.
    const moved = { ...first[0], seq: first[first.length - 1].seq + 1, message: 'moved' };
    const appended = appendEntries(first, [moved]);
    expect(appended.map((e) => e.id)).toEqual([...first.slice(1), first[0]].map((e) => e.id));
    expect(appended[appended.length - 1].message).toBe('moved');
  });
});
