/**
 * Property-based tests: thousands of generated, hostile UI API pages (edge-of-range dates, every
 * line-break and bidi character, values named like Object.prototype members, typographic punctuation).
 * Normalising never throws, every input edge is either an entry or counted as unreadable, the merged
 * order is the documented one (Seq, then ServerReceivedTimestamp, then Id, nulls last at each step,
 * judged by `byDocumentedKeys` below, never by the model's own comparator), every entry renders, and
 * every export reads back to the same entries.
 */
import fc from 'fast-check';
import { actorDisplayName, actorIcon, entryTypeLabel, eventIcon, statusLabel } from '../display';
import { toCsv, toJson, toPlainText, CSV_HEADERS } from '../exporters';
import { normalizePage, mergeEntries, appendEntries } from '../normalize';
import { buildSearchIndex, findMatches, highlightEntry } from '../search';
import { dayKeyOf, formatRelative, formatTimestamp, timestampDetails } from '../timeFormat';
import { ENTRY_TYPES, ACTOR_TYPES, MESSAGE_STATUSES } from '../types';
import { LABELS } from 'c/transcriptLabels';
import { recordFigure } from '../../../../../../jest/figures';

const RUNS = Number(process.env.FUZZ_RUNS || 10000);
const ORDER_RUNS = Math.max(Math.min(RUNS, 1000), Math.floor(RUNS / 5));
/** Generated cases of the properties that passed: fast-check's own count of runs, shrinking excluded. */
const casesRun = [];
const PROPERTIES = 6;

/**
 * Runs a property like fc.assert (same failure report) and records how many generated cases ran:
 * RunDetails.numRuns counts the runs before a failure or all of them; shrinking is counted apart, in
 * numShrinks (https://fast-check.dev/docs/core-blocks/runners/,
 * https://fast-check.dev/api-reference/interfaces/RunDetailsFailureProperty.html).
 */
function checkProperty(property, params) {
  const details = fc.check(property, params);
  if (details.failed) throw new Error(fc.defaultReportMessage(details));
  casesRun.push(details.numRuns);
}

/** The oracle: ascending by one nullable number, a null after every number. */
function nullsLast(a, b) {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The documented order, independent of the model: Seq, then ServerReceivedTimestamp, then Id. */
function byDocumentedKeys(a, b) {
  return (
    nullsLast(a.seq, b.seq) ||
    nullsLast(a.serverReceivedTimestamp, b.serverReceivedTimestamp) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Distinct entries by Id, the last one seen winning (what a merge keeps), sorted by the oracle. */
function expectedOrder(...lists) {
  const byId = new Map();
  for (const list of lists) for (const entry of list) byId.set(entry.id, entry);
  return [...byId.values()].sort(byDocumentedKeys);
}

/** Every line-break kind an editor may split on. */
const LINE_BREAKS = ['\r', '\n', '\r\n', '\u0085', '\u2028', '\u2029', '\v', '\f'];
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/;
/** Embeddings, overrides, isolates and marks. */
const BIDI = Array.from('\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C');
const PROTOTYPE_NAMES = [
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf'
];
const TYPOGRAPHIC = [
  '’',
  '‘',
  'ʼ',
  '′',
  '＇',
  '“',
  '”',
  '«',
  '»',
  'ς',
  'Σ',
  'ß',
  'é',
  'e\u0301',
  'İ',
  'ﬁ',
  '한'
];
const special = fc.constantFrom(
  ...LINE_BREAKS,
  ...BIDI,
  ...PROTOTYPE_NAMES,
  ...TYPOGRAPHIC,
  '\u001b[2K',
  '\u0000',
  '\t',
  ' ',
  '=1+1',
  ' @SUM(A1)',
  '\uFF1D1+1',
  '"',
  ','
);
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '',
    ' ',
    '\n',
    '<script>alert(1)</script>',
    '{!x}',
    'مرحبا بالعالم',
    '😀👍🏽',
    '\uD83D',
    'a'.repeat(5000)
  ),
  fc.array(fc.oneof(special, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(''))
);
/** A value for a field looked up by value (EntryType, ActorType, MessageStatus). */
const enumValue = (known) =>
  fc.oneof(fc.constantFrom(...known), fc.constantFrom(...PROTOTYPE_NAMES), fc.string());
const maybe = (arb) => fc.oneof(arb, fc.constant(null), fc.constant(undefined));
const field = (arb) =>
  maybe(fc.record({ value: maybe(arb), displayValue: maybe(fc.string()) }, { requiredKeys: [] }));
/** Everyday dates, any date a Date can hold, and the very edges of (and just past) that range. */
const isoDate = fc.oneof(
  fc.integer({ min: 0, max: 4102444800000 }).map((ms) => new Date(ms).toISOString()),
  fc.integer({ min: -8.64e15, max: 8.64e15 }).map((ms) => new Date(ms).toISOString()),
  fc.constantFrom(
    '+275760-09-13T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '+275760-09-12T23:59:59Z',
    '+275760-09-13T00:00:00.001Z',
    '-271821-04-20T00:00:00Z',
    '-271821-04-19T23:59:59Z',
    '+999999-01-01T00:00:00Z'
  )
);
const weird = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.double(),
  fc.constant({}),
  fc.constant([])
);

const rawNode = fc.record(
  {
    Id: maybe(
      fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.string({ maxLength: 18 }), special, fc.integer())
    ),
    Seq: field(fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constantFrom(1, 1, 2), weird)),
    EntryType: field(fc.oneof(enumValue(ENTRY_TYPES), weird)),
    ActorType: field(fc.oneof(enumValue(ACTOR_TYPES), weird)),
    ActorName: field(hostileText),
    ActorId: field(hostileText),
    Message: field(hostileText),
    MessageStatus: field(enumValue(MESSAGE_STATUSES)),
    MessageStatusCode: field(hostileText),
    MessageIdentifier: field(hostileText),
    HasAttachments: field(fc.oneof(fc.boolean(), weird)),
    EntryTime: field(fc.oneof(isoDate, fc.string(), weird)),
    EntryTimeMilliSecs: field(fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.constantFrom(0, 999), weird)),
    EntryEndTime: field(isoDate),
    ClientTimestamp: field(isoDate),
    MessageSendTime: field(isoDate),
    ServerReceivedTimestamp: field(fc.oneof(isoDate, fc.string())),
    ClientDuration: field(fc.oneof(fc.nat(), weird))
  },
  { requiredKeys: [] }
);
const edge = fc.oneof(
  { weight: 8, arbitrary: fc.record({ node: rawNode }) },
  fc.constant(null),
  fc.record({ node: maybe(weird) }),
  weird
);
const page = fc.record({
  uiapi: fc.record({
    query: fc.record({
      ConversationEntry: fc.record({
        edges: fc.array(edge, { maxLength: 30 }),
        pageInfo: maybe(fc.record({ hasNextPage: maybe(fc.boolean()), endCursor: maybe(fc.string()) })),
        totalCount: maybe(weird)
      })
    })
  })
});

afterAll(() => {
  // Only when every property passed: the figure reports cases that were checked and held.
  if (casesRun.length !== PROPERTIES) return;
  const cases = casesRun.reduce((sum, n) => sum + n, 0);
  console.log(`property tests: ${cases} generated cases run`);
  recordFigure('jest-fast-check', { cases });
});

describe('normalizePage and mergeEntries on generated data', () => {
  it('never throw and account for every edge', () => {
    checkProperty(
      fc.property(page, (data) => {
        const result = normalizePage(data);
        const edges = data.uiapi.query.ConversationEntry.edges;
        expect(result.entries.length + result.unreadable.length).toBe(edges.length);
        result.entries.forEach((entry) => {
          expect(typeof entry.id).toBe('string');
          expect(['inbound', 'outbound', 'event']).toContain(entry.layout);
          expect(entry.message === null || entry.message.trim() !== '').toBe(true);
        });
      }),
      { numRuns: RUNS }
    );
  });

  it('sort by Seq, then received time, then Id, nulls last, whatever the input order', () => {
    checkProperty(
      fc.property(page, fc.integer(), (data, seed) => {
        const { entries } = normalizePage(data);
        const expected = expectedOrder(entries).map((e) => e.id);
        const merged = mergeEntries(entries);
        expect(merged.map((e) => e.id)).toEqual(expected);
        // Each Id keeps the data it had last.
        const last = new Map(entries.map((e) => [e.id, e]));
        merged.forEach((e) => expect(e).toBe(last.get(e.id)));
        // Same set in another order sorts identically.
        const shuffled = [...merged].sort(
          (a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7)
        );
        expect(mergeEntries(shuffled).map((e) => e.id)).toEqual(expected);
      }),
      { numRuns: ORDER_RUNS }
    );
  });

  it('append a page exactly as a full merge would, however the pages overlap or interleave', () => {
    checkProperty(
      fc.property(page, page, fc.boolean(), (first, second, sortedSecond) => {
        const firstEntries = normalizePage(first).entries;
        const loaded = mergeEntries(firstEntries);
        const raw = normalizePage(second).entries;
        const next = sortedSecond ? mergeEntries(raw) : raw;
        const appended = appendEntries(loaded, next);
        expect(appended.map((e) => e.id)).toEqual(expectedOrder(firstEntries, raw).map((e) => e.id));
        const last = new Map([...firstEntries, ...raw].map((e) => [e.id, e]));
        appended.forEach((e) => expect(e).toBe(last.get(e.id)));
      }),
      { numRuns: ORDER_RUNS }
    );
  });

  const context = fc.record({
    locale: fc.constantFrom('en-US', 'fr-FR', 'ar-EG', 'ja-JP', 'he-IL'),
    timeZone: fc.constantFrom('UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'),
    query: fc.oneof(hostileText, special, fc.constantFrom("don't", 'οδος', 'ς', 'ss', 'e', '’'))
  });

  it('render every entry: each gets its texts, icon and highlights, and a time whenever it has one', () => {
    checkProperty(
      fc.property(page, context, (data, { locale, timeZone, query }) => {
        const { entries } = normalizePage(data);
        const index = buildSearchIndex(entries, LABELS);
        entries.forEach((entry, i) => {
          const time = formatTimestamp(entry.entryTime, locale, timeZone, 'time');
          expect(time === '').toBe(entry.entryTime === null);
          const day = entry.entryTime === null ? 'none' : dayKeyOf(entry.entryTime, timeZone);
          expect(day).toMatch(/^(none|-?\d+-\d\d-\d\d)$/);
          expect(typeof timestampDetails(entry, locale, timeZone, LABELS)).toBe('string');
          expect(typeof formatRelative(entry.entryTime, Date.now(), locale)).toBe('string');
          const icon = entry.layout === 'event' ? eventIcon(entry.entryType) : actorIcon(entry.actorKind);
          expect(icon).toMatch(/^(utility|standard):[a-z_]+$/);
          expect(typeof entryTypeLabel(entry.entryType, LABELS)).toBe('string');
          const status = statusLabel(entry.messageStatus, entry.messageStatusCode, LABELS);
          expect(status === null || typeof status === 'string').toBe(true);
          // Counted and highlighted matches agree, and the highlights keep every original character.
          const name = actorDisplayName(entry, LABELS);
          const parts = highlightEntry(name, entry.message ?? '', query, 0);
          expect(parts.name.map((p) => p.text).join('')).toBe(name);
          expect(parts.message.map((p) => p.text).join('')).toBe(entry.message ?? '');
          const highlighted = [...parts.name, ...parts.message].filter((p) => p.match).length;
          expect(findMatches([index[i]], query)).toHaveLength(highlighted);
        });
      }),
      { numRuns: Math.max(300, Math.floor(RUNS / 10)) }
    );
  });

  it('export .txt with one entry per line, bidi controls only inside balanced isolates', () => {
    checkProperty(
      fc.property(page, context, (data, { locale, timeZone }) => {
        const entries = mergeEntries(normalizePage(data).entries);
        const text = toPlainText(entries, { labels: LABELS, locale, timeZone });
        expect(text === '' || text.endsWith('\n')).toBe(true);
        const lines = text.split(LINE_BREAK).slice(0, -1);
        const starts = lines.filter((line) => !line.startsWith('    '));
        expect(starts).toHaveLength(entries.length);
        starts.forEach((line) => expect(line).toMatch(/^\S/u));
        lines.forEach((line) => expect(bidiOutsideIsolates(line)).toEqual([]));
      }),
      { numRuns: Math.max(300, Math.floor(RUNS / 10)) }
    );
  });

  it('export .csv (RFC 4180) and .json that read back to the same entries', () => {
    checkProperty(
      fc.property(page, (data) => {
        const entries = mergeEntries(normalizePage(data).entries);
        const csv = toCsv(entries, sessionOf);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const rows = parseCsv(csv.slice(1));
        expect(rows[0]).toEqual(CSV_HEADERS);
        expect(rows.slice(1)).toEqual(entries.map(csvRowOf));
        const json = JSON.parse(toJson(entries, sessionOf));
        expect(json.entries).toEqual(entries.map(jsonEntryOf));
        expect(toJson(entries)).not.toMatch(
          /[\u0085\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/
        );
      }),
      { numRuns: Math.max(300, Math.floor(RUNS / 10)) }
    );
  });
});

const TIME_KEYS = [
  'entryTime',
  'entryEndTime',
  'clientTimestamp',
  'serverReceivedTimestamp',
  'messageSendTime',
  'messageDeliverTime',
  'messageReadTime'
];
const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());

/** What the JSON export must hold for an entry: every field as is, times as ISO-8601 UTC. */
/**
 * The conversation of each entry in the export property: odd Seq in an earlier conversation whose Name
 * starts like a formula, the others in this one without a readable Name.
 */
const EARLIER = { id: '0Mw5g000000Old01AAA', name: '=HYPERLINK("x") MS-1', current: false };
const CURRENT = { id: '0Mw5g000000This1AAA', name: null, current: true };
const sessionOf = (entry) => (Math.abs(entry.seq ?? 0) % 2 === 1 ? EARLIER : CURRENT);

function jsonEntryOf(entry) {
  const out = { ...entry };
  TIME_KEYS.forEach((key) => (out[key] = iso(entry[key])));
  out.session = { ...sessionOf(entry) };
  return out;
}

/**
 * OWASP's formula starts (=, +, -, @, tab, CR), also after leading white space and in their full-width
 * forms, written out character by character as an oracle independent of the exporter's expression.
 */
const FORMULA_CHARACTERS = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);
function startsLikeFormula(value) {
  if (value.startsWith('\t') || value.startsWith('\r')) return true;
  const first = value.trimStart().charAt(0);
  return FORMULA_CHARACTERS.has(first);
}

/** What each CSV cell must read back as: the value, text starting like a formula behind an apostrophe. */
function csvRowOf(e) {
  const text = (value) => (value === null ? '' : startsLikeFormula(value) ? `'${value}` : value);
  const plain = (value) => (value === null ? '' : String(value));
  return [
    text(e.id),
    plain(e.seq),
    text(e.entryType),
    text(e.actorType),
    text(e.actorName),
    text(e.actorId),
    text(e.message),
    text(e.messageStatus),
    text(e.messageStatusCode),
    text(e.messageIdentifier),
    String(e.hasAttachments),
    plain(iso(e.entryTime)),
    plain(iso(e.entryEndTime)),
    plain(iso(e.clientTimestamp)),
    plain(e.clientDuration),
    plain(iso(e.serverReceivedTimestamp)),
    plain(iso(e.messageSendTime)),
    plain(iso(e.messageDeliverTime)),
    plain(iso(e.messageReadTime)),
    text(sessionOf(e).name ?? sessionOf(e).id)
  ];
}

/**
 * A strict RFC 4180 reader: records end with CRLF; a field is either quoted (quotes doubled inside) or
 * holds no quote, comma, CR, LF, nor any other line-break kind. Throws on anything else.
 */
function parseCsv(text) {
  const rows = [];
  let i = 0;
  while (i < text.length) {
    const row = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted field');
          if (text[i] === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (text[i] === '"') {
            i++;
            break;
          } else {
            field += text[i++];
          }
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
          if (/["\n\v\f\u0085\u2028\u2029]/.test(text[i])) {
            throw new Error(`unquoted ${JSON.stringify(text[i])} in a field`);
          }
          field += text[i++];
        }
      }
      row.push(field);
      if (text[i] === ',') {
        i++;
      } else if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      } else {
        throw new Error(`expected , or CRLF at ${i}`);
      }
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Bidi controls of a line that are not inside an isolate (FSI/LRI/RLI … PDI), or isolates left open
 * at the end of the line (UAX #9 X5a–X6a). Empty when every control is contained.
 */
function bidiOutsideIsolates(line) {
  const found = [];
  let depth = 0;
  for (const char of line) {
    if ('\u2066\u2067\u2068'.includes(char)) {
      depth++;
    } else if (char === '\u2069' && depth > 0) {
      depth--;
    } else if (depth === 0 && BIDI.includes(char)) {
      found.push(char);
    }
  }
  return depth === 0 ? found : [...found, `${depth} open`];
}
