import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tapCounts } from './test-counts.mjs';

test('reads the pass and fail counts of a TAP report', () => {
  const tap = 'TAP version 13\nok 1 - a\nnot ok 2 - b\n1..2\n# tests 2\n# suites 0\n# pass 1\n# fail 1\n';
  assert.deepEqual(tapCounts(tap), { passed: 1, failed: 1 });
});

test('a report without counts is an error, not zero tests', () => {
  assert.throws(() => tapCounts('ℹ pass 74\nℹ fail 0\n'), /no "# pass" line/);
});
