#!/usr/bin/env node
/**
 * The README's test command (`npm test`): every check the project has, in order, on a fresh clone.
 * build → typecheck → lint → format check → LWC compile → jest (unit + component, with a11y)
 * → platform checks (GraphQL schema validation, deploy payload via the real sf CLI) → real-browser e2e.
 * Prints one closing line "tests: N passed, N failed" and exits non-zero if any step failed; after it, the
 * figures the tests measured (scripts/figures.mjs: fast-check cases, XSS payloads, error kinds, injected
 * faults, the 50,000-entry load, memory after unmounting), "not run" for what a skipped step measures.
 *
 * Flags: --skip=e2e,deploy (comma list of step names) to iterate faster locally.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { clearFigures, formatFigures, readFigures } from './figures.mjs';
import { tapCounts } from './test-counts.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const skip = new Set(
  process.argv
    .filter((a) => a.startsWith('--skip='))
    .flatMap((a) => a.slice('--skip='.length).split(','))
    .filter(Boolean)
);
const npx = (bin, ...args) => ['node', [path.join(root, 'node_modules', '.bin', bin), ...args]];

const JEST_RESULTS = path.join(root, '.cache', 'jest-results.json');
const E2E_TAP = path.join(root, '.cache', 'e2e-results.tap');

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
      return { passed: r.numPassedTests, failed: r.numFailedTests + r.numRuntimeErrorTestSuites };
    }
  },
  { name: 'node-tests', cmd: ['node', ['--test', ...toolingTests()]], nodeTest: true },
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
    // Live output on the console; the counts come from the TAP copy scripts/e2e.mjs writes.
    count: () => tapCounts(fs.readFileSync(E2E_TAP, 'utf8'))
  }
];

// A report left by an earlier run must not be counted for this one.
fs.rmSync(E2E_TAP, { force: true });

let passed = 0;
let failed = 0;
const summary = [];
// Figures of this run only: a skipped step must say "not run", not show an older run's numbers.
clearFigures();

for (const step of steps) {
  if (skip.has(step.name) || (step.optional && !fs.existsSync(path.join(root, step.optional)))) {
    summary.push(`  - ${step.name}: skipped`);
    continue;
  }
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const [command, args] = step.cmd;
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: step.nodeTest ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' }
  });
  if (step.nodeTest) {
    process.stdout.write(result.stdout ?? '');
  }
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts = null;
  try {
    if (step.count) counts = step.count();
    if (step.nodeTest) {
      counts = tapCounts(result.stdout ?? '');
    }
  } catch {
    counts = null;
  }
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  } else if (ok) {
    passed += 1;
  }
  if (!ok && (!counts || counts.failed === 0)) failed += 1;
  summary.push(
    `  ${ok ? '✓' : '✗'} ${step.name} (${seconds} s)${counts ? `: ${counts.passed} passed, ${counts.failed} failed` : ''}`
  );
}

console.log(`\nSummary\n${summary.join('\n')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
console.log(`\n${formatFigures(readFigures()).join('\n')}`);
process.exit(failed > 0 ? 1 : 0);
