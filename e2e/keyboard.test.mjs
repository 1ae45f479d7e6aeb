/**
 * Keyboard through a windowed log, with real key presses: Tab and Shift+Tab visit every entry's
 * actions in order across rows that are rendered only as they come into view, focus never falls to
 * the page body, and a focused row scrolled away with the wheel leaves focus on the log itself.
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import { BASE_URL, usePages } from './helpers.mjs';
import { LOG, eventually, waitAllLoaded, wheelOverLog } from './scrolling.mjs';

const withPage = usePages();
const COUNT = 2000;

/** Where focus is: the log, an entry's action (row and which), something else, or the body. */
async function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return { where: 'body' };
    if (element.matches('section[role="log"]')) return { where: 'log' };
    const row =
      element.closest('li[data-entry-id]') ?? element.getRootNode().host?.closest('li[data-entry-id]');
    if (row && element.tagName === 'BUTTON') {
      const box = element.getBoundingClientRect();
      const log = row.closest('section[role="log"]').getBoundingClientRect();
      return {
        where: 'action',
        row: Number(row.getAttribute('aria-posinset')),
        action: element.classList.contains('transcript-copy-text') ? 'text' : 'link',
        visible: box.top >= log.top - 1 && box.bottom <= log.bottom + 1
      };
    }
    return { where: element.tagName.toLowerCase() };
  });
}

/** Presses Tab from the search box until the log has focus (the toolbar's controls come first). */
async function tabIntoLog(page) {
  await page.locator('c-conversation-transcript lightning-input.transcript-search input').click();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).where === 'log') return;
  }
  assert.fail('Tab reaches the log');
}

/** Opens the varied-height sample, waits until every entry is loaded and tabs into the log. */
async function openAndTabIntoLog(page) {
  await page.goto(`${BASE_URL}?sample=varied-${COUNT}&latency=0`);
  await waitAllLoaded(page, COUNT);
  await tabIntoLog(page);
}

test.describe('keyboard through a windowed log', () => {
  test('Tab and Shift+Tab visit every entry action in order, never dropping focus', async () => {
    test.setTimeout(240000);
    await withPage(
      async (page) => {
        await openAndTabIntoLog(page);

        const forward = [];
        for (let i = 0; i < 120; i++) {
          await page.keyboard.press('Tab');
          const now = await focused(page);
          assert.equal(now.where, 'action', `Tab ${i + 1} lands on an entry action, not ${now.where}`);
          assert.ok(now.visible, `Tab ${i + 1}: the focused action is inside the log's box`);
          forward.push(now);
        }
        // In order: the rows 1, 2, 3, … each with its actions, no row skipped.
        assert.equal(forward[0].row, 1, 'the first Tab into the rows goes to the first entry');
        for (let i = 1; i < forward.length; i++) {
          const [a, b] = [forward[i - 1], forward[i]];
          const next = (b.row === a.row && a.action === 'text' && b.action === 'link') || b.row === a.row + 1;
          assert.ok(next, `Tab ${i + 1} goes from row ${a.row} (${a.action}) to row ${b.row} (${b.action})`);
        }
        const furthest = forward.at(-1).row;
        assert.ok(furthest > 60, `Tab went through ${furthest} entries, past the first rendered window`);

        const backward = [];
        for (let i = 0; i < forward.length - 1; i++) {
          await page.keyboard.press('Shift+Tab');
          const now = await focused(page);
          assert.equal(now.where, 'action', `Shift+Tab ${i + 1} lands on an entry action, not ${now.where}`);
          backward.push(now);
        }
        assert.deepEqual(
          backward.map(({ row, action }) => `${row}:${action}`),
          forward
            .slice(0, -1)
            .reverse()
            .map(({ row, action }) => `${row}:${action}`),
          'Shift+Tab retraces the same actions'
        );
        await page.keyboard.press('Shift+Tab');
        assert.equal((await focused(page)).where, 'log', 'Shift+Tab from the first entry goes to the log');
      },
      { contextOptions: { viewport: { width: 1280, height: 900 } } }
    );
  });

  test('a focused row scrolled out of the window leaves focus on the log, not the body', async () => {
    test.setTimeout(240000);
    await withPage(
      async (page) => {
        await openAndTabIntoLog(page);
        for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
        assert.equal((await focused(page)).where, 'action');
        for (let i = 0; i < 5; i++) await wheelOverLog(page, 20000);
        await eventually(
          () => page.locator(LOG).evaluate((log) => log.querySelector('li[aria-posinset="1"]') === null),
          Boolean,
          'the first rows left the rendered window'
        );
        assert.equal((await focused(page)).where, 'log', 'focus stays in the transcript');
        // The next Tab goes on from the rows now in view.
        await page.keyboard.press('Tab');
        const now = await focused(page);
        assert.equal(now.where, 'action');
        assert.ok(now.row > 20, `Tab goes on from the rows in view (row ${now.row})`);
      },
      { contextOptions: { viewport: { width: 1280, height: 900 } } }
    );
  });
});
