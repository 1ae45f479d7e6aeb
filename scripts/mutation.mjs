#!/usr/bin/env node
/**
 * `npm run test:mutation`: Stryker (stryker.config.json) mutates the pure model
 * (force-app/main/default/lwc/transcriptModel/*.ts) and runs the model's jest tests against every mutant;
 * then this prints the mutation score and every surviving mutant (file:line, mutator, the replaced code).
 * Exits non-zero when Stryker fails or the score is under the set's break threshold (`breakFor`).
 *
 *   node scripts/mutation.mjs                         the whole model (slow: see docs/development.md)
 *   node scripts/mutation.mjs --quick                 the fixed CI set (QUICK_SET below)
 *   node scripts/mutation.mjs --mutate 'file.ts:1-40' any set Stryker's --mutate accepts
 *   node scripts/mutation.mjs --report                only print the summary of the last report of the set
 *                                                     (with --quick or --mutate: of that set)
 *   … --incremental                                   reuse the results of the last run of the same set for
 *                                                     mutants whose code and tests did not change
 *                                                     (.cache/mutation/incremental-<set>.json)
 *   … --concurrency N                                 test runner processes (default: the config's)
 *   … --tests 'windowing*'                            run only the model's test files matching the glob
 *                                                     (under transcriptModel/__tests__/, `.test.js` added):
 *                                                     a lower bound, fast (see below)
 *
 * Incremental mode: https://stryker-mutator.io/docs/stryker-js/incremental (the file keeps each mutant's
 * result with the tests that covered it; a mutant is run again when its code or one of those tests changed).
 *
 * Static mutants (run once when a module loads, so every test must run for each) are ignored
 * (`ignoreStatic`, https://stryker-mutator.io/docs/mutation-testing-elements/static-mutants); jest options:
 * https://stryker-mutator.io/docs/stryker-js/jest-runner.
 *
 * Stryker's jest runner runs every test file of the config's `testMatch` for each mutant, filtered by test
 * name (https://stryker-mutator.io/docs/stryker-js/jest-runner): each file is loaded again for each
 * mutant, which costs more than the tests themselves. `--tests` narrows `testMatch`; a mutant that only a
 * test in another file kills then counts as survived, so the score is a lower bound.
 *
 * The property tests run FUZZ_RUNS=100 cases per property under mutation (10,000 in `npm test`): each
 * mutant runs them again, and a mutant that 100 generated pages do not catch is reported as a survivor.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(root, '.cache', 'mutation');

/**
 * The JSON report of a set ('model', 'quick', or the --mutate files): one file per set, so runs of
 * different sets at the same time do not overwrite each other's report (Stryker's sandboxes already get
 * their own directories under `tempDirName`).
 */
export const reportFor = (set) => path.join(CACHE, `report-${set}.json`);
const CONFIG = path.join(root, 'stryker.config.json');

/** The fixed set `npm test` mutates: the total order and the merge/append of pages (normalize.ts). */
export const QUICK_SET = ['force-app/main/default/lwc/transcriptModel/normalize.ts:168-232'];

/**
 * The break threshold of a run over the whole model: the score it has reached (97.37 % on 2026-12-02),
 * so it can only go up. Every other set (the CI set, one file) keeps the config's `thresholds.break`, the
 * 85 % aim. docs/development.md#mutation-testing gives the score of each file and why its survivors survive.
 */
export const MODEL_BREAK = 97;

/** The break threshold for a run of `set` ('model' is the whole model). */
export function breakFor(set, config) {
  return set === 'model' ? MODEL_BREAK : (config.thresholds?.break ?? null);
}

const DETECTED = new Set(['Killed', 'Timeout']);
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

/**
 * Score and survivors of a Stryker JSON report (mutation-testing-report-schema): score = detected
 * (killed + timeout) / valid (detected + survived + no coverage), as Stryker computes it; ignored,
 * compile-error and runtime-error mutants are not in it.
 */
export function summarize(report) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, other: 0 };
  const survivors = [];
  for (const [file, { mutants, source }] of Object.entries(report.files ?? {})) {
    const lines = String(source ?? '').split('\n');
    for (const m of mutants) {
      if (m.status in counts) counts[m.status]++;
      else counts.other++;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const { start, end } = m.location;
        const original =
          start.line === end.line
            ? (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1)
            : `${(lines[start.line - 1] ?? '').slice(start.column - 1)}…`;
        survivors.push({
          file,
          line: start.line,
          column: start.column,
          mutator: m.mutatorName,
          status: m.status,
          original: original.trim(),
          replacement: String(m.replacement ?? '').trim()
        });
      }
    }
  }
  survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const detected = counts.Killed + counts.Timeout;
  const valid = [...VALID].reduce((sum, status) => sum + counts[status], 0);
  const score = valid === 0 ? Number.NaN : (detected / valid) * 100;
  return { counts, detected, valid, score, survivors };
}

const oneLine = (text, max = 70) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The lines printed after a run. */
export function formatSummary({ counts, detected, valid, score, survivors }, breakAt) {
  const lines = [
    `mutation score: ${Number.isFinite(score) ? score.toFixed(2) : 'n/a'}% (${detected} of ${valid} mutants detected: ` +
      `${counts.Killed} killed, ${counts.Timeout} timed out; ${counts.Survived} survived, ` +
      `${counts.NoCoverage} not covered; ${counts.Ignored} static mutants ignored)` +
      (breakAt === null || breakAt === undefined ? '' : `, break threshold ${breakAt}%`)
  ];
  if (survivors.length) {
    lines.push(`survivors (${survivors.length}):`);
    for (const s of survivors) {
      lines.push(
        `  ${path.basename(s.file)}:${s.line}:${s.column} ${s.mutator}${s.status === 'NoCoverage' ? ' (no test covers it)' : ''}: ` +
          `${oneLine(s.original)} → ${oneLine(s.replacement)}`
      );
    }
  }
  return lines;
}

function parseArgs(argv) {
  const args = {
    mutate: null,
    set: 'model',
    reportOnly: false,
    incremental: false,
    concurrency: null,
    tests: null
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') {
      args.mutate = QUICK_SET;
      args.set = 'quick';
    } else if (argv[i] === '--mutate') {
      args.mutate = argv[++i].split(',');
      args.set = args.mutate.map((m) => path.basename(m).replace(/[^\w.-]+/g, '_')).join('+');
    } else if (argv[i] === '--report') args.reportOnly = true;
    else if (argv[i] === '--incremental') args.incremental = true;
    else if (argv[i] === '--concurrency') args.concurrency = argv[++i];
    else if (argv[i] === '--tests') args.tests = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

/** Score per mutated file, in the order of the report: `  file.ts  87.50% (70 of 80)`. */
export function formatFileScores(report) {
  return Object.entries(report.files ?? {}).map(([file, data]) => {
    const { detected, valid, score } = summarize({ files: { [file]: data } });
    const shown = Number.isFinite(score) ? `${score.toFixed(2)}%` : 'n/a';
    return `  ${path.basename(file)} ${shown} (${detected} of ${valid})`;
  });
}

/**
 * Runs Stryker with its output on this process's stdout, as it comes, and keeps the first line it logs
 * at ERROR level (or, failing that, its last line) as the reason when it exits non-zero.
 */
function runStryker(command) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '100', FORCE_COLOR: '0' }
    });
    let firstError = null;
    let lastLine = '';
    let pending = '';
    const read = (chunk, out) => {
      out.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const plain = line.replace(/\u001b\[[0-9;]*m/g, '').trim();
        if (!plain) continue;
        lastLine = plain;
        if (firstError === null && /\bERROR\b/.test(plain)) firstError = plain;
      }
    };
    child.stdout.on('data', (chunk) => read(chunk, process.stdout));
    child.stderr.on('data', (chunk) => read(chunk, process.stderr));
    child.on('close', (code, signal) => {
      const status = code ?? 1;
      const reason = status === 0 ? null : oneLine(firstError ?? (lastLine || `exit ${signal ?? code}`), 300);
      resolve({ status, reason });
    });
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const config = JSON.parse(fs.readFileSync(CONFIG, 'utf8'));
  const breakAt = breakFor(args.set, config);
  let status = 0;
  let reason = null;
  let retried = null;
  let report = reportFor(args.set);
  if (!args.reportOnly) {
    const run = structuredClone(config);
    delete run.$schema;
    run.thresholds = { ...run.thresholds, break: breakAt, low: Math.min(run.thresholds.low, breakAt) };
    if (args.tests) {
      run.jest.config.testMatch = [`**/transcriptModel/__tests__/${args.tests}.test.js`];
      args.set += `.tests-${args.tests.replace(/[^\w.-]+/g, '_')}`;
    }
    report = reportFor(args.set);
    run.jsonReporter = { ...run.jsonReporter, fileName: path.relative(root, report) };
    fs.rmSync(report, { force: true });
    const configFile = path.join(CACHE, `stryker.run-${args.set}.json`);
    fs.mkdirSync(CACHE, { recursive: true });
    fs.writeFileSync(configFile, JSON.stringify(run, null, 2));
    const strykerArgs = ['run', configFile];
    if (args.mutate) strykerArgs.push('--mutate', args.mutate.join(','));
    if (args.concurrency) strykerArgs.push('--concurrency', args.concurrency);
    if (args.incremental) {
      const file = path.join('.cache', 'mutation', `incremental-${args.set}.json`);
      strykerArgs.push('--incremental', '--incrementalFile', file);
    }
    const command = [
      path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'),
      ...strykerArgs
    ];
    let outcome = await runStryker(command);
    if (outcome.status !== 0 && !fs.existsSync(report)) {
      // Stryker stopped before any mutant had a result (sandbox, dry run or runner start-up): say why, and
      // start it once more, so a one-off start-up failure is reported, not mistaken for a score.
      console.log(`mutation: Stryker stopped without a report (${outcome.reason}); running it once more`);
      const first = outcome.reason;
      outcome = await runStryker(command);
      retried = `ran a second time after stopping without a report (${first})`;
    }
    status = outcome.status;
    reason = outcome.reason;
  }
  if (!fs.existsSync(report)) {
    console.log(`mutation: no report written (Stryker did not finish: ${reason ?? 'no reason printed'})`);
    process.exit(status || 1);
  }
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  const summary = summarize(result);
  const perFile =
    Object.keys(result.files ?? {}).length > 1 ? ['per file:', ...formatFileScores(result)] : [];
  console.log(`\n${[...formatSummary(summary, breakAt), ...perFile].join('\n')}`);
  if (retried) console.log(`mutation: Stryker ${retried}`);
  const below = breakAt !== null && !(summary.score >= breakAt);
  if (status !== 0 && !below) console.log(`mutation: Stryker failed (${reason ?? 'no reason printed'})`);
  process.exit(status !== 0 || below ? 1 : 0);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  await main();
}
