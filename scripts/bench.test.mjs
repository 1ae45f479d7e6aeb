// Pure parts of scripts/bench.mjs: statistics, goal evaluation, request maths, table. No timing here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GOALS,
  allPassed,
  buildRows,
  evaluateMax,
  evaluateBelow,
  evaluateRequests,
  expectedRequests,
  historySampleId,
  historySizes,
  formatTable,
  keystrokes,
  median,
  parseArgs,
  ratio
} from './bench.mjs';

test('median of odd and even counts, ignoring non-numbers', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([5, Number.NaN, undefined, 1]), 3);
  assert.ok(Number.isNaN(median([])));
});

test('ratio is NaN when a side is missing or the divisor is not positive', () => {
  assert.equal(ratio(25, 100), 0.25);
  assert.ok(Number.isNaN(ratio(1, 0)));
  assert.ok(Number.isNaN(ratio(Number.NaN, 2)));
  assert.ok(Number.isNaN(ratio(1, undefined)));
});

test('a goal is met at the bound, missed above it, n/a when not measured', () => {
  assert.equal(evaluateMax(0.25, 0.25), 'pass');
  assert.equal(evaluateMax(0.2501, 0.25), 'fail');
  assert.equal(evaluateMax(Number.NaN, 3), 'n/a');
});

test('requests: one per 2000 entries, rounded up, at least one', () => {
  assert.equal(expectedRequests(0), 1);
  assert.equal(expectedRequests(1), 1);
  assert.equal(expectedRequests(2000), 1);
  assert.equal(expectedRequests(2001), 2);
  assert.equal(expectedRequests(10000), 5);
  assert.equal(expectedRequests(50000), 25);
  assert.equal(expectedRequests(4100, 1000), 5);
  assert.throws(() => expectedRequests(-1));
  assert.throws(() => expectedRequests(10, 0));
  assert.equal(evaluateRequests(10000, [5, 5, 5]), 'pass');
  assert.equal(evaluateRequests(10000, [5, 6]), 'fail');
  assert.equal(evaluateRequests(10000, []), 'n/a');
});

test('keystrokes keep only prefixes whose match count changes', () => {
  const texts = ['Order one', 'an order', 'other', 'nothing'];
  // "o" matches 4 (the first keystroke always changes the status), "or" 2, then "ord".."order" 2
  // (dropped); the next word starts again: "n" 3, "no" 1, "not" 1 (dropped).
  assert.deepEqual(keystrokes(texts, ['order', 'not']), [
    { query: 'o', matches: 4 },
    { query: 'or', matches: 2 },
    { query: 'n', matches: 3 },
    { query: 'no', matches: 1 }
  ]);
});

test('arguments: defaults, --quick, --sizes sorted and de-duplicated, errors', () => {
  const defaults = parseArgs([]);
  assert.equal(defaults.runs, 7);
  assert.deepEqual(defaults.sizes, [1000, 10000, 50000]);
  assert.deepEqual(parseArgs(['--quick']).sizes, [1000, 10000]);
  assert.deepEqual(parseArgs(['--sizes', '10000,1000,1000']).sizes, [1000, 10000]);
  assert.equal(parseArgs(['--runs=3']).runs, 3);
  assert.throws(() => parseArgs(['--runs', '0']));
  assert.throws(() => parseArgs(['--sizes', 'x']));
  assert.throws(() => parseArgs(['--bogus']));
});

function medians({
  ours10k = 20,
  plain10k = 100,
  ours1k = 18,
  search = { ours: 12, baseline: 10 },
  history = { 20: { longest: 80, worst: 120, tasks: 2, shownMs: 300 } }
} = {}) {
  return {
    history,
    render: { 1000: { ours: ours1k, baseline: 10 }, 10000: { ours: ours10k, baseline: plain10k } },
    loaded: { 1000: 30, 10000: 90 },
    search,
    heap: { growth: 4e6, bytes: 8e6 },
    requests: { 1000: [1, 1], 10000: [5, 5] }
  };
}

test('rows: every goal met passes; the render goal applies at 10,000 only', () => {
  const rows = buildRows(medians(), [1000, 10000]);
  const byCheck = Object.fromEntries(rows.map((r) => [r.check, r]));
  assert.equal(byCheck['render 1,000 (laid out): ours vs <li>'].result, 'info');
  assert.equal(byCheck['render 10,000 (laid out): ours vs <li>'].result, 'pass');
  assert.equal(byCheck['scaling: ours at 10,000 vs 1,000'].value, 20 / 18);
  assert.equal(byCheck['GraphQL requests 10,000'].result, 'pass');
  assert.ok(allPassed(rows));
  assert.match(formatTable(rows), /render 10,000 \(laid out\): ours vs <li>\s+\| 20\.0 ms/);
});

test('rows: a missed goal fails the run, and so does a goal that could not be measured', () => {
  const slow = buildRows(medians({ ours10k: GOALS.renderRatio.max * 100 + 1 }), [1000, 10000]);
  assert.ok(!allPassed(slow));
  const noSearch = buildRows(medians({ search: { note: 'n/a (search UI not found)' } }), [1000, 10000]);
  const search = noSearch.find((r) => r.check.startsWith('search'));
  assert.equal(search.result, 'n/a');
  assert.equal(search.ours, 'n/a (search UI not found)');
  assert.ok(!allPassed(noSearch), 'search not measured: the run fails');
  const noKeystroke = buildRows(medians({ search: { ours: Number.NaN, baseline: 10 } }), [1000, 10000]);
  assert.equal(noKeystroke.find((r) => r.check.startsWith('search')).result, 'n/a');
  assert.ok(!allPassed(noKeystroke), 'no keystroke measured: the run fails');
  const noHeap = buildRows({ ...medians(), heap: { growth: Number.NaN, bytes: 8e6 } }, [1000, 10000]);
  assert.ok(!allPassed(noHeap), 'heap not measured: the run fails');
  const only1k = buildRows(medians(), [1000]);
  assert.equal(only1k.find((r) => r.check.startsWith('render 10,000')).result, 'n/a');
  assert.ok(!allPassed(only1k), 'the 10,000 goals cannot be measured without 10,000: the run fails');
  const slowSearch = buildRows(medians({ search: { ours: 31, baseline: 10 } }), [1000, 10000]);
  assert.ok(!allPassed(slowSearch));
});

test('history row: 20 entries in this session always, 50,000 too when --sizes has it', () => {
  assert.deepEqual(historySizes([1000, 10000]), [20]);
  assert.deepEqual(historySizes([1000, 10000, 50000]), [20, 50000]);
  assert.equal(historySampleId(20), 'history-2000');
  assert.equal(historySampleId(50000), 'history-2000-50000');
});

test('history row: every task under 200 ms passes, 200 ms fails, not measured fails the run', () => {
  assert.equal(evaluateBelow(199.9, 200), 'pass');
  assert.equal(evaluateBelow(200, 200), 'fail');
  assert.equal(evaluateBelow(Number.NaN, 200), 'n/a');
  const row = (rows) => rows.find((r) => r.check.startsWith('expand a 2,000-entry earlier session'));
  const ok = buildRows(medians(), [1000, 10000]);
  assert.equal(row(ok).result, 'pass');
  assert.equal(row(ok).goal, '< 200 ms');
  const slow = buildRows(
    medians({ history: { 20: { longest: 250, worst: 300, tasks: 3, shownMs: 900 } } }),
    [1000, 10000]
  );
  assert.equal(row(slow).result, 'fail');
  assert.ok(!allPassed(slow));
  const none = buildRows(medians({ history: { 20: { note: 'n/a (no Show conversation)' } } }), [1000, 10000]);
  assert.equal(row(none).result, 'n/a');
  assert.ok(!allPassed(none), 'not measured: the run fails');
  const missing = buildRows(medians({ history: {} }), [1000, 10000]);
  assert.ok(!allPassed(missing), 'no history figures at all: the run fails');
  const large = buildRows(medians(), [1000, 10000, 50000]).filter((r) =>
    r.check.startsWith('expand a 2,000-entry')
  );
  assert.equal(large.length, 2, 'a row for 50,000 entries in this session too');
  assert.equal(large[1].result, 'n/a');
});

test('print row: with 50,000 in --sizes, the longest task under 200 ms passes; slow or not measured fails', () => {
  const row = (rows) => rows.find((r) => r.check === 'print 50,000 entries: longest task');
  const sizes = [1000, 10000, 50000];
  assert.equal(row(buildRows(medians(), [1000, 10000])), undefined, 'no row without 50,000');
  const print = (figures) => buildRows({ ...medians(), print: figures }, sizes);
  const ok = row(print({ longest: 150, worst: 180, tasks: 2, printMs: 3000, baselineMs: 300 }));
  assert.equal(ok.result, 'pass');
  assert.equal(ok.ratio, '0.500');
  assert.equal(
    row(print({ longest: 200, worst: 250, tasks: 3, printMs: 3000, baselineMs: 300 })).result,
    'fail'
  );
  const none = print({ note: 'n/a (the print dialog was never asked for)' });
  assert.equal(row(none).result, 'n/a');
  assert.ok(!allPassed(none), 'not measured: the run fails');
  assert.equal(row(buildRows(medians(), sizes)).result, 'n/a', 'no print figures at all');
});
