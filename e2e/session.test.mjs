/**
 * Session states in a real browser: the session header (getRecord stand-in), the lifecycle notice and the
 * automatic reload when a session ends, Refresh, the enhanced-channel and ended-empty notices, the
 * console's live conversation log (?toolkit=live) and its silent fallbacks, and the voice call header.
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import {
  BASE_URL,
  axeViolations,
  label,
  sampleNodes,
  screenshot,
  stats,
  COMPONENT,
  ROWS,
  usePages
} from './helpers.mjs';

const HEADER = `${COMPONENT} c-transcript-session-header`;
const NOTICE = `${COMPONENT} c-transcript-notice .transcript-notice`;

test.describe.configure({ timeout: 60000 });

const withPage = usePages();

const axe = (page) => axeViolations(page, COMPONENT);

/** Opens a sample and waits until the header has its facts and the first answer has arrived. */
async function openSession(page, id, extra = '') {
  await page.goto(`${BASE_URL}?sample=${encodeURIComponent(id)}&latency=0${extra}`);
  await page.waitForSelector(`body[data-preview-sample="${id}"]`);
  await page.waitForFunction(() => (window.__previewStats?.responses ?? 0) >= 1);
  await page.locator(`${HEADER} dd`).first().waitFor();
  await page.locator(`${COMPONENT} lightning-spinner`).waitFor({ state: 'detached' });
}

async function facts(page) {
  const labels = await page.locator(`${HEADER} dt`).allTextContents();
  const values = await page.locator(`${HEADER} dd`).allTextContents();
  return labels.map((l, i) => `${l.trim()} ${values[i].trim()}`);
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();
const noticeText = async (page) => squash(await page.locator(NOTICE).textContent());
const texts = async (page) =>
  (await page.locator(`${COMPONENT} .transcript-text`).allTextContents()).map((t) => t.trim());
const messagesOf = (nodes) => nodes.filter((n) => n.EntryType.value === 'Text' && n.Message.value);

test.describe('session header and lifecycle', () => {
  const nodes = sampleNodes('messaging-standard');

  test('an active session: header, open notice, only the first entry stored', async () => {
    await withPage(async (page) => {
      await openSession(page, 'messaging-standard', '&status=Active');
      assert.deepEqual(await facts(page), [
        `${label('Session_Channel')}: Acme Support SMS (Text)`,
        `${label('Session_Status')}: Active`,
        `${label('Session_Started')}: May 14, 2024, 9:58 AM`
      ]);
      const notice = await noticeText(page);
      assert.ok(notice.includes(label('Session_Notice_Open_Title')), notice);
      assert.ok(notice.includes(label('Session_Notice_Open_Body')), notice);
      assert.equal(await page.locator(ROWS).count(), 1);
      assert.deepEqual(await axe(page), []);
      await screenshot(page, 'session-active');
    });
  });

  test('reloads the entries by itself when the session ends', async () => {
    await withPage(async (page) => {
      await openSession(page, 'messaging-standard', '&status=Active');
      const before = (await stats(page)).requests;
      await page.click('#end-session');
      await page.waitForFunction((n) => window.__previewStats.requests > n, before);
      await page
        .locator(ROWS)
        .nth(nodes.length - 1)
        .waitFor();
      assert.equal(await page.locator(ROWS).count(), nodes.length);
      assert.ok((await stats(page)).requests > before, 'a new ConversationEntry request');
      assert.ok((await facts(page)).includes(`${label('Session_Status')}: Ended`));
      assert.equal(await page.locator(NOTICE).count(), 0, 'no open notice once ended');
      assert.deepEqual(
        await texts(page),
        messagesOf(nodes).map((n) => n.Message.value)
      );
    });
  });

  test('Refresh re-reads the record and the entries', async () => {
    await withPage(async (page) => {
      await openSession(page, 'messaging-standard');
      const before = (await stats(page)).requests;
      const button = page.locator(`${HEADER} lightning-button-icon button`);
      assert.equal(await button.getAttribute('title'), label('Session_Refresh'));
      await button.click();
      await page.waitForFunction((n) => window.__previewStats.requests > n, before);
      await page
        .locator(ROWS)
        .nth(nodes.length - 1)
        .waitFor();
      assert.equal(await page.locator(ROWS).count(), nodes.length);
      const session = await page.evaluate(() => ({ ...window.__previewSessionStats }));
      assert.equal(session.notifyRecordUpdateAvailable, 1);
      assert.deepEqual(await facts(page), [
        `${label('Session_Channel')}: Acme Support SMS (Text)`,
        `${label('Session_Status')}: Ended`,
        `${label('Session_Started')}: May 14, 2024, 9:58 AM`,
        `${label('Session_Duration')}: 15:44`
      ]);
    });
  });
});

test.describe('notices', () => {
  test('enhanced channel: every message blank → why, and where the transcript lives', async () => {
    await withPage(async (page) => {
      await openSession(page, 'messaging-enhanced');
      const notice = await noticeText(page);
      assert.ok(notice.includes(label('Session_Notice_Enhanced_Title')), notice);
      assert.ok(notice.includes(label('Session_Notice_Enhanced_Body')), notice);
      assert.ok(notice.includes(label('Session_Notice_Enhanced_Where')), notice);
      assert.equal(await page.locator(NOTICE).getAttribute('role'), 'status');
      assert.equal(await page.locator(`${COMPONENT} c-error-panel`).count(), 0, 'not an error');
      assert.equal(await page.locator(ROWS).count(), sampleNodes('messaging-enhanced').length);
      assert.deepEqual(await axe(page), []);
      await screenshot(page, 'session-enhanced-notice');
    });
  });

  test('ended session without rows → why and where, instead of "No entries yet"', async () => {
    await withPage(async (page) => {
      await openSession(page, 'messaging-empty', '&status=Ended');
      await page.locator(NOTICE).waitFor();
      const notice = await noticeText(page);
      assert.ok(notice.includes(label('Session_Notice_Ended_Empty_Title')), notice);
      assert.ok(notice.includes(label('Session_Notice_Enhanced_Where')), notice);
      assert.equal(await page.locator(`${COMPONENT} .transcript-empty`).count(), 0);
      assert.deepEqual(await axe(page), []);
      await screenshot(page, 'session-ended-empty');
    });
  });

  test('status hidden from the user: the generic empty state stays', async () => {
    await withPage(async (page) => {
      await openSession(page, 'messaging-empty');
      await page.locator(`${COMPONENT} .transcript-empty`).waitFor();
      assert.equal(await page.locator(NOTICE).count(), 0);
      assert.deepEqual(await facts(page), [
        `${label('Session_Channel')}: Acme WhatsApp (WhatsApp)`,
        `${label('Session_Started')}: May 14, 2024, 11:00 AM`,
        `${label('Session_Duration')}: 20:30`
      ]);
    });
  });
});

test.describe('live console log (?toolkit=live)', () => {
  const nodes = sampleNodes('messaging-standard');
  const messages = messagesOf(nodes);

  test('merges the console log with the stored entry, each message once, and marks the count', async () => {
    await withPage(async (page) => {
      await openSession(page, 'messaging-standard', '&status=Active&toolkit=live');
      await page.locator(`${HEADER} .session-live`).waitFor();
      assert.deepEqual(
        await texts(page),
        messages.map((n) => n.Message.value)
      );
      assert.equal(
        squash(await page.locator(`${HEADER} .session-live`).textContent()),
        label('Session_Live_Included', messages.length - 1)
      );
      // Each live-only row carries the Live marker; the stored first entry does not.
      const markers = page.locator(`${ROWS} .transcript-source`);
      assert.equal(await markers.count(), messages.length - 1);
      assert.equal(squash(await markers.first().textContent()), label('Session_Live_Marker'));
      assert.equal(await page.locator(`${ROWS}`).first().locator('.transcript-source').count(), 0);
      assert.deepEqual(await axe(page), []);
      await screenshot(page, 'session-live-log');

      // The platform's side: the record's Status changes and getRecord delivers it (the preview's
      // "End session" button changes the getRecord stand-in's record).
      await page.click('#end-session');
      await page.locator(`${HEADER} .session-live`).waitFor({ state: 'detached' });
      assert.ok((await facts(page)).includes(`${label('Session_Status')}: Ended`), 'getRecord says Ended');
      assert.equal(await page.locator(ROWS).count(), nodes.length, 'stored entries replace live rows');
      assert.deepEqual(
        await texts(page),
        messages.map((n) => n.Message.value)
      );
    });
  });

  for (const mode of ['off', 'error', 'throw']) {
    test(`toolkit=${mode}: ConversationEntry alone, silently`, async () => {
      await withPage(async (page) => {
        await openSession(page, 'messaging-standard', `&status=Active&toolkit=${mode}`);
        // The toolkit's answer has settled and the component has rendered what it made of it: a live
        // header would show by now.
        await page.waitForFunction(() => window.__previewSessionStats.toolkitSettled >= 1);
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
        );
        assert.equal(await page.locator(ROWS).count(), 1);
        assert.equal(await page.locator(`${HEADER} .session-live`).count(), 0);
        assert.equal(await page.locator(`${COMPONENT} c-error-panel`).count(), 0);
      });
    });
  }
});

test.describe('voice call header', () => {
  test('shows the call type, start and total duration, in the chosen locale and time zone', async () => {
    await withPage(async (page) => {
      await openSession(page, 'voice-call');
      assert.deepEqual(await facts(page), [
        `${label('Session_Call_Type')}: Inbound`,
        `${label('Session_Started')}: May 16, 2024, 7:03 AM`,
        `${label('Session_Duration')}: 1:31`
      ]);
      assert.deepEqual(await axe(page), []);
      await screenshot(page, 'session-voice-header');
    });
    await withPage(async (page) => {
      await openSession(page, 'voice-call', '&locale=de-DE&timeZone=Europe/Berlin&lang=de');
      assert.ok((await facts(page)).includes(`${label('Session_Started')}: 16. Mai 2024, 16:03`));
    });
  });
});
