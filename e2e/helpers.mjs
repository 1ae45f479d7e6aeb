/**
 * Shared helpers for the end-to-end tests. Run them with `node scripts/e2e.mjs` (Playwright's test runner
 * with playwright.config.mjs): its global setup builds and serves the preview and passes the addresses in
 * E2E_BASE_URL / E2E_PRODUCTION_URL; the runner launches Debian's Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { test } from '@playwright/test';
import { readLabels, readTranslations } from '../scripts/preview-build.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BASE_URL = process.env.E2E_BASE_URL;
/** The same preview built in production mode (what the platform runs), for main-thread timings. */
export const PRODUCTION_URL = process.env.E2E_PRODUCTION_URL ?? process.env.E2E_BASE_URL;
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? path.join(root, 'artifacts', 'screenshots');
export const LABELS = Object.fromEntries(readLabels());

/** The component under test and the parts most tests read. */
export const COMPONENT = 'c-conversation-transcript';
export const ROWS = `${COMPONENT} li.slds-chat-listitem`;
export const LOG = `${COMPONENT} section[role="log"]`;
export const SEARCH = `${COMPONENT} lightning-input.transcript-search input`;

export function label(name, ...values) {
  const template = LABELS[name];
  if (template === undefined) throw new Error(`label ${name} is missing from CustomLabels.labels-meta.xml`);
  return template.replace(/\{(\d+)\}/g, (token, i) =>
    values[Number(i)] === undefined ? token : String(values[Number(i)])
  );
}

export const TRANSLATIONS = readTranslations();

/** A label in `language` (a translations/*.translation-meta.xml), placeholders filled like `label`. */
export function labelIn(language, name, ...values) {
  const template = TRANSLATIONS.get(language)?.get(name);
  if (template === undefined) throw new Error(`label ${name} has no ${language} translation`);
  return template.replace(/\{(\d+)\}/g, (token, i) =>
    values[Number(i)] === undefined ? token : String(values[Number(i)])
  );
}

/** A fresh context + page that records console errors and page errors. */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  return { context, page, problems };
}

export const samples = JSON.parse(
  fs.readFileSync(path.join(root, 'preview', 'samples', 'index.json'), 'utf8')
);

/** The sample's nodes in Seq order (what the transcript must show, in order). */
export function sampleNodes(id) {
  const sample = samples.find((s) => s.id === id);
  const json = JSON.parse(fs.readFileSync(path.join(root, 'preview', 'samples', sample.file), 'utf8'));
  return json.data.uiapi.query.ConversationEntry.edges
    .map((e) => e.node)
    .sort((a, b) => a.Seq.value - b.Seq.value);
}

/** Layout the spec asks for: end users inbound, business side outbound, System and non-Text entries events. */
export function expectedLayout(node) {
  if (node.EntryType.value !== 'Text' || node.ActorType.value === 'System') return 'event';
  return node.ActorType.value === 'EndUser' ? 'inbound' : 'outbound';
}

/** Opens the preview on a sample and waits until the component shows a settled state. */
export async function openSample(page, id, extra = '') {
  await page.goto(`${BASE_URL}?sample=${encodeURIComponent(id)}&latency=0${extra}`);
  await page.waitForSelector(`body[data-preview-sample="${id}"]`);
  await waitSettled(page);
}

/** Waits for entries, the empty state or the error panel, and for the loading spinner to be gone. */
export async function waitSettled(page, timeout = 20000) {
  await page.waitForFunction(() => (window.__previewStats?.responses ?? 0) >= 1, null, { timeout });
  await page
    .locator(
      'c-conversation-transcript li.slds-chat-listitem, c-conversation-transcript .transcript-empty, c-conversation-transcript c-error-panel'
    )
    .first()
    .waitFor({ timeout });
  await page.locator('c-conversation-transcript lightning-spinner').waitFor({ state: 'detached', timeout });
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export async function stats(page) {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__previewStats)));
}

/**
 * Chooses a JSON file in the preview's file picker (`#file-input`), as a person loads a saved GraphQL
 * answer: `text` is the file's content.
 */
export async function chooseJsonFile(page, name, text) {
  await page.setInputFiles('#file-input', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A GraphQL wire answer with `nodes` as its ConversationEntry edges, on one page. */
export function wireResponse(nodes) {
  return {
    data: {
      uiapi: {
        query: {
          ConversationEntry: {
            edges: nodes.map((node) => ({ node })),
            pageInfo: { hasNextPage: false, endCursor: null },
            totalCount: nodes.length
          }
        }
      }
    }
  };
}

/** A large response made from the committed standard sample (no dataset needed), for paging tests. */
export function largeResponse(count) {
  const base = sampleNodes('messaging-standard');
  const nodes = [];
  for (let i = 0; i < count; i++) {
    const n = structuredClone(base[i % base.length]);
    n.Id = `0dw${String(i + 1).padStart(12, '0')}AAA`;
    n.Seq = { value: i + 1 };
    nodes.push(n);
  }
  return wireResponse(nodes);
}

/**
 * The worker's Chromium (Playwright's `browser` fixture, launched with the config's launchOptions) for a
 * test file's own contexts. Returns a getter: `const browser = useBrowser(); … newPage(browser())`.
 */
export function useBrowser() {
  let shared;
  test.beforeAll(({ browser }) => {
    if (!BASE_URL) throw new Error('run the e2e tests with `node scripts/e2e.mjs` (it serves the preview)');
    shared = browser;
  });
  return () => shared;
}

/**
 * `withPage` on the worker's Chromium with a test file's own defaults: `const withPage = usePages();
 * … await withPage(async (page) => { … }, options)`.
 */
export function usePages(defaults = {}) {
  const browser = useBrowser();
  return (fn, options = {}) => withPage(browser(), fn, { ...defaults, ...options });
}

/**
 * Runs `fn` with a fresh page; fails on uncaught page errors or console errors unless allowed
 * (`allowConsoleErrors`), or unless `ignore(problem)` says a problem is expected.
 */
export async function withPage(
  browser,
  fn,
  { allowConsoleErrors = false, contextOptions = {}, ignore = () => false } = {}
) {
  const { context, page, problems } = await newPage(browser, contextOptions);
  try {
    await fn(page, context);
    const unexpected = problems.filter((problem) => !ignore(problem));
    if (!allowConsoleErrors) assert.deepEqual(unexpected, [], 'no page errors or console errors');
  } finally {
    await context.close();
  }
}

/** axe-core violations inside `selector`, one readable line each. */
export async function axeViolations(page, selector = 'c-conversation-transcript') {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`
  );
}
