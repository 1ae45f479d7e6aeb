/**
 * The transcript's look at record-page widths, measured as geometry and computed styles (never pixels):
 * event rows centred on the log, avatars on the outer side, a toolbar of at most two rows in a narrow
 * column, quiet delivery status (an Error with its code), rows whose height hovering or focusing never
 * changes, and long unbroken names and texts that wrap inside the card.
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import {
  label,
  openSample,
  sampleNodes,
  screenshot,
  COMPONENT,
  ROWS,
  LOG,
  usePages,
  chooseJsonFile,
  wireResponse
} from './helpers.mjs';

test.describe.configure({ timeout: 90000 });

const WIDTHS = [1280, 800, 400];

const withPage = usePages();
const atWidth = (width) => ({ contextOptions: { viewport: { width, height: 900 } } });

async function box(locator) {
  const b = await locator.boundingBox();
  assert.ok(b, 'the element is laid out');
  return b;
}

/** Distinct vertical centres (within 8 px) of the given boxes: how many rows they sit on. */
function rowsOf(boxes) {
  const centres = [];
  for (const b of boxes) {
    const c = b.y + b.height / 2;
    if (!centres.some((t) => Math.abs(t - c) <= 8)) centres.push(c);
  }
  return centres.length;
}

test.describe('event rows', () => {
  for (const width of WIDTHS) {
    test(`are centred on the log and span it at ${width} px`, async () => {
      await withPage(async (page) => {
        await openSample(page, 'messaging-bot-handoff');
        const log = await box(page.locator(LOG));
        const centre = log.x + log.width / 2;
        const events = page.locator(`${ROWS}.slds-chat-listitem_event`);
        const count = await events.count();
        assert.ok(count >= 3, `the sample shows event rows (${count})`);
        for (let i = 0; i < count; i++) {
          const row = events.nth(i);
          const line = await box(row.locator('c-transcript-entry .slds-chat-event'));
          const offset = line.x + line.width / 2 - centre;
          assert.ok(Math.abs(offset) <= 2, `event ${i + 1} is ${offset.toFixed(1)} px off the log's centre`);
          const host = await box(row.locator('c-transcript-entry'));
          const item = await box(row);
          assert.ok(
            host.width >= item.width - 40,
            `event ${i + 1}'s host spans the row (${host.width} of ${item.width})`
          );
          assert.equal(
            await row
              .locator('.transcript-actor')
              .evaluate((el) => el.classList.contains('slds-assistive-text')),
            true,
            `event ${i + 1} does not start with a visible "System"`
          );
        }
      }, atWidth(width));
    });
  }
});

test.describe('messages', () => {
  test('show avatars on the outer side: inbound at the start, outbound at the end, also at 400 px', async () => {
    for (const width of [1280, 400]) {
      await withPage(async (page) => {
        await openSample(page, 'messaging-bot-handoff');
        for (const side of ['inbound', 'outbound']) {
          const row = page
            .locator(`${ROWS}.slds-chat-listitem_${side}`)
            .filter({ has: page.locator('lightning-avatar') })
            .first();
          const avatar = await box(row.locator('lightning-avatar'));
          const bubble = await box(row.locator('.slds-chat-message__text'));
          if (side === 'inbound') {
            assert.ok(
              avatar.x + avatar.width <= bubble.x,
              `${width} px: the inbound avatar is left of its bubble`
            );
          } else {
            assert.ok(
              avatar.x >= bubble.x + bubble.width,
              `${width} px: the outbound avatar is right of its bubble`
            );
          }
        }
      }, atWidth(width));
    }
  });

  test('show Sent, Delivered and Read as quiet text no bolder than the name; an Error with its code', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const quiet = new Set([label('Status_Sent'), label('Status_Delivered'), label('Status_Read')]);
      const rows = page.locator(`${ROWS}:not(.slds-chat-listitem_event)`);
      const count = await rows.count();
      let checked = 0;
      for (let i = 0; i < count; i++) {
        const meta = rows.nth(i).locator('.slds-chat-message__meta');
        const status = meta.locator('.transcript-status');
        if ((await status.count()) === 0) continue;
        const text = (await status.textContent()).trim();
        if (!quiet.has(text)) continue;
        const [statusWeight, nameWeight] = await Promise.all([
          status.evaluate((el) => Number(getComputedStyle(el).fontWeight)),
          meta.locator('.transcript-actor').evaluate((el) => Number(getComputedStyle(el).fontWeight))
        ]);
        assert.ok(
          statusWeight <= nameWeight,
          `"${text}" (${statusWeight}) is no bolder than the name (${nameWeight})`
        );
        assert.ok(statusWeight < 600, `"${text}" is not bold (${statusWeight})`);
        checked++;
      }
      assert.ok(checked > 5, `Sent / Delivered / Read statuses checked (${checked})`);

      const failed = sampleNodes('messaging-standard').find((n) => n.MessageStatus?.value === 'Error');
      const error = page.locator(`${ROWS}[data-entry-id="${failed.Id}"] .transcript-status`);
      assert.equal(
        (await error.textContent()).trim(),
        label('Status_Error_Code', failed.MessageStatusCode.value),
        'the Error carries its MessageStatusCode'
      );
      assert.equal(await error.locator('lightning-icon').count(), 1, 'the Error has its icon');
      const time = page.locator(`${ROWS}[data-entry-id="${failed.Id}"] .transcript-time`);
      const [errorColour, timeColour] = await Promise.all([
        error.evaluate((el) => getComputedStyle(el).color),
        time.evaluate((el) => getComputedStyle(el).color)
      ]);
      assert.notEqual(errorColour, timeColour, 'the Error stands out in the error colour');
    });
  });
});

test.describe('toolbar', () => {
  test('takes at most two rows at 400 px and one at 1280 px, with a clear edge above the log', async () => {
    for (const [width, most] of [
      [400, 2],
      [1280, 1]
    ]) {
      await withPage(async (page) => {
        await openSample(page, 'messaging-standard');
        const toolbar = page.locator(`${COMPONENT} c-transcript-toolbar`);
        const controls = toolbar.locator(
          'lightning-input.transcript-search, lightning-button-icon, lightning-button-menu, lightning-button-icon-stateful, lightning-helptext'
        );
        const boxes = [];
        for (let i = 0; i < (await controls.count()); i++) boxes.push(await box(controls.nth(i)));
        const rows = rowsOf(boxes);
        assert.ok(rows <= most, `${width} px: the toolbar's controls sit on ${rows} rows (at most ${most})`);
        const search = await box(toolbar.locator('lightning-input.transcript-search'));
        const bar = await box(toolbar);
        assert.ok(
          bar.height <= most * (search.height + 4) + (most - 1) * 12,
          `${width} px: toolbar ${bar.height} px tall`
        );
        const edge = await page
          .locator(`${COMPONENT} c-transcript-log`)
          .evaluate((el) => getComputedStyle(el).borderTopStyle);
        assert.equal(edge, 'solid', 'a divider between the toolbar and the log');
        if (width === 400) await screenshot(page, 'look-400');
      }, atWidth(width));
    }
  });

  test('shows the whole French search placeholder at 1280 px', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard', '&lang=fr&locale=fr-FR');
      const input = page.locator(`${COMPONENT} lightning-input.transcript-search input`);
      const fits = await input.evaluate((el) => {
        const style = getComputedStyle(el);
        const canvas = document.createElement('canvas').getContext('2d');
        canvas.font = `${style.fontSize} ${style.fontFamily}`;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: el.placeholder, needed: canvas.measureText(el.placeholder).width, room };
      });
      assert.ok(fits.needed <= fits.room, `"${fits.text}" needs ${fits.needed} px, has ${fits.room}`);
    }, atWidth(1280));
  });
});

test.describe('rows', () => {
  for (const width of [1280, 400]) {
    test(`keep their height when hovered or when an action has focus at ${width} px`, async () => {
      await withPage(async (page) => {
        await openSample(page, 'messaging-standard');
        const rows = page.locator(ROWS);
        for (let i = 0; i < 4; i++) {
          const row = rows.nth(i);
          const before = await box(row);
          await row.locator('.slds-chat-message__text, .slds-chat-event__body').first().hover();
          const hovered = await box(row);
          assert.equal(hovered.height, before.height, `row ${i + 1} keeps its height on hover`);
          await row.locator('.transcript-copy-link').focus();
          await page.mouse.move(0, 0);
          const focused = await box(row);
          assert.equal(
            focused.height,
            before.height,
            `row ${i + 1} keeps its height while an action has focus`
          );
          assert.ok(
            (await row
              .locator('.transcript-copy-link')
              .evaluate((el) => getComputedStyle(el.parentElement).opacity)) === '1',
            'the focused action shows'
          );
        }
      }, atWidth(width));
    });
  }

  test('wrap a long unbroken name and text inside the card at 400 px (no sideways scrolling)', async () => {
    const nodes = structuredClone(sampleNodes('messaging-standard'));
    const customer = nodes.find((n) => n.ActorType.value === 'EndUser' && n.EntryType.value === 'Text');
    customer.ActorName = { value: `Customer${'X'.repeat(90)}` };
    customer.Message = { value: `https://example.com/${'a'.repeat(300)}` };
    const response = wireResponse(nodes);
    await withPage(async (page) => {
      await openSample(page, 'messaging-empty');
      await chooseJsonFile(page, 'long-name.json', JSON.stringify(response));
      const row = page.locator(`${ROWS}[data-entry-id="${customer.Id}"]`);
      await row.waitFor();
      const log = page.locator(LOG);
      const [scrollWidth, clientWidth] = await log.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      assert.ok(
        scrollWidth <= clientWidth,
        `the log does not scroll sideways (${scrollWidth} > ${clientWidth})`
      );
      const logBox = await box(log);
      for (const part of ['.transcript-actor', '.slds-chat-message__text', '.slds-chat-message__meta']) {
        const b = await box(row.locator(part).first());
        assert.ok(
          b.x >= logBox.x - 1 && b.x + b.width <= logBox.x + logBox.width + 1,
          `${part} stays inside the log`
        );
      }
      await screenshot(page, 'look-long-name-400');
    }, atWidth(400));
  });
});
