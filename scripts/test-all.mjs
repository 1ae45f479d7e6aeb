#!/usr/bin/env node
/**
 * The README's test command (`npm test`): every check the project has, in order, on a fresh clone.
 * build → typecheck → lint → format check → LWC compile → jest (unit + component, with a11y)
 * → node tests of the tooling → mutation testing of the model's fixed CI set → platform checks (GraphQL
 * schema validation, deploy payload via the real sf CLI) → real-browser e2e.
 * Prints one line per step (✓/✗, with its test counts for the three test runners: jest, node --test and
 * e2e), then "tests: N passed, N failed": the sum of those runners' counts, nothing else (see
 * summarizeSteps in scripts/test-counts.mjs). Exits non-zero if any step or test failed. After it, the
 * figures the tests measured (scripts/figures.mjs: fast-check cases, XSS payloads, error kinds, injected
 * faults, the 50,000-entry load, memory after unmounting), "not run" for what a skipped step measures.
 *
 * Flags: --skip=e2e,deploy (comma list of step names) to iterate faster locally.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { clearFigures, formatFigures, readFigures } from './figures.mjs';
import { mutationNote, playwrightCounts, summarizeSteps, tapCounts } from './test-counts.mjs';
import { E2E_JSON_REPORT } from '../playwright.config.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const skip = new Set(
  process.argv
    .filter((a) => a.startsWith('--skip='))
    .flatMap((a) => a.slice('--skip='.length).split(','))
    .filter(Boolean)
);
const npx = (bin, ...args) => ['node', [path.join(root, 'node_modules', '.bin', bin), ...args]];

const JEST_RESULTS = path.join(root, '.cache', 'jest-results.json');

/** node:test files of the tooling (every scripts/…/*.test.mjs); node 20's --test has no glob support. */
function toolingTests(dir = path.join(root, 'scripts')) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return toolingTests(full);
    return entry.name.endsWith('.test.mjs') ? [path.relative(root, full)] : [];
  });
}

const steps = [
  { name: 'build', cmd: ['node', ['scripts/build.mjs']] },
  { name: 'typecheck', cmd: npx('tsc', '-p', 'tsconfig.json', '--noEmit') },
  { name: 'lint', cmd: npx('eslint', '.', '--max-warnings=0') },
  { name: 'format', cmd: npx('prettier', '--check', '.') },
  { name: 'lwc-compile', cmd: ['node', ['scripts/check-lwc-compile.mjs']] },
  {
    name: 'jest',
    cmd: npx('sfdx-lwc-jest', '--coverage', '--', '--json', `--outputFile=${JEST_RESULTS}`),
    count: () => {
      const r = JSON.parse(fs.readFileSync(JEST_RESULTS, 'utf8'));
      return { passed: r.numPassedTests, failed: r.numFailedTests };
    },
    // A suite that could not run has no test to count: the step fails and says so.
    note: () => {
      const r = JSON.parse(fs.readFileSync(JEST_RESULTS, 'utf8'));
      return r.numRuntimeErrorTestSuites ? `${r.numRuntimeErrorTestSuites} suite(s) failed to run` : null;
    }
  },
  { name: 'node-tests', cmd: ['node', ['--test', ...toolingTests()]], nodeTest: true },
  // Mutants are not tests: one pass/fail line with the score (scripts/mutation.mjs prints the survivors).
  { name: 'mutation', cmd: ['node', ['scripts/mutation.mjs', '--quick']], noteFromOutput: true },
  {
    name: 'graphql',
    cmd: ['node', ['scripts/platform/validate-graphql.mjs']],
    optional: 'scripts/platform/validate-graphql.mjs'
  },
  {
    name: 'code-analyzer',
    cmd: ['node', ['scripts/platform/code-analyzer.mjs', '--no-build']],
    optional: 'scripts/platform/code-analyzer.mjs'
  },
  {
    name: 'deploy',
    cmd: ['node', ['scripts/platform/check-deploy-payload.mjs']],
    optional: 'scripts/platform/check-deploy-payload.mjs'
  },
  {
    name: 'e2e',
    cmd: ['node', ['scripts/e2e.mjs']],
    optional: 'scripts/e2e.mjs',
    // Live output on the console (Playwright's list reporter); the counts come from its JSON report.
    count: () => playwrightCounts(fs.readFileSync(E2E_JSON_REPORT, 'utf8')),
    note: () => {
      const { skipped } = playwrightCounts(fs.readFileSync(E2E_JSON_REPORT, 'utf8'));
      return skipped ? `${skipped} skipped` : null;
    }
  }
];

// Reports left by an earlier run must not be counted for this one.
fs.rmSync(E2E_JSON_REPORT, { force: true });
fs.rmSync(JEST_RESULTS, { force: true });

const results = [];
// Figures of this run only: a skipped step must say "not run", not show an older run's numbers.
clearFigures();

for (const step of steps) {
  if (skip.has(step.name) || (step.optional && !fs.existsSync(path.join(root, step.optional)))) {
    results.push({ name: step.name, skipped: true });
    continue;
  }
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const [command, args] = step.cmd;
  const piped = step.nodeTest || step.noteFromOutput;
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: piped ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' }
  });
  if (piped) process.stdout.write(result.stdout ?? '');
  const runner = Boolean(step.count || step.nodeTest);
  let counts = null;
  let note = null;
  try {
    if (step.count) counts = step.count();
    if (step.nodeTest) counts = tapCounts(result.stdout ?? '');
    if (step.note) note = step.note();
  } catch {
    counts = null;
  }
  if (step.noteFromOutput) note = mutationNote(result.stdout ?? '');
  results.push({
    name: step.name,
    ok: result.status === 0,
    seconds: ((Date.now() - started) / 1000).toFixed(1),
    runner,
    counts,
    note
  });
}

const summary = summarizeSteps(results);
console.log(`\nSummary\n${summary.lines.join('\n')}`);
console.log(summary.total);
console.log(`\n${formatFigures(readFigures()).join('\n')}`);
process.exit(summary.ok ? 0 : 1);
