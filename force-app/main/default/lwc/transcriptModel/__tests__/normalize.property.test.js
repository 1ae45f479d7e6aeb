/**
 * Property-based tests: thousands of generated, hostile UI API pages. Normalising never throws, every
 * input edge is either an entry or counted as unreadable, and the merged order is total and stable.
 */
import fc from 'fast-check';
import {
  normalizePage,
  mergeEntries,
  appendEntries,
  compareEntries,
  ENTRY_TYPES,
  ACTOR_TYPES,
  MESSAGE_STATUSES
} from 'c/transcriptModel';
import { recordFigure } from '../../../../../../jest/figures';

const RUNS = Number(process.env.FUZZ_RUNS || 10000);
let casesRun = 0;

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
  // Printed so CI logs show how much was fuzzed.
  console.log(`property tests: ${casesRun} generated cases run`);
  recordFigure('jest-fast-check', { cases: casesRun });
});

describe('normalizePage and mergeEntries on generated data', () => {
  it('never throw and account for every edge', () => {
    fc.assert(
      fc.property(page, (data) => {
        casesRun++;
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

  it('produce a total, stable order whatever the input order', () => {
    fc.assert(
      fc.property(page, fc.integer(), (data, seed) => {
        casesRun++;
        const { entries } = normalizePage(data);
        const merged = mergeEntries(entries);
        for (let i = 1; i < merged.length; i++) {
          expect(compareEntries(merged[i - 1], merged[i])).toBeLessThanOrEqual(0);
        }
        // Same set in another order (ids unique after merge) sorts identically.
        const shuffled = [...merged].sort(
          (a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7)
        );
        expect(mergeEntries(shuffled).map((e) => e.id)).toEqual(merged.map((e) => e.id));
        // Every distinct id survives exactly once.
        expect(new Set(merged.map((e) => e.id)).size).toBe(merged.length);
        expect(merged.length).toBe(new Set(entries.map((e) => e.id)).size);
      }),
      { numRuns: Math.max(1000, Math.floor(RUNS / 5)) }
    );
  });

  it('append a page exactly as a full merge would, however the pages overlap or interleave', () => {
    fc.assert(
      fc.property(page, page, fc.boolean(), (first, second, sortedSecond) => {
        casesRun++;
        const loaded = mergeEntries(normalizePage(first).entries);
        const raw = normalizePage(second).entries;
        const next = sortedSecond ? mergeEntries(raw) : raw;
        expect(appendEntries(loaded, next).map((e) => e.id)).toEqual(
          mergeEntries(loaded, next).map((e) => e.id)
        );
      }),
      { numRuns: Math.max(1000, Math.floor(RUNS / 5)) }
    );
  });
});
