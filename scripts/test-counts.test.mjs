import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mutationNote, playwrightCounts, summarizeSteps, tapCounts } from './test-counts.mjs';

test('reads the pass and fail counts of a TAP report', () => {
  const tap = 'TAP version 13\nok 1 - a\nnot ok 2 - b\n1..2\n# tests 2\n# suites 0\n# pass 1\n# fail 1\n';
  assert.deepEqual(tapCounts(tap), { passed: 1, failed: 1 });
});

test('a report without counts is an error, not zero tests', () => {
  assert.throws(() => tapCounts('ℹ pass 74\nℹ fail 0\n'), /no "# pass" line/);
});

/** A Playwright JSON report: files → describes → specs, one test each, and the run's stats. */
function playwrightReport(statuses, stats) {
  const spec = (status, i) => ({ title: `test ${i}`, ok: status !== 'unexpected', tests: [{ status }] });
  const [first, ...rest] = statuses;
  return JSON.stringify({
    suites: [
      { title: 'a.test.mjs', specs: [spec(first, 0)], suites: [] },
      {
        title: 'b.test.mjs',
        specs: [],
        suites: [{ title: 'a describe', specs: rest.map((status, i) => spec(status, i + 1)), suites: [] }]
      }
    ],
    errors: [],
    stats
  });
}

test('counts every test of a Playwright JSON report, in nested describes; a flaky test is a failed one', () => {
  const report = playwrightReport(['expected', 'expected', 'unexpected', 'flaky', 'skipped', 'expected'], {
    expected: 3,
    unexpected: 1,
    flaky: 1,
    skipped: 1
  });
  assert.deepEqual(playwrightCounts(report), { passed: 3, failed: 2, skipped: 1 });
});

test('a Playwright report whose tests disagree with its stats, or without stats, is an error', () => {
  const stats = { expected: 2, unexpected: 0, flaky: 0, skipped: 0 };
  assert.throws(
    () => playwrightCounts(playwrightReport(['expected'], stats)),
    /lists 1 expected test\(s\) but its stats say 2/
  );
  assert.throws(() => playwrightCounts(JSON.stringify({ suites: [] })), /no "stats"/);
});

const jest = { name: 'jest', runner: true, ok: true, seconds: '20.0', counts: { passed: 300, failed: 0 } };
const node = {
  name: 'node-tests',
  runner: true,
  ok: true,
  seconds: '3.0',
  counts: { passed: 74, failed: 0 }
};
const e2e = { name: 'e2e', runner: true, ok: true, seconds: '90.0', counts: { passed: 60, failed: 0 } };
const build = { name: 'build', ok: true, seconds: '2.0' };
const lint = { name: 'lint', ok: true, seconds: '4.0' };

test('the total is the sum of the runners’ counts; steps that are not test runs add nothing', () => {
  const summary = summarizeSteps([build, lint, jest, node, e2e]);
  assert.equal(summary.passed, 300 + 74 + 60);
  assert.equal(summary.failed, 0);
  assert.equal(summary.total, 'tests: 434 passed, 0 failed');
  assert.equal(summary.ok, true);
  assert.deepEqual(summary.lines, [
    '  ✓ build (2.0 s)',
    '  ✓ lint (4.0 s)',
    '  ✓ jest (20.0 s): 300 passed, 0 failed',
    '  ✓ node-tests (3.0 s): 74 passed, 0 failed',
    '  ✓ e2e (90.0 s): 60 passed, 0 failed'
  ]);
});

test('a failed step fails the run without being counted as a test', () => {
  const summary = summarizeSteps([{ ...lint, ok: false }, jest, node]);
  assert.equal(summary.total, 'tests: 374 passed, 0 failed');
  assert.equal(summary.ok, false);
  assert.equal(summary.lines[0], '  ✗ lint (4.0 s)');
});

test('failed tests are counted once, from the runner that ran them', () => {
  const summary = summarizeSteps([build, { ...jest, ok: false, counts: { passed: 298, failed: 2 } }, node]);
  assert.equal(summary.total, 'tests: 372 passed, 2 failed');
  assert.equal(summary.ok, false);
  assert.equal(summary.lines[1], '  ✗ jest (20.0 s): 298 passed, 2 failed');
});

test('a runner whose counts cannot be read fails the run, a skipped step says so', () => {
  const summary = summarizeSteps([
    { ...node, counts: null },
    { name: 'e2e', skipped: true }
  ]);
  assert.equal(summary.total, 'tests: 0 passed, 0 failed');
  assert.equal(summary.ok, false);
  assert.deepEqual(summary.lines, [
    '  ✗ node-tests (3.0 s): test counts could not be read',
    '  - e2e: skipped'
  ]);
});

test('counts of a step that is not a runner are ignored', () => {
  const summary = summarizeSteps([{ ...build, counts: { passed: 5, failed: 0 } }, jest]);
  assert.equal(summary.total, 'tests: 300 passed, 0 failed');
});

test('the mutation note carries the score and why Stryker stopped or started again', () => {
  const out = [
    'mutation: Stryker stopped without a report (ERROR DryRunExecutor One or more tests failed); running it once more',
    '',
    'mutation score: 93.65% (59 of 63 mutants detected: 59 killed), break threshold 85%',
    'mutation: Stryker ran a second time after stopping without a report (ERROR DryRunExecutor)'
  ].join('\n');
  assert.equal(
    mutationNote(out),
    'mutation score: 93.65%; Stryker stopped without a report (ERROR DryRunExecutor One or more tests failed); ' +
      'running it once more; Stryker ran a second time after stopping without a report (ERROR DryRunExecutor)'
  );
  assert.equal(
    mutationNote('mutation: no report written (Stryker did not finish: exit 1)\n'),
    'no report written (Stryker did not finish: exit 1)'
  );
  assert.equal(mutationNote('Mutation testing 4% (elapsed: <1m)\n'), null);
});
