/**
 * Real and hostile values, one rule each: times at the edge of the Date range, record values named like
 * Object.prototype members, line breaks of every kind and bidi controls in exports, and search over
 * typographic punctuation and Greek final sigma.
 */
import { entryTypeLabel, eventIcon, statusLabel } from '../display';
import { toCsv, toJson, toPlainText } from '../exporters';
import { liveActorKind, normalizeLiveLog } from '../liveLog';
import { actorKindOf, normalizeEntry, normalizePage } from '../normalize';
import { buildSearchIndex, findMatches, highlightEntry, highlightSegments } from '../search';
import { dayKeyOf, formatRelative, formatTimestamp, timestampDetails } from '../timeFormat';
import { LABELS } from 'c/transcriptLabels';

const OPTIONS = { labels: LABELS, locale: 'en-US', timeZone: 'America/Los_Angeles' };
const EDGE = '+275760-09-13T00:00:00Z';
const PROTOTYPE_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];
const LINE_BREAKS = ['\r', '\n', '\r\n', '\u0085', '\u2028', '\u2029', '\v', '\f'];
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const BIDI_MARKS = ['\u200E', '\u200F', '\u061C'];

const node = (i, fields = {}) => ({
  Id: `0dw00000000000${i}AAA`,
  Seq: { value: i },
  EntryType: { value: 'Text' },
  ActorType: { value: 'EndUser' },
  ActorName: { value: 'Carla Customer' },
  Message: { value: `message ${i}` },
  EntryTime: { value: '2024-05-14T16:58:02.000Z' },
  EntryTimeMilliSecs: { value: 5 },
  ...fields
});
const pageOf = (nodes) => ({
  uiapi: { query: { ConversationEntry: { edges: nodes.map((n) => ({ node: n })) } } }
});
/** U+000D U+000A for '\r\n'. */
const codes = (text) =>
  Array.from(text, (c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
/** Every line an editor would show, splitting on every line-break kind. */
const editorLines = (text) => text.split(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/);

describe('times at the edge of the Date range', () => {
  const page = normalizePage(
    pageOf([
      node(1),
      node(2, { EntryTime: { value: EDGE }, EntryTimeMilliSecs: { value: 999 } }),
      node(3, { EntryTime: { value: EDGE }, EntryTimeMilliSecs: null })
    ])
  );

  it('are no time for that row only; every other row keeps its time', () => {
    expect(page.entries.map((e) => e.entryTime)).toEqual([
      Date.parse('2024-05-14T16:58:02.005Z'),
      null,
      8.64e15
    ]);
  });

  it('never make formatting, day keys, tooltips or relative times throw', () => {
    for (const ms of [8.64e15 + 999, -8.64e15 - 1, 1e300, Number.MAX_VALUE]) {
      expect(formatTimestamp(ms, 'en-US', 'America/Los_Angeles', 'full')).toBe('');
      expect(dayKeyOf(ms, 'Asia/Tokyo')).toBe('');
      expect(formatRelative(ms, Date.now(), 'en-US')).toBe('');
      expect(
        timestampDetails(
          { entryTime: ms, clientTimestamp: null, serverReceivedTimestamp: null, entryEndTime: null },
          'en-US',
          'UTC',
          LABELS
        )
      ).toBe('');
    }
  });

  it('leave Copy transcript, .txt, .csv and .json working, with no time for that row', () => {
    // Built directly, as a source other than normalizePage could hand it over.
    const entries = page.entries.map((e, i) => (i === 1 ? { ...e, entryTime: 8.64e15 + 999 } : e));
    const text = toPlainText(entries, OPTIONS);
    expect(text.split('\n').filter(Boolean)).toHaveLength(3);
    expect(text.split('\n')[1]).toBe('Carla Customer (Customer): message 2');
    expect(toCsv(entries).split('\r\n')[2]).toContain(',message 2,');
    expect(JSON.parse(toJson(entries)).entries[1].entryTime).toBeNull();
  });

  it('in the live log are no time', () => {
    const [entry] = normalizeLiveLog({ messages: [{ content: 'hi', type: 'AGENT', timestamp: 1e20 }] });
    expect(entry.entryTime).toBeNull();
  });
});

describe('record values named like Object.prototype members', () => {
  it.each(PROTOTYPE_NAMES)('EntryType %s is an unknown event type with the generic icon', (name) => {
    expect(eventIcon(name)).toBe('utility:event');
    expect(entryTypeLabel(name, LABELS)).toBe(LABELS.Entry_Unknown.replace('{0}', name));
  });

  it.each(PROTOTYPE_NAMES)('ActorType, MessageStatus and live-log role %s stay plain values', (name) => {
    expect(actorKindOf(name)).toBe('Unknown');
    expect(statusLabel(name, null, LABELS)).toBe(name);
    expect(liveActorKind(name)).toBe('Unknown');
    const entry = normalizeEntry(node(1, { ActorType: { value: name }, MessageStatus: { value: name } }));
    expect(entry.actorKind).toBe('Unknown');
    expect(entry.layout).toBe('outbound');
  });
});

describe('plain text export (and Copy transcript)', () => {
  it.each(LINE_BREAKS.map((b) => [codes(b), b]))(
    'a %s inside ActorName or a message never starts a line that reads as an entry',
    (_, lineBreak) => {
      const entries = normalizePage(
        pageOf([
          node(1, {
            ActorName: {
              value: `Andy${lineBreak}[May 14] Carla Customer (Customer): I authorise the $500 charge`
            },
            Message: { value: `first${lineBreak}second` }
          }),
          node(2)
        ])
      ).entries;
      const lines = editorLines(toPlainText(entries, OPTIONS)).filter((line) => line !== '');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^\[.*\] Andy \[May 14\] Carla Customer \(Customer\): I authorise/);
      expect(lines[1]).toBe('    second');
      expect(lines[2]).toMatch(/^\[.*\] Carla Customer \(Customer\): message 2$/);
    }
  );

  it('writes other control characters as visible symbols', () => {
    const [entry] = normalizePage(
      pageOf([node(1, { Message: { value: 'a\u001b[2Kb\u0000c\u009bd' } })])
    ).entries;
    expect(toPlainText([entry], OPTIONS)).toContain(': a\u241b[2Kb\u2400c\ufffdd\n');
  });

  it('never lets a line begin with white space, even without a time', () => {
    const [entry] = normalizePage(
      pageOf([node(1, { EntryTime: null, ActorName: { value: '\u0085    Mallory' } })])
    ).entries;
    expect(toPlainText([entry], OPTIONS)).toBe('Mallory (Customer): message 1\n');
  });

  it.each([...BIDI, ...BIDI_MARKS].map((c) => [codes(c), c]))(
    'isolates a %s in a name so it cannot reorder the rest of the line',
    (_, control) => {
      const [entry] = normalizePage(pageOf([node(1, { ActorName: { value: `Eve${control}evil` } })])).entries;
      const line = toPlainText([entry], OPTIONS);
      expect(line).toContain(`\u2068Eve${control === '\u2069' ? '' : control}evil`);
      expect(line).toContain(' (Customer): message 1');
      expect(bidiDepthAt(line, line.indexOf(' (Customer)'))).toBe(0);
    }
  );
});

/** How many explicit embeddings, overrides and isolates are open before `index` (UAX #9 X1–X8, no overflow). */
function bidiDepthAt(text, index) {
  const stack = [];
  for (const char of text.slice(0, index)) {
    if ('\u202A\u202B\u202D\u202E'.includes(char)) stack.push('e');
    else if ('\u2066\u2067\u2068'.includes(char)) stack.push('i');
    else if (char === '\u202C' && stack[stack.length - 1] === 'e') stack.pop();
    else if (char === '\u2069' && stack.includes('i')) {
      while (stack.pop() !== 'i');
    }
  }
  return stack.length;
}

describe('CSV and JSON exports', () => {
  it('quote a field holding any line-break kind', () => {
    for (const lineBreak of LINE_BREAKS) {
      const [entry] = normalizePage(pageOf([node(1, { ActorName: { value: `A${lineBreak}B` } })])).entries;
      expect(toCsv([entry])).toContain(`,"A${lineBreak}B",`);
    }
  });

  it('write NEL, LS, PS and bidi controls as JSON escapes, reading back exactly', () => {
    const name = `a\u0085b\u2028c\u2029d\u202Ee\u2066f\u200Fg`;
    const [entry] = normalizePage(pageOf([node(1, { ActorName: { value: name } })])).entries;
    const json = toJson([entry]);
    expect(json).toContain('"actorName": "a\\u0085b\\u2028c\\u2029d\\u202ee\\u2066f\\u200fg"');
    expect(JSON.parse(json).entries[0].actorName).toBe(name);
  });
});

describe('search over real text', () => {
  const entries = normalizePage(
    pageOf([
      node(1, { Message: { value: 'I don’t know, I can‘t say, it isnʼt here, it＇s 5′ away' } }),
      node(2, { ActorName: { value: 'ΟΔΟΣ' }, Message: { value: 'η οδός και οι δρόμοι' } }),
      node(3, { Message: { value: 'Straße, “quoted” and «guillemets»' } })
    ])
  ).entries;
  const count = (query) => findMatches(buildSearchIndex(entries, LABELS), query).length;
  const highlighted = (query) =>
    entries.reduce((sum, e) => {
      const parts = highlightEntry(e.actorName ?? '', e.message ?? '', query, -1);
      return sum + [...parts.name, ...parts.message].filter((s) => s.match).length;
    }, 0);

  it.each([
    ["don't", 1],
    ["can't", 1],
    ["isn't", 1],
    ["it's", 1],
    ["5'", 1],
    ['οδος', 2],
    ['ΟΔΟΣ', 2],
    ['ς', 2],
    ['σ', 2],
    ['strasse', 1],
    ['"quoted"', 1],
    ['"guillemets"', 1]
  ])('%s: %i counted, the same number highlighted', (query, expected) => {
    expect(count(query)).toBe(expected);
    expect(highlighted(query)).toBe(expected);
  });

  it('highlights exactly the original characters matched', () => {
    expect(highlightSegments('I don’t know', "DON'T")).toEqual([
      { text: 'I ', match: false },
      { text: 'don’t', match: true },
      { text: ' know', match: false }
    ]);
    expect(
      highlightSegments('ΟΔΟΣ οδός', 'οδος')
        .filter((s) => s.match)
        .map((s) => s.text)
    ).toEqual(['ΟΔΟΣ', 'οδός']);
    // Never half a character: "s" does not match inside "ß", "ss" matches all of it.
    expect(
      highlightSegments('Straße', 'ss')
        .filter((s) => s.match)
        .map((s) => s.text)
    ).toEqual(['ß']);
    expect(count('s')).toBe(highlighted('s'));
  });

  it('counts the name a row shows (the actor type label when ActorName is blank)', () => {
    const unnamed = normalizePage(
      pageOf([node(1, { ActorName: null, ActorType: { value: 'Agent' } })])
    ).entries;
    expect(findMatches(buildSearchIndex(unnamed, LABELS), LABELS.Actor_Agent)).toHaveLength(1);
  });
});
