/**
 * The committed XSS corpus (e2e/data/xss-payloads.json) in every text field of ConversationEntry,
 * rendered by the real component in Chromium: no script runs (page-level traps) and every payload is
 * shown as literal text.
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowser, newPage, openSample, root, screenshot, COMPONENT, chooseJsonFile } from './helpers.mjs';
import { node, response } from '../preview/samples/generate.mjs';
import { writeFigure } from '../scripts/figures.mjs';

const { payloads } = JSON.parse(fs.readFileSync(path.join(root, 'e2e', 'data', 'xss-payloads.json'), 'utf8'));

/** One entry per payload, in every text field, built by the same node builder as the samples. */
function hostileResponse() {
  return response(
    payloads.map((payload, i) =>
      node({
        id: `0dw${String(i + 1).padStart(12, '0')}AAA`,
        seq: i + 1,
        entryType: 'Text',
        actorType: ['EndUser', 'Agent', 'System', 'Bot'][i % 4],
        actorName: payload,
        message: payload,
        messageStatus: i % 3 === 0 ? 'Error' : 'Delivered',
        messageStatusCode: payload,
        messageIdentifier: payload,
        time: Date.UTC(2024, 4, 14, 16, 0, i)
      })
    )
  );
}

const browser = useBrowser();

test.describe('hostile text in a real browser', () => {
  test(`${payloads.length} XSS payloads render as literal text and never execute`, async () => {
    test.setTimeout(90000);
    const { context, page } = await newPage(browser());
    const dialogs = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    try {
      // Traps: any payload that runs sets window.__xss or opens a dialog.
      await page.addInitScript(() => {
        Object.defineProperty(window, '__xss', {
          configurable: false,
          get: () => window.__xssHits ?? undefined,
          set: (value) => {
            window.__xssHits = (window.__xssHits ?? 0) + 1 + 0 * value;
          }
        });
      });
      await openSample(page, 'messaging-empty');
      await chooseJsonFile(page, 'hostile.json', JSON.stringify(hostileResponse()));
      const rows = page.locator(`${COMPONENT} li.slds-chat-listitem`);
      await rows.nth(payloads.length - 1).waitFor({ state: 'attached', timeout: 30000 });
      // Give event handlers (onerror, onload, autofocus) a chance to fire.
      await page.waitForTimeout(500);

      assert.equal(await rows.count(), payloads.length);
      const texts = await page.locator(`${COMPONENT} .transcript-text`).allTextContents();
      assert.deepEqual(texts, payloads, 'every payload shown as literal text, in order');
      const names = await page
        .locator(`${COMPONENT} li.slds-chat-listitem .transcript-actor`)
        .allTextContents();
      assert.deepEqual(names, payloads, 'every actor name shown as literal text');
      const injected = await page
        .locator(
          `${COMPONENT} li.slds-chat-listitem :is(script, iframe, object, embed, img, a, form, input, video, audio, details, math, style, link, meta, base)`
        )
        .count();
      assert.equal(injected, 0, 'no element created from entry data');
      assert.equal(await page.evaluate(() => window.__xssHits ?? 0), 0, 'no payload executed');
      assert.deepEqual(dialogs, [], 'no dialog opened');
      writeFigure('e2e-xss', { payloads: payloads.length });
      await screenshot(page, 'xss-corpus');
    } finally {
      await context.close();
    }
  });
});
