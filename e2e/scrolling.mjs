/**
 * Helpers for the windowed log's browser tests: what a person does (wheel, keys, buttons) and the
 * geometry it must lead to (a row's box inside the scroller's visible box, the log at its end).
 * Nothing here sets scrollTop: it is only read.
 */
import assert from 'node:assert/strict';
import { COMPONENT, LOG, label } from './helpers.mjs';

export { COMPONENT, LOG, ROWS } from './helpers.mjs';

/** Waits until every page of a generated sample is loaded and the progress line is gone. */
export async function waitAllLoaded(page, count) {
  await page
    .locator(`${COMPONENT} .transcript-count`)
    .filter({ hasText: label('Transcript_Entry_Count', count.toLocaleString('en-US')) })
    .waitFor({ timeout: 180000 });
  await page.locator(`${COMPONENT} .transcript-progress`).waitFor({ state: 'detached', timeout: 60000 });
}

/**
 * The row at `position` (1-based, aria-posinset) against the scroller's visible box (inside its
 * borders), and how far the log can still scroll; null when that row is not rendered.
 */
export async function rowGeometry(page, position) {
  return page.locator(LOG).evaluate((log, pos) => {
    const row = log.querySelector(`li[aria-posinset="${pos}"]`);
    if (!row) return null;
    const box = log.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    const top = box.top + log.clientTop;
    return {
      rowTop: r.top,
      rowBottom: r.bottom,
      viewTop: top,
      viewBottom: top + log.clientHeight,
      scrollTop: log.scrollTop,
      leftBelow: log.scrollHeight - log.clientHeight - log.scrollTop
    };
  }, position);
}

/** Polls `read` until `ok(value)` holds (returning it) or the time is up (failing with the last value). */
export async function eventually(read, ok, message, timeout = 10000) {
  const start = Date.now();
  let value;
  while (Date.now() - start < timeout) {
    value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`${message}: ${JSON.stringify(value)}`);
}

/** The list's padding after the last row (and before the first): what a tall edge row leaves free. */
const LIST_PADDING = 8;

/**
 * The row's box lies inside the scroller's (within 1 px); a row taller than the scroller (a dozen
 * paragraphs in a 400 px column) cannot, and must fill it instead, leaving at most the list's padding
 * free at the log's edge.
 */
const inside = (g) =>
  g !== null &&
  (g.rowBottom - g.rowTop > g.viewBottom - g.viewTop + 1
    ? g.rowTop <= g.viewTop + LIST_PADDING && g.rowBottom >= g.viewBottom - LIST_PADDING
    : g.rowTop >= g.viewTop - 1 && g.rowBottom <= g.viewBottom + 1);

/**
 * The row at `position` is entirely inside the scroller's box (within 1 px) and stays there over a
 * few frames (no late correction moves it out).
 */
export async function assertRowInView(page, position, what) {
  await eventually(() => rowGeometry(page, position), inside, `${what}: row ${position} fully in view`);
  await page.waitForTimeout(300);
  const later = await rowGeometry(page, position);
  assert.ok(inside(later), `${what}: row ${position} still fully in view: ${JSON.stringify(later)}`);
  return later;
}

/**
 * The last entry is fully in view and the log is at its end: a further turn of the wheel leaves the
 * last row where it is in the log (scrollTop itself may change when a row above grows on hover, and
 * the page may scroll on once the log is at its end).
 */
export async function assertAtEnd(page, count, what) {
  const g = await assertRowInView(page, count, what);
  assert.ok(g.leftBelow <= 1, `${what}: the log cannot scroll further (${g.leftBelow} px left below)`);
  await wheelOverLog(page, 400);
  await page.waitForTimeout(200);
  const after = await rowGeometry(page, count);
  assert.ok(
    after !== null &&
      Math.abs(after.rowBottom - after.viewBottom - (g.rowBottom - g.viewBottom)) <= 1 &&
      after.leftBelow <= 1,
    `${what}: the wheel moves the log no further: ${JSON.stringify({ before: g, after })}`
  );
}

/** The first entry is fully in view and the log at its top. */
export async function assertAtStart(page, what) {
  const g = await assertRowInView(page, 1, what);
  assert.ok(g.scrollTop <= 1, `${what}: the log is at its top (scrollTop ${g.scrollTop})`);
}

/** Turns the mouse wheel over the middle of the log. */
export async function wheelOverLog(page, deltaY) {
  const box = await page.locator(LOG).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 100));
  await page.mouse.wheel(0, deltaY);
}

/** Turns the wheel down over the log until it stops moving (the way a person reaches the end). */
export async function wheelToEnd(page) {
  let last = -1;
  let still = 0;
  for (let i = 0; i < 400 && still < 3; i++) {
    await wheelOverLog(page, 200000);
    await page.waitForTimeout(60);
    const top = await page.locator(LOG).evaluate((log) => log.scrollTop);
    still = Math.abs(top - last) <= 1 ? still + 1 : 0;
    last = top;
  }
}

/** Clicks a toolbar button by its accessible name. */
export async function clickToolbarButton(page, name) {
  await page.locator(`${COMPONENT} c-transcript-toolbar`).getByRole('button', { name, exact: true }).click();
}
