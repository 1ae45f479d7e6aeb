/**
 * Real platform states in the preview, in real Chromium: the French translation with French date and
 * number formats, time zones, right-to-left message text in a left-to-right page, and the specific
 * message for each access failure UI API can answer with (the preview's lightning/graphql answers
 * ?errors=… exactly as UI API does: HTTP-200 style, `data: {}`, reasons in `errors`).
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import {
  BASE_URL,
  label,
  labelIn,
  sampleNodes,
  screenshot,
  waitSettled,
  COMPONENT,
  ROWS,
  usePages,
  chooseJsonFile
} from './helpers.mjs';

test.describe.configure({ timeout: 60000 });

/** Failed requests are expected here: the access tests answer with errors. */
const withPage = usePages({ ignore: (problem) => problem.includes('Failed to load resource') });

/** Opens a sample with extra URL parameters and waits for a settled state. */
async function open(page, sample, params = '') {
  await page.goto(`${BASE_URL}?sample=${sample}&latency=0${params}`);
  await page.waitForSelector(`body[data-preview-sample="${sample}"]`);
  await waitSettled(page);
}

const text = async (locator) => (await locator.textContent()).trim();
const firstTime = (page) => page.locator(`${COMPONENT} time.transcript-time`).first();

test.describe('French (lang=fr, locale=fr-FR, tz=Europe/Paris)', () => {
  const nodes = sampleNodes('messaging-bot-handoff');
  const FR = '&lang=fr&locale=fr-FR&tz=Europe/Paris';

  test('shows French labels: title, entry count, event labels, actor types and status badges', async () => {
    await withPage(async (page) => {
      await open(page, 'messaging-bot-handoff', FR);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
      assert.equal(
        await text(page.locator(`${COMPONENT} lightning-card`).getByRole('heading').first()),
        labelIn('fr', 'Transcript_Title')
      );
      assert.equal(
        await text(page.locator(`${COMPONENT} .transcript-count`)),
        labelIn('fr', 'Transcript_Entry_Count', nodes.length.toLocaleString('fr-FR'))
      );
      const escalated = nodes.findIndex((n) => n.EntryType.value === 'BotEscalated');
      assert.equal(
        await text(page.locator(ROWS).nth(escalated).locator('.transcript-event-label')),
        labelIn('fr', 'Entry_BotEscalated')
      );
      assert.equal(labelIn('fr', 'Entry_BotEscalated'), 'Le bot a transféré la conversation');
      assert.notEqual(labelIn('fr', 'Entry_BotEscalated'), label('Entry_BotEscalated'));
      // The accessible name of the log is French too.
      assert.equal(
        await page.locator(`${COMPONENT} section[role="log"]`).getAttribute('aria-label'),
        labelIn('fr', 'Transcript_Log_Label')
      );
      await screenshot(page, 'fr-bot-handoff');
    });
  });

  test('formats times as French 24-hour times in Paris, inside the French "said" label', async () => {
    const standard = sampleNodes('messaging-standard');
    await withPage(async (page) => {
      await open(page, 'messaging-standard', FR);
      const time = firstTime(page);
      const iso = await time.getAttribute('datetime');
      const expected = new Intl.DateTimeFormat('fr-FR', {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'Europe/Paris'
      }).format(new Date(iso));
      assert.equal(await text(time), expected);
      assert.match(expected, /^\d{2}:\d{2}$/, `a French 24-hour time, got ${expected}`);
      assert.equal(await text(time), '18:58', 'May 14, 2024 16:58 UTC is 18:58 in Paris');
      const firstMessage = standard.findIndex(
        (n) => n.EntryType.value === 'Text' && n.ActorType.value !== 'System'
      );
      const meta = page.locator(ROWS).nth(firstMessage).locator('.slds-chat-message__meta');
      assert.equal(
        await meta.getAttribute('aria-label'),
        labelIn('fr', 'Transcript_Said', standard[firstMessage].ActorName.value, expected)
      );
      const badgeLocator = page.locator(`${COMPONENT} .transcript-status`);
      const badges = [];
      for (let i = 0; i < (await badgeLocator.count()); i++)
        badges.push(await badgeLocator.nth(i).textContent());
      const french = new Set(['Status_Sent', 'Status_Delivered', 'Status_Read'].map((n) => labelIn('fr', n)));
      assert.ok(
        badges.some((b) => french.has(b.trim())),
        `French statuses, got ${JSON.stringify(badges.slice(0, 4))}`
      );
    });
  });

  test('keeps English by default (npm start): labels, lang, locale and time zone', async () => {
    await withPage(async (page) => {
      await open(page, 'messaging-bot-handoff');
      assert.deepEqual(await page.evaluate(() => window.__previewI18n), {
        locale: 'en-US',
        timeZone: 'America/Los_Angeles',
        lang: 'en',
        dir: 'ltr'
      });
      assert.equal(
        await text(page.locator(`${COMPONENT} .transcript-count`)),
        label('Transcript_Entry_Count', nodes.length)
      );
    });
  });

  test('switches language, locale and time zone with the page control', async () => {
    await withPage(async (page) => {
      await open(page, 'messaging-bot-handoff');
      await page.selectOption('#i18n-lang', 'fr');
      await page.selectOption('#i18n-locale', 'fr-FR');
      await page.selectOption('#i18n-tz', 'Europe/Paris');
      await Promise.all([page.waitForURL(/lang=fr/), page.click('#i18n-apply')]);
      await page.waitForSelector('body[data-preview-sample="messaging-bot-handoff"]');
      await waitSettled(page);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('locale'), 'fr-FR');
      assert.equal(url.searchParams.get('tz'), 'Europe/Paris');
      assert.equal(
        await text(page.locator(`${COMPONENT} .transcript-count`)),
        labelIn('fr', 'Transcript_Entry_Count', nodes.length)
      );
      assert.match(await text(page.locator('#record-i18n')), /fr-FR · Europe\/Paris · fr/);
    });
  });
});

test.describe('time zones', () => {
  test('the same entry shows a different time in another time zone', async () => {
    await withPage(async (page) => {
      const shown = {};
      for (const tz of ['America/Los_Angeles', 'Asia/Tokyo']) {
        await open(page, 'messaging-standard', `&locale=en-US&tz=${encodeURIComponent(tz)}`);
        const time = firstTime(page);
        const iso = await time.getAttribute('datetime');
        shown[tz] = await text(time);
        assert.equal(
          shown[tz],
          new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: tz }).format(
            new Date(iso)
          ),
          tz
        );
      }
      assert.equal(shown['America/Los_Angeles'], '9:58 AM');
      assert.equal(shown['Asia/Tokyo'], '1:58 AM');
    });
  });
});

test.describe('right-to-left message text', () => {
  test('shows Arabic and Hebrew messages right-to-left (dir="auto") in a left-to-right page', async () => {
    const base = sampleNodes('messaging-standard').filter(
      (n) => n.EntryType.value === 'Text' && n.ActorType.value !== 'System'
    );
    const texts = ['مرحبا، أحتاج إلى مساعدة بخصوص طلبي', 'שלום, איך אפשר לעזור?', 'Hello, how can I help?'];
    const nodes = texts.map((message, i) => ({
      ...structuredClone(base[i]),
      Id: `0dw00000000RTL${i}AAA`,
      Seq: { value: i + 1 },
      Message: { value: message }
    }));
    const response = {
      data: { uiapi: { query: { ConversationEntry: { edges: nodes.map((node) => ({ node })) } } } }
    };
    await withPage(async (page) => {
      await open(page, 'messaging-empty');
      await chooseJsonFile(page, 'rtl.json', JSON.stringify(response));
      await page.locator(ROWS).nth(2).waitFor();
      const directions = await page
        .locator(`${COMPONENT} .transcript-text`)
        .evaluateAll((els) =>
          els.map((el) => [el.textContent.trim(), el.getAttribute('dir'), getComputedStyle(el).direction])
        );
      assert.deepEqual(directions, [
        [texts[0], 'auto', 'rtl'],
        [texts[1], 'auto', 'rtl'],
        [texts[2], 'auto', 'ltr']
      ]);
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).direction), 'ltr');
      assert.equal(
        await page
          .locator(`${COMPONENT} section[role="log"]`)
          .evaluate((el) => getComputedStyle(el).direction),
        'ltr',
        'the log itself stays left-to-right'
      );
      await screenshot(page, 'rtl-messages');
    });
  });
});

test.describe('access failures (?errors=…)', () => {
  const cases = [
    ['no-access', 'no-access', () => label('Access_No_Permission')],
    ['object-hidden', 'object-hidden', () => label('Access_Object_Hidden')],
    ['unsupported', 'unsupported', () => label('Access_Unsupported_Object')],
    [
      'field-hidden',
      'field-hidden:Message',
      () => label('Access_Field_Hidden', 'Message', label('Access_Object_ConversationEntry'))
    ],
    [
      'two FLS-hidden fields',
      'field-hidden:ActorName,Message',
      () => label('Access_Fields_Hidden', 'ActorName, Message', label('Access_Object_ConversationEntry'))
    ]
  ];
  for (const [name, errors, expected] of cases) {
    test(`${name}: shows the specific message and the fix`, async () => {
      await withPage(async (page) => {
        await open(page, 'messaging-standard', `&errors=${encodeURIComponent(errors)}`);
        const panel = page.locator(`${COMPONENT} c-error-panel`);
        await panel.waitFor();
        assert.equal(await text(panel.locator('.error-heading')), label('Error_Title'));
        assert.equal(await text(panel.locator('.error-message')), expected());
        if (name !== 'field-hidden' && name !== 'two FLS-hidden fields') {
          assert.match(
            await text(panel.locator('.error-message')),
            /Conversation Transcript Viewer permission set/
          );
        }
        assert.equal(await page.locator(ROWS).count(), 0);
        // The raw reasons are one click away.
        await panel.getByRole('button', { name: label('Error_Show_Details') }).click();
        assert.ok((await panel.locator('.error-details li').count()) >= 1);
        if (name === 'object-hidden') {
          const result = await new AxeBuilder({ page }).include(COMPONENT).analyze();
          assert.deepEqual(
            result.violations.map((v) => v.id),
            []
          );
          await screenshot(page, 'error-object-hidden');
        }
      });
    });
  }

  test('field-hidden for a field the query does not select changes nothing', async () => {
    await withPage(async (page) => {
      await open(page, 'messaging-standard', '&errors=field-hidden:NotQueried__c');
      assert.equal(await page.locator(`${COMPONENT} c-error-panel`).count(), 0);
      assert.equal(await page.locator(ROWS).count(), sampleNodes('messaging-standard').length);
    });
  });

  test('the FLS message is French, with the field name, when the page is French', async () => {
    await withPage(async (page) => {
      await open(page, 'messaging-standard', '&errors=field-hidden:Message&lang=fr&locale=fr-FR');
      const panel = page.locator(`${COMPONENT} c-error-panel`);
      await panel.waitFor();
      assert.equal(await text(panel.locator('.error-heading')), labelIn('fr', 'Error_Title'));
      assert.equal(
        await text(panel.locator('.error-message')),
        labelIn('fr', 'Access_Field_Hidden', 'Message', labelIn('fr', 'Access_Object_ConversationEntry'))
      );
      assert.match(
        await text(panel.locator('.error-message')),
        /le champ Message de l’objet Entrée de conversation/
      );
    });
  });
});
