/**
 * Property-based tests: thousands of generated, hostile UI API pages. Normalising never throws, every
 * input edge is either an entry or counted as unreadable, and the merged order is the documented one:
 * Seq, then ServerReceivedTimestamp, then Id, nulls last at each step. That order is judged by
 * `byDocumentedKeys` below, written here from the documentation, never by the model's own comparator.
 */
import fc from 'fast-check';
import {
  normalizePage,
  mergeEntries,
  appendEntries,
  ENTRY_TYPES,
  ACTOR_TYPES,
  MESSAGE_STATUSES
} from 'c/transcriptModel';
import { recordFigure } from '../../../../../../jest/figures';

const RUNS = Number(process.env.FUZZ_RUNS || 10000);
const ORDER_RUNS = Math.max(Math.min(RUNS, 1000), Math.floor(RUNS / 5));
/** Generated cases of the properties that passed: fast-check's own count of runs, shrinking excluded. */
const casesRun = [];
const PROPERTIES = 3;

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
  )
);
const maybe = (arb) => fc.oneof(arb, fc.constant(null), fc.constant(undefined));
const field = (arb) =>
  maybe(fc.record({ value: maybe(arb), displayValue: maybe(fc.string()) }, { requiredKeys: [] }));
const isoDate = fc.integer({ min: 0, max: 4102444800000 }).map((ms) => new Date(ms).toISOString());
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
    Id: maybe(fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.string({ maxLength: 18 }), fc.integer())),
    Seq: field(fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constantFrom(1, 1, 2), weird)),
    EntryType: field(fc.oneof(fc.constantFrom(...ENTRY_TYPES), fc.string(), weird)),
    ActorType: field(fc.oneof(fc.constantFrom(...ACTOR_TYPES), fc.string(), weird)),
    ActorName: field(hostileText),
    Message: field(hostileText),
    MessageStatus: field(fc.oneof(fc.constantFrom(...MESSAGE_STATUSES), fc.string())),
    MessageStatusCode: field(hostileText),
    HasAttachments: field(fc.oneof(fc.boolean(), weird)),
    EntryTime: field(fc.oneof(isoDate, fc.string(), weird)),
    EntryTimeMilliSecs: field(fc.oneof(fc.integer({ min: -10, max: 2000 }), weird)),
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
});
