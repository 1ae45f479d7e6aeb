#!/usr/bin/env node
/**
 * `npm run bench`: render, search, memory and request figures of the real c-conversation-transcript in
 * headless Debian Chromium, against plain-DOM baselines measured side by side in the same browser.
 *
 *   1. builds the preview in production mode into preview-dist/production/ (skipped when up to date),
 *   2. generates 1,000 / 10,000 / 50,000-entry transcripts with the committed seeded generator
 *      (preview/samples/generate.mjs `largeTranscript`),
 *   3. opens a fresh bench page (preview/bench.html) per measurement, alternating which contestant goes
 *      first, and takes medians,
 *   4. prints one table, writes artifacts/bench.json, exits 1 when a goal is missed or could not be
 *      measured (n/a: the search UI not found, a size left out of --sizes, no keystroke changed the status).
 *
 *   node scripts/bench.mjs [--runs 7] [--sizes 1000,10000,50000] [--quick] [--no-build] [--json file]
 *   node scripts/bench.mjs --history-only [--sizes 50000]   # only the history row(s)
 *   CHROMIUM=/path/to/chromium node scripts/bench.mjs
 *
 * Rows and goals:
 *   render     data arriving (first GraphQL response) -> the first page's rows in the DOM and laid out,
 *              the log scrollable: the work (script, style, layout) without frame waiting (frame waits
 *              swamp times this small); ours vs one plain <li>
 *              per entry (same text, same box, layout forced the same way): ratio <= 0.25 at 10,000.
 *              Reported too (info): the same plus two nested frames (painted), and every page loaded.
 *   scaling    our render time at 10,000 / at 1,000: <= 1.5
 *   search     one keystroke over 10,000 entries until the match status changed + one frame, vs a bare
 *              entries.filter(e => e.text.includes(q)) whose count is written + one frame: <= 3
 *   heap       JS heap kept after rendering 10,000 entries (after GC) / bytes of their JSON: <= 4
 *   requests   GraphQL requests counted by the preview stand-in = ceil(N / 2000) for every N
 *   print      (when 50,000 is in --sizes) the longest main-thread task from choosing Print in the
 *              toolbar until the print dialog is asked for, 50,000 entries, goal under 200 ms; the baseline
 *              is the same number of plain printed lines built in one task.
 *   history    on the preview sample history-2000 (and history-2000-50000 when 50,000 is in --sizes: this
 *              session holds 50,000 entries, every page loaded first), a person clicks the earlier
 *              session's Show conversation (its bookend, brought into view with Home in the log): every
 *              main-thread task (PerformanceObserver 'longtask', which reports each task over 50 ms) from
 *              the click until the session's 2,000 entries are shown and the page is quiet again:
 *              the longest < 200 ms (median over the runs; the worst run is printed too)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { readCustomLabels } from './platform/metadata-xml.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PAGE_SIZE = 2000;
export const GOALS = {
  renderRatio: { max: 0.25, at: 10000 },
  scaling: { max: 1.5, from: 1000, to: 10000 },
  searchRatio: { max: 3, at: 10000 },
  heapRatio: { max: 4, at: 10000 },
  historyTask: { below: 200, earlier: 2000 },
  printTask: { below: 200, entries: 50000 }
};
/** Entries of this session in the history row's samples (scripts/preview.mjs HISTORY_SAMPLES). */
export const HISTORY_CURRENT = { small: 20, large: 50000 };

/** The history row's preview sample for `current` entries in this session. */
export function historySampleId(current) {
  const { earlier } = GOALS.historyTask;
  return current === HISTORY_CURRENT.small ? `history-${earlier}` : `history-${earlier}-${current}`;
}

/** This-session sizes the history row measures: 20 always, 50,000 when --sizes has it. */
export function historySizes(sizes) {
  return sizes.includes(HISTORY_CURRENT.large)
    ? [HISTORY_CURRENT.small, HISTORY_CURRENT.large]
    : [HISTORY_CURRENT.small];
}

/** 'pass' | 'fail' | 'n/a' for a value against a strict upper bound (NaN: not measured). */
export function evaluateBelow(value, below) {
  if (!Number.isFinite(value)) return 'n/a';
  return value < below ? 'pass' : 'fail';
}
/** Words typed letter by letter for the search row (common in the generated text). */
const SEARCH_WORDS = ['order', 'return', 'crystal', 'account'];

// ---------- pure helpers (tested in scripts/bench.test.mjs) ----------

/** Median of finite numbers; NaN for none. */
export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return Number.NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** a / b, or NaN when either is missing or b is not positive. */
export function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN;
}

/** 'pass' | 'fail' | 'n/a' for a value against an upper bound (NaN: not measured). */
export function evaluateMax(value, max) {
  if (!Number.isFinite(value)) return 'n/a';
  return value <= max ? 'pass' : 'fail';
}

/** GraphQL requests needed for `count` entries at `pageSize` per page (an empty list still asks once). */
export function expectedRequests(count, pageSize = PAGE_SIZE) {
  if (!Number.isInteger(count) || count < 0) throw new Error(`bad entry count ${count}`);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`bad page size ${pageSize}`);
  return Math.max(1, Math.ceil(count / pageSize));
}

/** 'pass' when every run asked exactly the expected number of requests. */
export function evaluateRequests(count, observed, pageSize = PAGE_SIZE) {
  if (observed.length === 0) return 'n/a';
  const expected = expectedRequests(count, pageSize);
  return observed.every((n) => n === expected) ? 'pass' : 'fail';
}

/**
 * Prefixes of `words`, typed one after the other, whose bare (lowercase) match count differs from the
 * previous keystroke's, so the component's status text changes each time. The first one always counts:
 * before it the search box is empty and shows no status.
 */
export function keystrokes(texts, words) {
  const lowered = texts.map((t) => t.toLowerCase());
  const out = [];
  let previous = -1;
  for (const word of words) {
    for (let i = 1; i <= word.length; i++) {
      const q = word.slice(0, i);
      const count = lowered.filter((t) => t.includes(q)).length;
      if (count !== previous) out.push({ query: q, matches: count });
      previous = count;
    }
  }
  return out;
}

export function parseArgs(argv) {
  const args = { runs: 7, sizes: [1000, 10000, 50000], build: true, json: 'artifacts/bench.json' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return argv[++i];
    };
    if (flag === '--runs') args.runs = Number(value());
    else if (flag === '--sizes')
      args.sizes = value()
        .split(',')
        .map((s) => Number(s.trim()));
    else if (flag === '--quick') Object.assign(args, { runs: 3, sizes: [1000, 10000], quick: true });
    else if (flag === '--no-build') args.build = false;
    else if (flag === '--json') args.json = value();
    else if (flag === '--history-only') args.historyOnly = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new Error(`unknown argument ${a} (see --help)`);
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs must be a positive integer');
  if (args.sizes.length === 0 || args.sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error('--sizes must be positive integers, e.g. 1000,10000');
  }
  args.sizes = [...new Set(args.sizes)].sort((x, y) => x - y);
  return args;
}

const fmtMs = (v) => (Number.isFinite(v) ? `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms` : 'n/a');
const fmtRatio = (v) => (Number.isFinite(v) ? v.toFixed(v < 1 ? 3 : 2) : 'n/a');
const fmtMB = (v) => (Number.isFinite(v) ? `${(v / 1048576).toFixed(1)} MB` : 'n/a');
const fmtN = (n) => n.toLocaleString('en-US');

/**
 * The table's rows from the medians: [{ check, ours, baseline, ratio, goal, result, enforced }].
 * `m` is { render: { [n]: { ours, baseline } }, search: { ours, baseline, note }, heap: { growth, bytes },
 * requests: { [n]: number[] } }.
 */
export function buildRows(m, sizes) {
  const rows = [];
  for (const n of sizes) {
    const r = m.render[n] ?? {};
    const value = ratio(r.ours, r.baseline);
    const enforced = n === GOALS.renderRatio.at;
    rows.push({
      check: `render ${fmtN(n)} (laid out): ours vs <li>`,
      ours: fmtMs(r.ours),
      baseline: fmtMs(r.baseline),
      ratio: fmtRatio(value),
      goal: enforced ? `<= ${GOALS.renderRatio.max}` : '(info)',
      result: enforced ? evaluateMax(value, GOALS.renderRatio.max) : 'info',
      value,
      enforced
    });
  }
  if (!sizes.includes(GOALS.renderRatio.at)) {
    rows.push({
      check: `render ${fmtN(GOALS.renderRatio.at)} (laid out): ours vs <li>`,
      ours: `n/a (${fmtN(GOALS.renderRatio.at)} not in --sizes)`,
      baseline: '',
      ratio: 'n/a',
      goal: `<= ${GOALS.renderRatio.max}`,
      result: 'n/a',
      value: Number.NaN,
      enforced: true
    });
  }
  for (const n of sizes) {
    const painted = m.painted?.[n];
    if (painted?.ours === undefined) continue;
    rows.push({
      check: `painted ${fmtN(n)} (+2 frames): ours vs <li>`,
      ours: fmtMs(painted.ours),
      baseline: fmtMs(painted.baseline),
      ratio: fmtRatio(ratio(painted.ours, painted.baseline)),
      goal: '(info)',
      result: 'info',
      value: ratio(painted.ours, painted.baseline),
      enforced: false
    });
  }
  for (const n of sizes) {
    const loaded = m.loaded?.[n];
    if (loaded === undefined) continue;
    rows.push({
      check: `all ${fmtN(n)} loaded and rendered (ours)`,
      ours: fmtMs(loaded),
      baseline: fmtMs(m.render[n]?.baseline),
      ratio: fmtRatio(ratio(loaded, m.render[n]?.baseline)),
      goal: '(info)',
      result: 'info',
      value: loaded,
      enforced: false
    });
  }
  {
    const { from, to, max } = GOALS.scaling;
    const value = ratio(m.render[to]?.ours, m.render[from]?.ours);
    rows.push({
      check: `scaling: ours at ${fmtN(to)} vs ${fmtN(from)}`,
      ours: fmtMs(m.render[to]?.ours),
      baseline: fmtMs(m.render[from]?.ours),
      ratio: fmtRatio(value),
      goal: `<= ${max}`,
      result: evaluateMax(value, max),
      value,
      enforced: true
    });
  }
  {
    const s = m.search ?? {};
    const value = s.note ? Number.NaN : ratio(s.ours, s.baseline);
    rows.push({
      check: `search keystroke ${fmtN(GOALS.searchRatio.at)}: ours vs bare filter`,
      ours: s.note ?? fmtMs(s.ours),
      baseline: s.note ? '' : fmtMs(s.baseline),
      ratio: fmtRatio(value),
      goal: `<= ${GOALS.searchRatio.max}`,
      result: s.note ? 'n/a' : evaluateMax(value, GOALS.searchRatio.max),
      value,
      // A goal that could not be measured is not met.
      enforced: true
    });
  }
  {
    const h = m.heap ?? {};
    const value = ratio(h.growth, h.bytes);
    rows.push({
      check: `JS heap kept ${fmtN(GOALS.heapRatio.at)} vs JSON size`,
      ours: fmtMB(h.growth),
      baseline: fmtMB(h.bytes),
      ratio: fmtRatio(value),
      goal: `<= ${GOALS.heapRatio.max}`,
      result: evaluateMax(value, GOALS.heapRatio.max),
      value,
      enforced: true
    });
  }
  for (const current of historySizes(sizes)) {
    const h = m.history?.[current] ?? {};
    const { below, earlier } = GOALS.historyTask;
    const value = h.note ? Number.NaN : h.longest;
    rows.push({
      check: `expand a ${fmtN(earlier)}-entry earlier session (this one ${fmtN(current)}): longest task`,
      ours: h.note ?? `${fmtMs(h.longest)} (worst run ${fmtMs(h.worst)}, ${h.tasks ?? 'n/a'} over 50 ms)`,
      baseline: h.note ? '' : `2,000 <li> ${fmtMs(h.baselineMs)}; shown in ${fmtMs(h.shownMs)}`,
      ratio: h.note ? '' : fmtRatio(ratio(h.longest, h.baselineMs)),
      goal: `< ${below} ms`,
      result: h.note ? 'n/a' : evaluateBelow(value, below),
      value,
      enforced: true
    });
  }
  if (sizes.includes(GOALS.printTask.entries)) {
    const pr = m.print ?? {};
    const { below, entries } = GOALS.printTask;
    const value = pr.note ? Number.NaN : pr.longest;
    rows.push({
      check: `print ${fmtN(entries)} entries: longest task`,
      ours: pr.note ?? `${fmtMs(pr.longest)} (worst run ${fmtMs(pr.worst)}, ${pr.tasks ?? 'n/a'} over 50 ms)`,
      baseline: pr.note ? '' : `one-task printout ${fmtMs(pr.baselineMs)}; dialog after ${fmtMs(pr.printMs)}`,
      ratio: pr.note ? '' : fmtRatio(ratio(pr.longest, pr.baselineMs)),
      goal: `< ${below} ms`,
      result: pr.note ? 'n/a' : evaluateBelow(value, below),
      value,
      enforced: true
    });
  }
  for (const n of sizes) {
    const observed = m.requests[n] ?? [];
    const expected = expectedRequests(n);
    rows.push({
      check: `GraphQL requests ${fmtN(n)}`,
      ours: observed.length ? [...new Set(observed)].join('/') : 'n/a',
      baseline: '',
      ratio: '',
      goal: `= ${expected}`,
      result: evaluateRequests(n, observed),
      value: observed.length ? median(observed) : Number.NaN,
      enforced: true
    });
  }
  return rows;
}

/** Rows -> a fixed-width text table. */
export function formatTable(rows) {
  const head = ['check', 'ours', 'baseline', 'ratio', 'goal', 'result'];
  const cells = rows.map((r) => [r.check, r.ours, r.baseline, r.ratio, r.goal, r.result.toUpperCase()]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((v, i) => String(v).padEnd(widths[i])).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

/** Every goal row passed: a goal missed or not measured (n/a) fails the run; info rows never do. */
export function allPassed(rows) {
  return rows.filter((r) => r.enforced).every((r) => r.result === 'pass');
}

// ---------- data ----------

async function generate(sizes) {
  const { largeTranscript, loadAbcd, sampleConversations, DEFAULT_ABCD } =
    await import('../preview/samples/generate.mjs');
  const fromDataset = fs.existsSync(DEFAULT_ABCD);
  const abcd = fromDataset ? loadAbcd(DEFAULT_ABCD) : sampleConversations();
  const data = {};
  for (const n of sizes) {
    const response = largeTranscript(abcd, n, 42);
    const body = JSON.stringify(response);
    const nodes = response.data.uiapi.query.ConversationEntry.edges.map((e) => e.node);
    data[n] = {
      body,
      bytes: Buffer.byteLength(body),
      texts: nodes.map((node) => node.Message?.value || node.EntryType?.displayValue || '')
    };
  }
  return { data, source: fromDataset ? DEFAULT_ABCD : 'committed samples (ABCD dataset not found)' };
}

/**
 * What the history row looks for: the earlier session's name and its first entry's id (the seeded
 * sample of preview/samples/generate.mjs), and the labels of its bookend (English).
 */
async function historyFacts() {
  const { longHistorySample, sampleConversations } = await import('../preview/samples/generate.mjs');
  const built = longHistorySample(sampleConversations(), {
    earlier: GOALS.historyTask.earlier,
    current: HISTORY_CURRENT.small
  });
  const nodes = built.history.entries[built.earlierId].data.uiapi.query.ConversationEntry.edges
    .map((e) => e.node)
    .sort((a, b) => a.Seq.value - b.Seq.value);
  const labels = englishLabels();
  return {
    earlierName: built.earlierName,
    firstId: nodes[0].Id,
    texts: nodes.map((n) => n.Message?.value || n.EntryType?.displayValue || ''),
    showLabel: labels.get('History_Show'),
    loadingLabel: labels.get('History_Loading')
  };
}

// ---------- browser ----------

/** A fresh page at the bench's size, collecting the errors the page raises. */
async function newBenchPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

async function openBench(browser, baseUrl, data) {
  const { context, page, errors } = await newBenchPage(browser);
  await page.route('**/bench-data/*.json', (route) => {
    const n = Number(/bench-data\/(\d+)\.json/.exec(route.request().url())?.[1]);
    return route.fulfill({ status: 200, contentType: 'application/json', body: data[n].body });
  });
  await page.goto(`${baseUrl}bench.html?latency=0`);
  await page.waitForFunction(() => window.__bench?.ready === true);
  return { context, page, errors };
}

/** The package's custom labels (English), by name. */
function englishLabels() {
  return readCustomLabels(
    fs.readFileSync(path.join(root, 'force-app/main/default/labels/CustomLabels.labels-meta.xml'), 'utf8')
  );
}

/**
 * Opens the preview on a sample and waits until its `count` entries are loaded (the count shown, the
 * loading line gone). Returns a note when long tasks cannot be observed in this browser, else null.
 */
async function openLoaded(page, baseUrl, sample, count) {
  const component = 'c-conversation-transcript';
  await page.goto(`${baseUrl}?sample=${sample}&latency=0`);
  await page.waitForSelector(`body[data-preview-sample="${sample}"]`, { timeout: 60000 });
  await page
    .locator(`${component} .transcript-count`)
    .filter({ hasText: fmtN(count) })
    .waitFor({ timeout: 180000 });
  await page.locator(`${component} .transcript-progress`).waitFor({ state: 'detached', timeout: 60000 });
  const supported = await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'));
  return supported ? null : "n/a (no PerformanceObserver 'longtask')";
}

/**
 * The history row, one run: opens the preview on the history sample, waits until this session is
 * loaded, brings the earlier session's bookend into view with Home in the log (as a keyboard user
 * does), then clicks its Show conversation and records every main-thread task over 50 ms
 * (PerformanceObserver 'longtask') until the session's first and last entries are in the log, the
 * loading line is gone, two frames ran and no long task came for 500 ms. Returns
 * { longest, tasks, shownMs } or { note } when it could not be measured.
 */
async function expandEarlierSession(browser, baseUrl, current, facts) {
  const { context, page, errors } = await newBenchPage(browser);
  const component = 'c-conversation-transcript';
  try {
    const note = await openLoaded(page, baseUrl, historySampleId(current), current);
    if (note) return { note };
    const show = page
      .locator(`${component} c-transcript-session-bookend`)
      .filter({ hasText: facts.earlierName })
      .getByRole('button', { name: facts.showLabel });
    const log = page.locator(`${component} section[role="log"]`);
    await log.focus();
    await page.keyboard.press('Home');
    try {
      await show.waitFor({ state: 'visible', timeout: 20000 });
    } catch {
      return { note: `n/a (no Show conversation on ${facts.earlierName})` };
    }
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.__benchTasks = [];
      window.__benchTimingsFrom = window.__previewStats.timings.length;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__benchTasks.push({
            start: entry.startTime,
            end: entry.startTime + entry.duration,
            duration: entry.duration
          });
        }
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await show.click();
    const row = (id) => page.locator(`${component} li[data-entry-id="${id}"]`);
    try {
      await row(facts.firstId).waitFor({ state: 'visible', timeout: 60000 });
    } catch {
      return { note: `n/a (the earlier session's entries were not shown)` };
    }
    const shownMs = Date.now() - started;
    await page
      .locator(`${component} c-transcript-session-bookend`)
      .filter({ hasText: facts.loadingLabel })
      .waitFor({ state: 'detached', timeout: 60000 });
    // The last entry of the session is in the log too (the end key of the list of 2,000 rows).
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    );
    for (let quiet = 0; quiet < 20; quiet++) {
      const last = await page.evaluate(() => window.__benchTasks.at(-1)?.end ?? 0);
      const now = await page.evaluate(() => performance.now());
      if (now - last >= 500) break;
      await page.waitForTimeout(250);
    }
    // The stand-in's own work for an answer (what Salesforce's servers do on the platform) runs in
    // the task that delivers it: it is left out of that task, as the render row leaves it out.
    const tasks = await page.evaluate(() => {
      const answers = window.__previewStats.timings.slice(window.__benchTimingsFrom);
      return window.__benchTasks.map((t) => {
        const server = answers
          .filter((a) => a.answered >= t.start && a.answered <= t.end)
          .reduce((sum, a) => sum + a.serverMs, 0);
        return { duration: t.duration, server, ours: t.duration - server };
      });
    });
    if (errors.length) return { note: `n/a (page error: ${errors[0]})` };
    // Baseline on the same page and machine load: one plain <li> per entry of the session (same
    // texts), appended and laid out in one task.
    const baselineMs = await page.evaluate((texts) => {
      const start = performance.now();
      const list = document.createElement('ul');
      for (const text of texts) {
        const li = document.createElement('li');
        li.textContent = text;
        list.appendChild(li);
      }
      document.body.appendChild(list);
      void list.offsetHeight;
      const ms = performance.now() - start;
      list.remove();
      return ms;
    }, facts.texts);
    return {
      baselineMs,
      longest: Math.max(0, ...tasks.map((t) => t.ours)),
      longestRaw: Math.max(0, ...tasks.map((t) => t.duration)),
      tasks: tasks.length,
      shownMs
    };
  } finally {
    await context.close();
  }
}

/**
 * The print row, one run: opens the preview on the large-50000 sample, waits until every entry is
 * loaded, then chooses Print in the toolbar's export menu as a person does, with window.print recorded
 * (headless Chromium has no dialog), and records every main-thread task over 50 ms (PerformanceObserver
 * 'longtask') until the print dialog is asked for. Baseline on the same page: the same number of plain
 * printed lines (a row of three spans) built in one task, the freeze the chunked printout avoids.
 * Returns { longest, tasks, printMs, baselineMs } or { note } when it could not be measured.
 */
async function printLongest(browser, baseUrl) {
  const { entries } = GOALS.printTask;
  const { context, page, errors } = await newBenchPage(browser);
  const component = 'c-conversation-transcript';
  try {
    const note = await openLoaded(page, baseUrl, `large-${entries}`, entries);
    if (note) return { note };
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.__benchPrints = [];
      window.print = () => window.__benchPrints.push(performance.now());
      window.__benchTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__benchTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.locator(`${component} lightning-button-menu.transcript-export-menu button`).first().click();
    const printLabel = englishLabels().get('Export_Print');
    await page.getByRole('menuitem', { name: printLabel }).click();
    try {
      await page.waitForFunction(() => window.__benchPrints.length > 0, null, { timeout: 240000 });
    } catch {
      return { note: 'n/a (the print dialog was never asked for)' };
    }
    const printMs = Date.now() - started;
    // Tasks that end with the dialog's: the observer reports them after they end.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    );
    const printed = await page.locator(`${component} c-transcript-print-rows .print-row`).count();
    if (printed !== entries) return { note: `n/a (${fmtN(printed)} of ${fmtN(entries)} entries printed)` };
    const tasks = await page.evaluate(() => window.__benchTasks);
    if (errors.length) return { note: `n/a (page error: ${errors[0]})` };
    const baselineMs = await page.evaluate((count) => {
      const start = performance.now();
      const box = document.createElement('div');
      box.style.display = 'none';
      for (let i = 0; i < count; i++) {
        const line = document.createElement('div');
        for (const text of ['4:00 PM', `Name ${i}`, `Printed line ${i}`]) {
          const span = document.createElement('span');
          span.textContent = text;
          line.appendChild(span);
        }
        box.appendChild(line);
      }
      document.body.appendChild(box);
      const ms = performance.now() - start;
      box.remove();
      return ms;
    }, entries);
    return { longest: Math.max(0, ...tasks), tasks: tasks.length, printMs, baselineMs };
  } finally {
    await context.close();
  }
}

async function heapUsed(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

function machine(browserVersion) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1073741824),
    loadavg: os.loadavg().map((v) => Number(v.toFixed(2))),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion
  };
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error.message}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(
      'usage: npm run bench -- [--runs 7] [--sizes 1000,10000,50000] [--quick] [--history-only] [--no-build] [--json artifacts/bench.json]'
    );
    return;
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`bench: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM=)`);
    process.exit(1);
  }
  const started = Date.now();
  const { buildPreview, DIST } = await import('./preview-build.mjs');
  const { startServer } = await import('./preview.mjs');
  const dist = path.join(DIST, 'production');
  if (args.build) await buildPreview({ production: true, dist, quiet: false });
  else if (!fs.existsSync(path.join(dist, 'app', 'bench.js'))) {
    console.error(`bench: ${path.relative(root, dist)}/ is missing; run without --no-build`);
    process.exit(1);
  }
  const measureSizes = [...new Set([...args.sizes])];
  const { data, source } = await generate(args.historyOnly ? [] : measureSizes);
  console.log(
    `bench: data from ${source}: ${Object.keys(data)
      .map((n) => `${fmtN(Number(n))} entries = ${fmtMB(data[n].bytes)}`)
      .join(', ')}`
  );

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const server = await startServer({ port: 0, dist });
  const stop = async () => {
    await server.close().catch(() => {});
    await browser.close().catch(() => {});
  };
  process.once('SIGINT', () => stop().then(() => process.exit(130)));

  const raw = {
    render: {},
    baseline: {},
    painted: {},
    baselinePainted: {},
    requests: {},
    search: [],
    filter: [],
    heap: [],
    history: {},
    details: {}
  };
  const problems = [];
  let searchNote = null;
  const searchSize = GOALS.searchRatio.at;
  const strokes = data[searchSize] ? keystrokes(data[searchSize].texts, SEARCH_WORDS) : [];
  try {
    for (const n of args.historyOnly ? [] : measureSizes) {
      raw.render[n] = [];
      raw.baseline[n] = [];
      raw.painted[n] = [];
      raw.baselinePainted[n] = [];
      raw.requests[n] = [];
      raw.details[n] = [];
      for (let run = 0; run < args.runs; run++) {
        // Alternate which contestant goes first; each gets a fresh page.
        const order = run % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
        for (const who of order) {
          const { context, page, errors: pageErrors } = await openBench(browser, server.url, data);
          try {
            await page.evaluate((url) => window.__bench.load(url), `/bench-data/${n}.json`);
            // Both contestants first render 60 entries once and remove them (see warmUp in bench.js).
            await page.evaluate(() => window.__bench.warmUp());
            if (who === 'baseline') {
              const r = await page.evaluate(() => window.__bench.renderBaseline());
              raw.baseline[n].push(r.ms);
              raw.baselinePainted[n].push(r.paintedMs);
            } else {
              const r = await page.evaluate(
                ([requests, count]) => window.__bench.renderComponent(requests, count),
                [expectedRequests(n), n]
              );
              // Without the end of the first rows' work the run has no render figure (the goal then reads n/a).
              if (r.workObserved) raw.render[n].push(r.ms);
              else problems.push(`${fmtN(n)} ours: the end of the first rows' work was not observed`);
              raw.painted[n].push(r.paintedMs);
              process.stdout.write(
                `bench: ${fmtN(n)} ours: first rows laid out ${fmtMs(r.ms)}, painted ${fmtMs(r.paintedMs)}, all loaded ${fmtMs(r.allMs)}\n`
              );
              raw.requests[n].push(r.requests);
              raw.details[n].push(r);
              if (n === searchSize) {
                const available = await page.evaluate(() => window.__bench.searchAvailable());
                if (!available) searchNote = 'n/a (search UI not found)';
                else {
                  for (const stroke of strokes) {
                    // Interleave each keystroke with the bare filter for the same query.
                    const ours = await page.evaluate((q) => window.__bench.searchKeystroke(q), stroke.query);
                    const bare = await page.evaluate((q) => window.__bench.filterBaseline(q), stroke.query);
                    if (ours?.changed) raw.search.push(ours.ms);
                    else problems.push(`search "${stroke.query}": the status text did not change`);
                    raw.filter.push(bare.ms);
                  }
                }
              }
            }
          } finally {
            problems.push(...pageErrors.map((message) => `${fmtN(n)} ${who}: pageerror: ${message}`));
            await context.close();
          }
        }
        process.stdout.write(
          `bench: ${fmtN(n)} run ${run + 1}/${args.runs}: ours ${fmtMs(raw.render[n].at(-1))}, plain ${fmtMs(raw.baseline[n].at(-1))}\n`
        );
      }
    }
    if (data[GOALS.heapRatio.at] && !args.historyOnly) {
      const n = GOALS.heapRatio.at;
      for (let run = 0; run < Math.min(3, args.runs); run++) {
        const { context, page } = await openBench(browser, server.url, data);
        try {
          const cdp = await context.newCDPSession(page);
          await page.evaluate((url) => window.__bench.load(url), `/bench-data/${n}.json`);
          await page.evaluate(() => window.__bench.warmUp());
          const before = await heapUsed(cdp);
          await page.evaluate(
            ([requests, count]) => window.__bench.renderComponent(requests, count),
            [expectedRequests(n), n]
          );
          const after = await heapUsed(cdp);
          raw.heap.push(after - before);
        } finally {
          await context.close();
        }
      }
    }
    const facts = await historyFacts();
    for (const current of historySizes(measureSizes)) {
      raw.history[current] = [];
      for (let run = 0; run < Math.min(5, args.runs); run++) {
        const r = await expandEarlierSession(browser, server.url, current, facts);
        raw.history[current].push(r);
        process.stdout.write(
          `bench: expand ${fmtN(GOALS.historyTask.earlier)} earlier (this one ${fmtN(current)}) run ${run + 1}: ` +
            (r.note ??
              `longest task ${fmtMs(r.longest)} (${fmtMs(r.longestRaw)} with the stand-in's work), ${r.tasks} over 50 ms, shown in ${fmtMs(r.shownMs)}; 2,000 plain <li> ${fmtMs(r.baselineMs)}`) +
            '\n'
        );
        if (r.note) break;
      }
    }
    raw.print = [];
    if (!args.historyOnly && measureSizes.includes(GOALS.printTask.entries)) {
      for (let run = 0; run < Math.min(3, args.runs); run++) {
        const r = await printLongest(browser, server.url);
        raw.print.push(r);
        process.stdout.write(
          `bench: print ${fmtN(GOALS.printTask.entries)} run ${run + 1}: ` +
            (r.note ??
              `longest task ${fmtMs(r.longest)}, ${r.tasks} over 50 ms, dialog after ${fmtMs(r.printMs)}; one-task printout ${fmtMs(r.baselineMs)}`) +
            '\n'
        );
        if (r.note) break;
      }
    }
  } finally {
    await stop();
  }

  const m = {
    render: {},
    painted: {},
    loaded: {},
    search: {},
    heap: {},
    requests: raw.requests,
    history: {}
  };
  {
    const runs = raw.print ?? [];
    const note = runs.find((r) => r.note)?.note ?? (runs.length ? null : 'n/a (not run)');
    m.print = note
      ? { note }
      : {
          longest: median(runs.map((r) => r.longest)),
          worst: Math.max(...runs.map((r) => r.longest)),
          tasks: median(runs.map((r) => r.tasks)),
          printMs: median(runs.map((r) => r.printMs)),
          baselineMs: median(runs.map((r) => r.baselineMs))
        };
  }
  for (const [current, runs] of Object.entries(raw.history)) {
    const note = runs.find((r) => r.note)?.note;
    m.history[current] = note
      ? { note }
      : {
          longest: median(runs.map((r) => r.longest)),
          worst: Math.max(...runs.map((r) => r.longest)),
          longestRaw: median(runs.map((r) => r.longestRaw)),
          baselineMs: median(runs.map((r) => r.baselineMs)),
          tasks: median(runs.map((r) => r.tasks)),
          shownMs: median(runs.map((r) => r.shownMs))
        };
  }
  for (const n of args.historyOnly ? [] : measureSizes) {
    m.render[n] = { ours: median(raw.render[n]), baseline: median(raw.baseline[n]) };
    m.painted[n] = { ours: median(raw.painted[n]), baseline: median(raw.baselinePainted[n]) };
    m.loaded[n] = median(raw.details[n].map((d) => d.allMs));
  }
  if (!data[searchSize]) m.search = { note: `n/a (${fmtN(searchSize)} not in --sizes)` };
  else if (searchNote) m.search = { note: searchNote };
  else m.search = { ours: median(raw.search), baseline: median(raw.filter) };
  m.heap = { growth: median(raw.heap), bytes: data[GOALS.heapRatio.at]?.bytes };
  const rows = buildRows(m, measureSizes).filter((r) => !args.historyOnly || r.check.startsWith('expand a '));
  const host = machine(browser.version());
  console.log('');
  console.log(
    `bench: medians of ${args.runs} run(s) per size, fresh page each; search: ${raw.search.length} keystroke(s); ` +
      `${host.cores} × ${host.cpu}, load ${host.loadavg.join(' ')}, Chromium ${host.chromium}`
  );
  console.log(formatTable(rows));
  for (const p of [...new Set(problems)]) console.log(`bench: note: ${p}`);
  const passed = allPassed(rows);
  const out = path.resolve(root, args.json);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: host,
        options: { runs: args.runs, sizes: measureSizes, data: source },
        goals: GOALS,
        rows: rows.map(({ check, ours, baseline, ratio: r, goal, result, value, enforced }) => ({
          check,
          ours,
          baseline,
          ratio: r,
          goal,
          result,
          value: Number.isFinite(value) ? value : null,
          enforced
        })),
        medians: m,
        raw,
        problems: [...new Set(problems)],
        passed
      },
      null,
      2
    )
  );
  console.log(
    `bench: ${passed ? 'all goals met' : 'GOAL MISSED'} in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
      `results in ${path.relative(root, out)}`
  );
  process.exit(passed ? 0 : 1);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().catch((error) => {
    console.error(`bench: ${error.stack ?? error.message}`);
    process.exit(1);
  });
}
