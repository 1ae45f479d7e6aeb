/**
 * The agent tools in real Chromium on the preview page: search ("n of m", Enter / Shift+Enter, matches
 * outside the rendered window), the filter menu, real downloads (.csv/.txt/.json), copy to the
 * clipboard, printing every row, a link to one entry, and the keyboard shortcut.
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import {
  axeViolations,
  label,
  largeResponse,
  openSample,
  sampleNodes,
  samples,
  screenshot,
  stats,
  COMPONENT,
  ROWS,
  SEARCH,
  usePages,
  chooseJsonFile
} from './helpers.mjs';
import { assertAtEnd, clickToolbarButton } from './scrolling.mjs';

const STATUS = `${COMPONENT} .transcript-search-status`;

test.describe.configure({ timeout: 60000 });

const withPage = usePages();

/** Case- and accent-insensitive count of `term` in the texts: written here, not imported from the model. */
function countMatches(texts, term) {
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const needle = fold(term);
  return texts.reduce((sum, text) => sum + (fold(text ?? '').split(needle).length - 1), 0);
}

async function openMenu(page, menuClass) {
  await page.locator(`${COMPONENT} lightning-button-menu.${menuClass} button`).first().click();
}

async function chooseMenuItem(page, menuClass, name) {
  await openMenu(page, menuClass);
  await page
    .locator(`${COMPONENT} lightning-button-menu.${menuClass}`)
    .getByRole('menuitemcheckbox', { name })
    .or(page.locator(`${COMPONENT} lightning-button-menu.${menuClass}`).getByRole('menuitem', { name }))
    .first()
    .click();
}

/** Clicks the text of the first message in the log, as a person does before using its keys. */
async function clickInLog(page) {
  await page.locator(`${COMPONENT} li.slds-chat-listitem .transcript-text`).first().click();
}

/** Clicks an export menu item and returns the real download's file name and bytes. */
async function download(page, itemLabel) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    chooseMenuItem(page, 'transcript-export-menu', itemLabel)
  ]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

test.describe('search', () => {
  test('counts, steps with Enter and Shift+Enter, highlights and scrolls the match into view', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const nodes = sampleNodes('messaging-standard');
      const total = countMatches(
        nodes.flatMap((n) => [n.ActorName.value, n.Message.value]),
        'MANAGER'
      );
      assert.ok(total >= 3, 'the sample mentions the manager several times');

      await page.locator(SEARCH).fill('MANAGER');
      await page
        .locator(STATUS)
        .filter({ hasText: `1 of ${total}` })
        .waitFor();
      await page.locator(SEARCH).press('Enter');
      await page
        .locator(STATUS)
        .filter({ hasText: `2 of ${total}` })
        .waitFor();
      await page.locator(SEARCH).press('Shift+Enter');
      await page.locator(SEARCH).press('Shift+Enter');
      await page
        .locator(STATUS)
        .filter({ hasText: `${total} of ${total}` })
        .waitFor();

      const marks = page.locator(`${COMPONENT} .transcript-match`);
      assert.equal(await marks.count(), total);
      const current = page.locator(`${COMPONENT} .transcript-match_current`);
      assert.equal(await current.count(), 1);
      assert.equal((await current.textContent()).toLowerCase(), 'manager');
      await assertInsideLog(page, current);

      await page.locator(SEARCH).fill('no such words anywhere');
      await page
        .locator(STATUS)
        .filter({ hasText: label('Search_No_Matches') })
        .waitFor();
      assert.equal(await marks.count(), 0);
      await screenshot(page, 'tools-search-no-match');
      assert.deepEqual(await axeViolations(page, COMPONENT), []);
    });
  });

  test('jumps to a match thousands of rows outside the rendered window', async () => {
    test.setTimeout(120000);
    const response = largeResponse(3000);
    const edges = response.data.uiapi.query.ConversationEntry.edges;
    edges[2890].node.Message = { value: 'The parcel left the Zürich depot.' };
    const targetId = edges[2890].node.Id;
    await withPage(
      async (page) => {
        await openSample(page, 'messaging-empty');
        await chooseJsonFile(page, 'long.json', JSON.stringify(response));
        await page.locator(`${COMPONENT} li[aria-setsize="3000"]`).first().waitFor({ timeout: 60000 });
        assert.equal(await page.locator(`${COMPONENT} li[data-entry-id="${targetId}"]`).count(), 0);

        await page.locator(SEARCH).fill('zurich');
        await page.locator(STATUS).filter({ hasText: '1 of 1' }).waitFor();
        const row = page.locator(`${COMPONENT} li[data-entry-id="${targetId}"]`);
        await row.waitFor({ timeout: 10000 });
        assert.equal(await row.getAttribute('aria-posinset'), '2891');
        await assertInsideLog(page, row.locator('.transcript-match_current'));
        const rendered = await page.locator(ROWS).count();
        assert.ok(rendered < 300, `still windowed after the jump (${rendered} rows)`);
      },
      { allowConsoleErrors: true }
    );
  });

  test('focuses the search box with Ctrl+F and / from inside the transcript', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const log = page.locator(`${COMPONENT} section[role="log"]`);
      const isFocused = (locator) => locator.evaluate((el) => el.matches(':focus'));
      // Into the transcript as a person gets there: a click on a message.
      await clickInLog(page);
      assert.equal(await isFocused(log), true, 'a click in the transcript focuses the log');
      await page.keyboard.press('Control+f');
      assert.equal(await isFocused(page.locator(SEARCH)), true, 'Ctrl+F moves focus to the search box');
      await clickInLog(page);
      assert.equal(await isFocused(log), true);
      await page.keyboard.press('/');
      assert.equal(await isFocused(page.locator(SEARCH)), true, '/ moves focus to the search box');
      await page.keyboard.type('help/');
      assert.equal(await page.locator(SEARCH).inputValue(), 'help/', '"/" types normally in the box');
    });
  });

  test('finds typographic apostrophes, Greek final sigma, and clears on Escape', async () => {
    const response = largeResponse(3);
    const edges = response.data.uiapi.query.ConversationEntry.edges;
    edges[0].node.Message = { value: 'I don’t know where ΟΔΟΣ is' };
    edges[1].node.Message = { value: 'η οδός' };
    await withPage(
      async (page) => {
        await openSample(page, 'messaging-empty');
        await chooseJsonFile(page, 'typographic.json', JSON.stringify(response));
        await page.locator(ROWS).nth(2).waitFor();
        const marks = page.locator(`${COMPONENT} .transcript-match`);
        await page.locator(SEARCH).fill("don't");
        await page.locator(STATUS).filter({ hasText: '1 of 1' }).waitFor();
        assert.deepEqual(await marks.allTextContents(), ['don’t']);
        await page.locator(SEARCH).fill('οδος');
        await page.locator(STATUS).filter({ hasText: '1 of 2' }).waitFor();
        assert.deepEqual(await marks.allTextContents(), ['ΟΔΟΣ', 'οδός']);

        await page.keyboard.press('Escape');
        await assertEventually(
          async () => (await page.locator(STATUS).textContent()) === '',
          'Escape clears the search'
        );
        assert.equal(await page.locator(SEARCH).inputValue(), '');
        assert.equal(await marks.count(), 0);
      },
      { allowConsoleErrors: true }
    );
  });
});

test.describe('one entry by keyboard', () => {
  test("reaches an entry's actions with Tab from the log; they appear while focused and work with Enter", async () => {
    await withPage(
      async (page) => {
        await openSample(page, 'messaging-standard');
        const nodes = sampleNodes('messaging-standard');
        await clickInLog(page);
        assert.equal(
          await page.locator(`${COMPONENT} section[role="log"]`).evaluate((el) => el.matches(':focus')),
          true,
          'a click in the transcript focuses the log'
        );
        await page.keyboard.press('Tab');
        const focused = page.locator(`${COMPONENT} .transcript-entry-actions button:focus`);
        assert.equal(await focused.count(), 1, 'Tab lands on the first entry action');
        assert.equal((await focused.textContent()).trim(), label('Entry_Copy_Text'));
        const box = await focused.boundingBox();
        assert.ok(box && box.width > 20 && box.height > 10, 'the focused action is visible, not clipped');
        await page.keyboard.press('Enter');
        await page
          .locator(`${COMPONENT} .transcript-status-message`)
          .filter({ hasText: label('Entry_Text_Copied') })
          .waitFor();
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), nodes[0].Message.value);
      },
      { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } }
    );
  });
});

test.describe('filters', () => {
  test('hides customers and events, says how many are shown, and brings them back', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const nodes = sampleNodes('messaging-standard');
      const customers = nodes.filter((n) => n.ActorType.value === 'EndUser').length;
      const systems = nodes.filter((n) => n.ActorType.value === 'System').length;
      const count = page.locator(`${COMPONENT} .transcript-count`);
      const requestsAtLoad = (await stats(page)).requests;

      await chooseMenuItem(page, 'transcript-filter-menu', label('Actor_EndUser'));
      await count
        .filter({ hasText: label('Transcript_Shown_Of_Total', nodes.length - customers, nodes.length) })
        .waitFor();
      assert.equal(await page.locator(`${ROWS}.slds-chat-listitem_inbound`).count(), 0);

      await chooseMenuItem(page, 'transcript-filter-menu', label('Filter_Show_Events'));
      const shown = nodes.length - customers - systems;
      await count.filter({ hasText: label('Transcript_Shown_Of_Total', shown, nodes.length) }).waitFor();
      assert.equal(await page.locator(ROWS).count(), shown);
      assert.equal(await page.locator(`${ROWS}.slds-chat-listitem_event`).count(), 0);
      await screenshot(page, 'tools-filtered');

      await chooseMenuItem(page, 'transcript-filter-menu', label('Filter_Show_All'));
      await count.filter({ hasText: label('Transcript_Entry_Count', nodes.length) }).waitFor();
      assert.equal(await page.locator(ROWS).count(), nodes.length);

      // Filtering, searching and scrolling work on the loaded entries: no new GraphQL request.
      await page.locator(SEARCH).fill('order');
      await page.locator(STATUS).filter({ hasText: /\d/ }).waitFor();
      await clickToolbarButton(page, label('Jump_Latest'));
      await assertAtEnd(page, nodes.length, 'Jump to latest');
      // A re-query would come after the search debounce and a round trip: give it a full second
      // (and the preview's request log until it is quiet) before counting.
      await page.waitForTimeout(1000);
      await page.waitForLoadState('networkidle');
      assert.equal((await stats(page)).requests, requestsAtLoad, 'no re-query');
    });
  });
});

test.describe('export', () => {
  test('downloads real .csv, .txt and .json files of the shown or all entries', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const sample = samples.find((s) => s.id === 'messaging-standard');
      const nodes = sampleNodes('messaging-standard');
      const agents = nodes.filter((n) => n.ActorType.value === 'Agent');

      const csv = await download(page, label('Export_Csv'));
      assert.match(csv.name, new RegExp(`^conversation-${sample.recordId}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      const csvText = csv.bytes.subarray(3).toString('utf8');
      const records = csvText.split('\r\n').filter((line) => /^0dw/.test(line));
      assert.equal(records.length, nodes.length);
      assert.ok(csvText.startsWith('Id,Seq,EntryType,ActorType,ActorName'));

      // Only agents, exported as shown; then every entry.
      for (const kind of ['Actor_EndUser', 'Actor_System']) {
        await chooseMenuItem(page, 'transcript-filter-menu', label(kind));
      }
      const txt = await download(page, label('Export_Txt'));
      assert.match(txt.name, /\.txt$/);
      const lines = txt.bytes
        .toString('utf8')
        .split('\n')
        .filter((l) => l.startsWith('['));
      assert.equal(lines.length, agents.length);
      assert.ok(lines.every((l) => l.includes(`${agents[0].ActorName.value} (${label('Actor_Agent')})`)));

      await chooseMenuItem(page, 'transcript-export-menu', label('Export_Scope_All', nodes.length));
      const json = await download(page, label('Export_Json'));
      const parsed = JSON.parse(json.bytes.toString('utf8'));
      assert.equal(parsed.entries.length, nodes.length);
      assert.deepEqual(
        parsed.entries.map((e) => e.id),
        nodes.map((n) => n.Id)
      );
    });
  });

  test('says "Downloading FILE." over the log without moving it, then clears it by itself', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const log = page.locator(`${COMPONENT} section[role="log"]`);
      const message = page.locator(`${COMPONENT} .transcript-status-message`);
      const before = await log.boundingBox();
      const file = await download(page, label('Export_Txt'));
      await message.filter({ hasText: label('Export_Downloaded', file.name) }).waitFor();
      const shown = await message.boundingBox();
      assert.ok(shown && shown.height > 10 && shown.width > 50, 'the message is visible');
      assert.deepEqual(await log.boundingBox(), before, 'the log did not move');
      await screenshot(page, 'tools-status-message');
      await assertEventually(
        async () => (await message.textContent()).trim() === '',
        'the message clears itself',
        10000
      );
      assert.deepEqual(await log.boundingBox(), before, 'the log did not move back either');
    });
  });

  test('copies the transcript and one entry link to the clipboard', async () => {
    await withPage(
      async (page) => {
        await openSample(page, 'messaging-standard');
        const nodes = sampleNodes('messaging-standard');
        await chooseMenuItem(page, 'transcript-export-menu', label('Export_Copy'));
        await page
          .locator(`${COMPONENT} .transcript-status-message`)
          .filter({ hasText: label('Export_Copied', label('Transcript_Entry_Count', nodes.length)) })
          .waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied.split('\n').filter((l) => l.startsWith('[')).length, nodes.length);
        assert.ok(copied.includes(nodes[2].Message.value));

        const third = page.locator(ROWS).nth(2);
        await third.locator('.slds-chat-message__text').hover();
        await third.getByRole('button', { name: label('Entry_Copy_Link') }).click();
        const link = await page.evaluate(() => navigator.clipboard.readText());
        assert.ok(link.endsWith(`#transcript-entry-${nodes[2].Id}`), link);

        // Opening the link highlights that entry and scrolls it into view.
        await page.goto(link);
        const target = page.locator(`${COMPONENT} li.transcript-row_target`);
        await target.waitFor();
        assert.equal(await target.getAttribute('data-entry-id'), nodes[2].Id);
        await assertInsideLog(page, target);
      },
      { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } }
    );
  });

  test('prints every row of a long transcript and no toolbar', async () => {
    test.setTimeout(120000);
    await withPage(
      async (page) => {
        await openSample(page, 'messaging-empty');
        await chooseJsonFile(page, 'print.json', JSON.stringify(largeResponse(600)));
        await page.locator(`${COMPONENT} li[aria-setsize="600"]`).first().waitFor({ timeout: 60000 });
        assert.ok((await page.locator(ROWS).count()) < 600);

        // The browser's own Print: a transcript this short gets the whole printout at once.
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        await page.emulateMedia({ media: 'print' });
        const printed = page.locator(`${COMPONENT} c-transcript-print-rows .print-row`);
        assert.equal(await printed.count(), 600);
        assert.equal(await page.locator(`${COMPONENT} section[role="log"]`).isVisible(), false);
        assert.equal(await page.locator(`${COMPONENT} .transcript-toolbar`).isVisible(), false);
        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.length > 10000, `a real PDF was printed (${pdf.length} bytes)`);

        await page.emulateMedia({ media: 'screen' });
        await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
        await assertEventually(async () => (await printed.count()) === 0, 'the printout is gone');
        assert.ok((await page.locator(ROWS).count()) < 600, 'still windowed');
      },
      { allowConsoleErrors: true }
    );
  });
});

/** The element's box lies inside the scrolling log's visible box. */
async function assertInsideLog(page, locator) {
  await assertEventually(async () => {
    const box = await locator.boundingBox();
    const log = await page.locator(`${COMPONENT} section[role="log"]`).boundingBox();
    return box !== null && log !== null && box.y >= log.y - 1 && box.y + box.height <= log.y + log.height + 1;
  }, 'the element is scrolled into the visible part of the log');
}

async function assertEventually(check, message, timeout = 5000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(message);
}
