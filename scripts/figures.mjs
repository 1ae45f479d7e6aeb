/**
 * Figures the tests measure (cases run, payloads tried, faults injected, load times, heap sizes), for the
 * summary `npm test` prints after its closing "tests: N passed, N failed" line.
 *
 * Tests write one small JSON file each into .cache/figures/ (jest through jest/figures.js, e2e through
 * writeFigure below); scripts/test-all.mjs empties the folder before the run and prints formatFigures()
 * at the end, so a step that was skipped or failed early shows "not run" instead of stale numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIGURES_DIR = path.join(root, '.cache', 'figures');

/** Writes (replaces) one figure file. */
export function writeFigure(name, data, dir = FIGURES_DIR) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}

export function clearFigures(dir = FIGURES_DIR) {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** name → parsed figure; unreadable files are skipped (a half-written file must not break the summary). */
export function readFigures(dir = FIGURES_DIR) {
  if (!fs.existsSync(dir)) return {};
  const figures = {};
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    try {
      figures[file.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch {
      // ignored: reported as "not run"
    }
  }
  return figures;
}

const int = (n) => new Intl.NumberFormat('en-US').format(n);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const signedMb = (bytes) => `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`;
const num = (value) => typeof value === 'number' && Number.isFinite(value);

/** "a, b and 2 more" style list of distinct values with counts when repeated. */
function tally(list) {
  const counts = new Map();
  for (const item of list ?? []) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => (n > 1 ? `${item} ×${n}` : item)).join(', ');
}

function part(figure, text) {
  return figure ? text(figure) : null;
}

/**
 * The summary lines. Every line is there whether or not its tests ran; what did not run says so.
 * @param {Record<string, any>} figures from readFigures()
 */
export function formatFigures(figures) {
  const f = figures ?? {};
  const notRun = 'not run';
  const join = (parts) => {
    const present = parts.filter(Boolean);
    return present.length ? present.join('; ') : notRun;
  };

  const fastCheck = part(f['jest-fast-check'], (x) =>
    num(x.cases) ? `${int(x.cases)} generated cases (jest)` : null
  );

  const xss = join([
    part(f['jest-xss'], (x) => `${int(x.payloads)} in jest`),
    part(f['e2e-xss'], (x) => `${int(x.payloads)} in Chromium`)
  ]);

  const errors = join([
    part(
      f['e2e-errors'],
      (x) =>
        `${int(x.kinds.length)} in Chromium, ${int(x.recovered)} recovered with Try again (${x.kinds.join(', ')})`
    ),
    part(f['jest-errors'], (x) => `${int(x.kinds.length)} kinds classified in jest`)
  ]);

  const faultFigures = Object.entries(f)
    .filter(([name, x]) => name.includes('faults') && num(x?.injected))
    .map(([name, x]) => ({ where: name.startsWith('jest') ? 'jest' : 'Chromium', ...x }));
  const faults = join(
    ['jest', 'Chromium'].map((where) => {
      const list = faultFigures.filter((x) => x.where === where);
      if (!list.length) return null;
      const total = list.reduce((sum, x) => sum + x.injected, 0);
      return `${int(total)} in ${where} (${tally(list.flatMap((x) => x.kinds ?? []))})`;
    })
  );

  const large = part(f['e2e-50k'], (x) =>
    [
      `${int(x.entries)} entries in ${int(x.requests)} requests`,
      num(x.loadMs) ? `loaded in ${seconds(x.loadMs)}` : null,
      num(x.maxLongTaskMs)
        ? `longest task ${int(Math.round(x.maxLongTaskMs))} ms (${int(x.longTasks)} over 50 ms)`
        : null,
      num(x.maxRows) ? `at most ${int(x.maxRows)} rows in the DOM` : null
    ]
      .filter(Boolean)
      .join(', ')
  );

  const memory = part(f['e2e-memory'], (x) =>
    [
      `${int(x.cycles)} mount/unmount cycles of ${int(x.entries)} entries`,
      `heap after GC ${mb(x.baselineHeap)} → ${mb(x.finalHeap)} (${signedMb(x.finalHeap - x.baselineHeap)}; one mounted copy ${signedMb(x.mountedHeap - x.baselineHeap)})`,
      `DOM nodes ${int(x.baselineNodes)} → ${int(x.finalNodes)}`,
      `JS listeners ${int(x.baselineListeners)} → ${int(x.finalListeners)}`
    ].join(', ')
  );

  return [
    'Figures',
    `  fast-check cases: ${fastCheck ?? notRun}`,
    `  XSS payloads tried: ${xss}`,
    `  error types covered: ${errors}`,
    `  faults injected: ${faults}`,
    `  50,000 entries: ${large ?? notRun}`,
    `  memory on unmount: ${memory ?? notRun}`
  ];
}
