/**
 * Long transcripts edge to edge, as a person reaches the edges: the toolbar's jump buttons, End and Home
 * in the log, the mouse wheel, a link to one entry and a search match. On generated transcripts whose
 * rows range from one word to a dozen paragraphs (`varied-N`), at 1280 px and 400 px wide, the target
 * row's box must end up inside the scroller's box (within 1 px), and at the end the log cannot scroll
 * further.
 */
import { test } from '@playwright/test';
import { BASE_URL, label, usePages } from './helpers.mjs';
import {
  LOG,
  ROWS,
  assertAtEnd,
  assertAtStart,
  assertRowInView,
  clickToolbarButton,
  eventually,
  rowGeometry,
  waitAllLoaded,
  wheelToEnd
} from './scrolling.mjs';

const withPage = usePages();
const SIZES = [220, 2000, 5000, 50000];
const WIDTHS = [1280, 400];

async function open(page, count, hash = '') {
  await page.goto(`${BASE_URL}?sample=varied-${count}&latency=0${hash}`);
  await waitAllLoaded(page, count);
}

/** The generated sample's entry ids in order (the same seeded data the page shows). */
async function entryIds(count) {
  const response = await fetch(new URL(`/samples/generated/varied-${count}.json`, BASE_URL));
  const json = await response.json();
  return json.data.uiapi.query.ConversationEntry.edges
    .map((edge) => edge.node)
    .sort((a, b) => a.Seq.value - b.Seq.value)
    .map((node) => node.Id);
}

/** Focuses the log the way a person does: a click on it (not on a button). */
async function clickLog(page) {
  const box = await page.locator(LOG).boundingBox();
  await page.mouse.click(box.x + 4, box.y + 4);
  await eventually(
    () => page.evaluate(() => document.activeElement?.tagName === 'C-CONVERSATION-TRANSCRIPT'),
    Boolean,
    'the click focuses the log'
  );
}

test.describe('the edges of a long transcript', () => {
  for (const count of SIZES) {
    for (const width of WIDTHS) {
      test(`${count.toLocaleString('en-US')} entries at ${width} px: Jump to latest / first, End / Home and the wheel reach the exact edges`, async () => {
        test.setTimeout(300000);
        await withPage(
          async (page) => {
            await open(page, count);
            await clickToolbarButton(page, label('Jump_Latest'));
            await assertAtEnd(page, count, 'Jump to latest');
            await clickToolbarButton(page, label('Jump_First'));
            await assertAtStart(page, 'Jump to first');

            await clickLog(page);
            await page.keyboard.press('End');
            await assertAtEnd(page, count, 'End');
            await page.keyboard.press('Home');
            await assertAtStart(page, 'Home');

            await wheelToEnd(page);
            await assertAtEnd(page, count, 'mouse wheel');
          },
          { contextOptions: { viewport: { width, height: 900 } } }
        );
      });
    }
  }
});

test.describe('a linked or matched entry is fully in view', () => {
  for (const [count, width] of [
    [2000, 400],
    [5000, 1280],
    [50000, 1280]
  ]) {
    test(`${count.toLocaleString('en-US')} entries at ${width} px: links to the last and a middle entry, and a search match near the end`, async () => {
      test.setTimeout(300000);
      const ids = await entryIds(count);
      await withPage(
        async (page) => {
          await open(page, count, `#transcript-entry-${ids[count - 1]}`);
          const target = page.locator(`${ROWS}.transcript-row_target`);
          await target.waitFor();
          const last = await assertRowInView(page, count, 'link to the last entry');
          await eventually(
            () => rowGeometry(page, count),
            (g) => g.leftBelow <= 1,
            `the log is at its end (was ${last.leftBelow} px short)`
          );

          const middle = Math.floor(count / 2) + 7;
          await page.goto(`${BASE_URL}?sample=varied-${count}&latency=0#transcript-entry-${ids[middle - 1]}`);
          await waitAllLoaded(page, count);
          await assertRowInView(page, middle, 'link to a middle entry');

          // Shift+Enter from the first match wraps to the last one, near the end of the transcript.
          const search = page.locator('c-conversation-transcript lightning-input.transcript-search input');
          await search.fill('order');
          await page
            .locator('c-conversation-transcript .transcript-search-status')
            .filter({ hasText: /\d+ of \d+/ })
            .waitFor();
          await search.press('Shift+Enter');
          const current = page.locator(`${ROWS}.transcript-row_current`);
          await eventually(
            async () => Number((await current.getAttribute('aria-posinset')) ?? 0),
            (position) => position > count * 0.9,
            'the last match is near the end'
          );
          const position = Number(await current.getAttribute('aria-posinset'));
          await assertRowInView(page, position, 'the current search match');
        },
        { contextOptions: { viewport: { width, height: 900 } } }
      );
    });
  }
});
