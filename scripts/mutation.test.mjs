import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MODEL_BREAK, breakFor, formatSummary, summarize } from './mutation.mjs';

const config = { thresholds: { high: 90, low: 85, break: 85 } };

test('the whole model breaks under the score it reached, over the aim; every other set under the aim', () => {
  assert.equal(breakFor('model', config), MODEL_BREAK);
  assert.ok(MODEL_BREAK >= config.thresholds.break);
  assert.equal(breakFor('quick', config), 85);
  assert.equal(breakFor('normalize.ts_168-232', config), 85);
  assert.equal(breakFor('quick', {}), null);
});

test('the score counts killed and timed-out mutants against every valid one, and lists survivors', () => {
  const mutant = (status, line) => ({
    status,
    mutatorName: 'EqualityOperator',
    replacement: 'a <= b',
    location: { start: { line, column: 3 }, end: { line, column: 9 } }
  });
  const report = {
    files: {
      'x.ts': {
        source: 'one\ntwo\n  a < b\n',
        mutants: [
          mutant('Killed', 1),
          mutant('Timeout', 2),
          mutant('Survived', 3),
          mutant('NoCoverage', 3),
          mutant('Ignored', 1),
          mutant('CompileError', 1)
        ]
      }
    }
  };
  const summary = summarize(report);
  assert.equal(summary.detected, 2);
  assert.equal(summary.valid, 4);
  assert.equal(summary.score, 50);
  assert.deepEqual(
    summary.survivors.map((s) => [s.line, s.status, s.original, s.replacement]),
    [
      [3, 'Survived', 'a < b', 'a <= b'],
      [3, 'NoCoverage', 'a < b', 'a <= b']
    ]
  );
  assert.match(
    formatSummary(summary, MODEL_BREAK)[0],
    new RegExp(`^mutation score: 50\\.00% \\(2 of 4 .*break threshold ${MODEL_BREAK}%$`)
  );
});
