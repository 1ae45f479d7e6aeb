/**
 * Printing, as a person does it: the toolbar's Print transcript (and Ctrl+P inside the transcript) with
 * 50,000 entries keeps the page responsive (no main-thread task over 200 ms, PerformanceObserver
 * 'longtask'), shows progress, can be cancelled, and hands every entry to the print dialog
 * (window.print is replaced by a recorder: headless Chromium has no dialog). The printout is compact
 * (at least 30 short entries per A4 page), says who said what in a column of its own, and carries the
 * session facts at the top. The browser's own Print of a long log prints the rows on screen and a note.
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import {
  BASE_URL,
  PRODUCTION_URL,
  label,
  largeResponse,
  openSample,
  usePages,
  chooseJsonFile
} from './helpers.mjs';
import { COMPONENT, ROWS, eventually, waitAllLoaded } from './scrolling.mjs';

const withPage = usePages();
const PRINT_ROWS = `${COMPONENT} c-transcript-print-rows .print-row`;
const PROGRESS = `${COMPONENT} .transcript-print-progress`;
const MAX_TASK_MS = 200;

/**
 * Replaces window.print with a recorder: `window.__prints` gets a mark per call (headless Chromium has
 * no dialog). The printout stays until `afterprint`, so the test counts its rows afterwards.
 */
async function recordPrints(page) {
  await page.evaluate(() => {
    window.__prints = [];
    window.print = () => window.__prints.push(true);
  });
}

/** How many entries the printout holds. */
function printedRows(page) {
  return page.locator(PRINT_ROWS).count();
}

/** Records main-thread tasks longer than 50 ms from now on. */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
}

async function choosePrint(page) {
  await page.locator(`${COMPONENT} lightning-button-menu.transcript-export-menu button`).first().click();
  await page
    .locator(`${COMPONENT} lightning-button-menu.transcript-export-menu`)
    .getByRole('menuitem', { name: label('Export_Print') })
    .click();
}

/** The number of pages in a PDF (its /Type /Page objects). */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test.describe('printing', () => {
  test('prints all 50,000 entries through the toolbar, with progress, while the page answers clicks', async () => {
    test.setTimeout(300000);
    await withPage(async (page) => {
      // On the production build: the mode the platform runs LWC in.
      await page.goto(`${PRODUCTION_URL}?sample=large-50000&latency=0`);
      await waitAllLoaded(page, 50000);
      await recordPrints(page);

      await choosePrint(page);
      const progress = page.locator(PROGRESS);
      await progress.waitFor();
      assert.match(
        (await progress.textContent()).replace(/\s+/g, ' '),
        new RegExp(label('Print_Progress', '[\\d,]+', '50,000'))
      );
      // The page answers while the printout is built: a click on the search box goes through.
      const t0 = Date.now();
      await page.locator(`${COMPONENT} lightning-input.transcript-search input`).click({ timeout: 10000 });
      const clickMs = Date.now() - t0;

      await page.waitForFunction(() => window.__prints.length > 0, null, { timeout: 240000 });
      assert.equal(await page.evaluate(() => window.__prints.length), 1, 'the print dialog opens once');
      assert.equal(await printedRows(page), 50000, 'on all 50,000 entries');
      console.log(`print 50,000: the click during building went through in ${clickMs} ms`);
      assert.equal(await progress.count(), 0, 'the progress is gone once the dialog opens');
      // On paper (the dialog lays the page out for print): the printout, all of it, instead of the log.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator(PRINT_ROWS).last().isVisible(), true);
      assert.equal(
        await page.locator(`${COMPONENT} section[role="log"]`).isVisible(),
        false,
        'the printout replaces the log on paper'
      );

      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await eventually(
        () => page.locator(PRINT_ROWS).count(),
        (n) => n === 0,
        'the printout is removed after printing'
      );
    });
  });

  test('can be cancelled while the printout is prepared', async () => {
    test.setTimeout(300000);
    await withPage(async (page) => {
      await page.goto(`${BASE_URL}?sample=large-50000&latency=0`);
      await waitAllLoaded(page, 50000);
      await recordPrints(page);
      await choosePrint(page);
      const progress = page.locator(PROGRESS);
      await progress.waitFor();
      await progress.getByRole('button', { name: label('Print_Cancel') }).click();
      await progress.waitFor({ state: 'detached' });
      await page.waitForTimeout(500);
      assert.deepEqual(await page.evaluate(() => window.__prints), [], 'no print dialog');
      assert.equal(await page.locator(PRINT_ROWS).count(), 0, 'no printout left');
      assert.ok((await page.locator(ROWS).count()) > 0, 'the log is still there');
    });
  });

  test('Ctrl+P inside the transcript prints every entry the same way', async () => {
    test.setTimeout(300000);
    await withPage(async (page) => {
      await page.goto(`${BASE_URL}?sample=large-5000&latency=0`);
      await waitAllLoaded(page, 5000);
      await recordPrints(page);
      await page.locator(`${COMPONENT} lightning-input.transcript-search input`).click();
      await page.keyboard.press('Control+p');
      await page.waitForFunction(() => window.__prints.length > 0, null, { timeout: 60000 });
      assert.equal(await page.evaluate(() => window.__prints.length), 1);
      assert.equal(await printedRows(page), 5000);
    });
  });

  test("the browser's own Print of a long log prints the rows on screen and says how to print all", async () => {
    test.setTimeout(300000);
    await withPage(async (page) => {
      await page.goto(`${BASE_URL}?sample=large-5000&latency=0`);
      await waitAllLoaded(page, 5000);
      await watchLongTasks(page);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const note = page.locator(`${COMPONENT} .transcript-print-note`);
      assert.equal(await note.isVisible(), true, 'a note on paper');
      assert.match(
        await note.textContent(),
        new RegExp(label('Print_Partial_Note', '5,000').replace(/[()+.]/g, '\\$&'))
      );
      const rows = await page.locator(ROWS).count();
      assert.ok(rows > 0 && rows < 200, `the rows on screen are printed (${rows})`);
      // Our part only: page.pdf itself is one long task of the browser's (paged layout and PDF).
      const longest = Math.max(0, ...(await page.evaluate(() => window.__tasks)));
      assert.ok(longest <= MAX_TASK_MS, `no long task (longest ${longest} ms)`);
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdfPages(pdf) <= 20, `a few pages, not the blank space of the window (${pdfPages(pdf)})`);
      await page.emulateMedia({ media: 'screen' });
      assert.equal(await note.isVisible(), false, 'not on screen');
    });
  });

  test('lays out at least 30 short entries per A4 page, who said what in a column, session facts first', async () => {
    test.setTimeout(120000);
    await withPage(async (page) => {
      // 300 one-line entries through the file picker.
      await openSample(page, 'messaging-empty');
      const response = largeResponse(300);
      for (const [i, edge] of response.data.uiapi.query.ConversationEntry.edges.entries()) {
        edge.node.Message = { value: `Short message ${i + 1}` };
        edge.node.EntryType = { value: 'Text' };
      }
      await chooseJsonFile(page, 'short.json', JSON.stringify(response));
      await page.locator(`${ROWS}[aria-setsize="300"]`).first().waitFor({ timeout: 60000 });
      await recordPrints(page);
      await choosePrint(page);
      await page.waitForFunction(() => window.__prints.length > 0, null, { timeout: 60000 });
      assert.equal(await page.evaluate(() => window.__prints.length), 1);
      assert.equal(await printedRows(page), 300);
      await page.emulateMedia({ media: 'print' });
      // Who said what: the name stands in its own column, left of the text, on every line.
      const columns = await page.locator(PRINT_ROWS).evaluateAll((rows) =>
        rows.slice(0, 20).map((row) => {
          const name = row.querySelector('.print-name').getBoundingClientRect();
          const text = row.querySelector('.print-text').getBoundingClientRect();
          return {
            nameLeft: Math.round(name.left),
            textLeft: Math.round(text.left),
            nameRight: name.right
          };
        })
      );
      assert.equal(new Set(columns.map((c) => c.nameLeft)).size, 1, 'names line up');
      assert.equal(new Set(columns.map((c) => c.textLeft)).size, 1, 'texts line up');
      assert.ok(
        columns.every((c) => c.nameRight <= c.textLeft),
        'the name column is left of the text'
      );
      const pages = pdfPages(await page.pdf({ format: 'A4' }));
      assert.ok(pages > 0 && pages <= 10, `300 short entries on at most 10 A4 pages (${pages})`);
    });
  });

  test('puts the session facts above the printed entries', async () => {
    test.setTimeout(120000);
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      await recordPrints(page);
      await choosePrint(page);
      await page.waitForFunction(() => window.__prints.length > 0, null, { timeout: 60000 });
      await page.emulateMedia({ media: 'print' });
      // The header's host takes no box of its own (display: contents): its group is what prints.
      const header = page.locator(`${COMPONENT} c-transcript-session-header [role="group"]`);
      assert.equal(await header.isVisible(), true, 'the session facts are printed');
      const headerBox = await header.boundingBox();
      const firstRow = await page.locator(PRINT_ROWS).first().boundingBox();
      assert.ok(headerBox.y + headerBox.height <= firstRow.y + 1, 'above the first entry');
      assert.equal(await page.locator(`${COMPONENT} c-transcript-toolbar`).isVisible(), false, 'no toolbar');
    });
  });
});
