/**
 * What a person sees in c-conversation-transcript on the preview record page, in real Chromium with the
 * real base components and SLDS. Synthetic shadow: Playwright CSS selectors reach inside components
 * (document.querySelectorAll does not), so every query goes through page.locator.
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import {
  axeViolations,
  expectedLayout,
  label,
  largeResponse,
  newPage,
  openSample,
  sampleNodes,
  samples,
  screenshot,
  stats,
  waitSettled,
  COMPONENT,
  ROWS,
  usePages,
  chooseJsonFile
} from './helpers.mjs';
import { assertAtEnd } from './scrolling.mjs';
import { writeFigure } from '../scripts/figures.mjs';

test.describe.configure({ timeout: 60000 });

const withPage = usePages();
const axe = (page) => axeViolations(page, COMPONENT);

/** The message at `i` follows a message by the same actor (same type and name, same UTC day). */
function continuesRun(nodes, i) {
  const above = nodes[i - 1];
  const node = nodes[i];
  return (
    above !== undefined &&
    expectedLayout(above) === expectedLayout(node) &&
    expectedLayout(node) !== 'event' &&
    above.ActorType.value === node.ActorType.value &&
    above.ActorName.value === node.ActorName.value &&
    above.EntryTime.value.slice(0, 10) === node.EntryTime.value.slice(0, 10)
  );
}

/** Entry rows: every row but the session bookends a customer with earlier conversations gets. */
const ENTRY_ROWS = `${ROWS}:not(:has(c-transcript-session-bookend))`;

async function rowClasses(page) {
  return page.locator(ENTRY_ROWS).evaluateAll((rows) => rows.map((r) => r.getAttribute('class')));
}

const STATUS_LABELS = {
  Sent: 'Status_Sent',
  Delivered: 'Status_Delivered',
  Read: 'Status_Read',
  Error: 'Status_Error'
};
function expectedBadge(node) {
  const status = node.MessageStatus.value;
  if (!status) return null;
  if (status === 'Error' && node.MessageStatusCode.value)
    return label('Status_Error_Code', node.MessageStatusCode.value);
  return label(STATUS_LABELS[status]);
}

test.describe('every sample', () => {
  for (const sample of samples) {
    test(`${sample.id}: renders, matches the data, has no axe violations`, async () => {
      await withPage(async (page) => {
        await openSample(page, sample.id);
        const nodes = sampleNodes(sample.id);
        assert.equal(await page.locator(ENTRY_ROWS).count(), nodes.length, 'one row per entry');
        assert.deepEqual(
          await page.locator(ENTRY_ROWS).evaluateAll((rows) => rows.map((r) => r.dataset.entryId)),
          nodes.map((n) => n.Id),
          'rows in Seq order'
        );
        const classes = await rowClasses(page);
        nodes.forEach((node, i) => {
          assert.match(
            classes[i],
            new RegExp(`\\bslds-chat-listitem_${expectedLayout(node)}\\b`),
            `row ${i + 1} (${node.ActorType.value} ${node.EntryType.value}) alignment`
          );
        });
        assert.deepEqual(await axe(page), [], 'axe violations inside the component');
        await screenshot(page, sample.id);
      });
    });
  }
});

test.describe('standard messaging chat', () => {
  const nodes = sampleNodes('messaging-standard');

  test('shows the message texts in order, with header count', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const texts = (await page.locator(`${COMPONENT} .transcript-text`).allTextContents()).map((t) =>
        t.trim()
      );
      assert.deepEqual(texts, nodes.map((n) => n.Message.value).filter(Boolean));
      assert.equal(
        (await page.locator(`${COMPONENT} .transcript-count`).textContent()).trim(),
        label('Transcript_Entry_Count', nodes.length)
      );
      assert.equal(
        (await page.locator(`${COMPONENT} lightning-card`).getByRole('heading').first().textContent()).trim(),
        label('Transcript_Title')
      );
    });
  });

  test('shows each message status as text in its meta line (Error with its code)', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const rows = page.locator(ROWS);
      for (let i = 0; i < nodes.length; i++) {
        const expected = expectedLayout(nodes[i]) === 'event' ? null : expectedBadge(nodes[i]);
        const badges = rows.nth(i).locator('.transcript-status');
        if (expected === null) {
          assert.equal(await badges.count(), 0, `row ${i + 1} has no status`);
        } else {
          assert.equal((await badges.textContent()).trim(), expected, `row ${i + 1} status`);
        }
      }
      const failed = nodes.findIndex((n) => n.MessageStatus.value === 'Error');
      const alert = rows.nth(failed).getByRole('alert');
      assert.equal(
        (await alert.textContent()).trim(),
        label('Transcript_Not_Delivered'),
        'failed message explains the failure'
      );
      assert.match(
        await rows.nth(failed).locator('.transcript-status').textContent(),
        new RegExp(nodes[failed].MessageStatusCode.value),
        'the status carries the status code'
      );
    });
  });

  test('marks the entry with attachments with accessible text containing "attachment"', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const withAttachment = nodes.findIndex((n) => n.HasAttachments.value);
      const row = page.locator(ROWS).nth(withAttachment);
      assert.match(await row.ariaSnapshot(), /attachment/i);
      const others = await page.locator(`${COMPONENT} .transcript-attachment`).count();
      assert.equal(others, 1, 'only that entry is flagged');
    });
  });

  test('shows an avatar icon per actor type on message rows and an icon on event rows', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const rows = page.locator(ROWS);
      for (let i = 0; i < nodes.length; i++) {
        const row = rows.nth(i);
        if (expectedLayout(nodes[i]) === 'event') {
          assert.ok(
            (await row.locator('lightning-icon svg').count()) >= 1,
            `event row ${i + 1} has a rendered icon`
          );
        } else if (continuesRun(nodes, i)) {
          // The SLDS chat pattern: consecutive messages by one actor show the avatar once; the others
          // keep their alignment with the faux-avatar modifier, and still name the actor.
          assert.equal(await row.locator('lightning-avatar').count(), 0, `row ${i + 1} has no second avatar`);
          assert.equal(await row.locator('.slds-chat-message_faux-avatar').count(), 1);
          assert.ok((await row.locator('.transcript-actor').textContent()).trim() !== '');
        } else {
          assert.equal(
            await row.locator('lightning-avatar').getAttribute('data-actor-kind'),
            nodes[i].ActorType.value
          );
          assert.ok(
            (await row.locator('lightning-avatar svg').count()) >= 1,
            `row ${i + 1} avatar icon rendered`
          );
        }
      }
    });
  });

  test('formats times in the user locale and time zone (@salesforce/i18n)', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-standard');
      const first = page.locator(`${COMPONENT} time.transcript-time`).first();
      const iso = await first.getAttribute('datetime');
      assert.equal(
        new Date(iso).toISOString(),
        new Date(Date.parse(nodes[0].EntryTime.value) + nodes[0].EntryTimeMilliSecs.value).toISOString()
      );
      const expectedUs = new Intl.DateTimeFormat('en-US', {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'America/Los_Angeles'
      }).format(new Date(iso));
      assert.equal((await first.textContent()).trim(), expectedUs);

      await openSample(page, 'messaging-standard', '&locale=de-DE&timeZone=Europe/Berlin&lang=de');
      const de = (await page.locator(`${COMPONENT} time.transcript-time`).first().textContent()).trim();
      assert.match(de, /18:58/, `German time in Berlin, got ${de}`);
      assert.doesNotMatch(de, /AM|PM/);
    });
  });
});

test.describe('bot hand-off with every entry type', () => {
  const nodes = sampleNodes('messaging-bot-handoff');
  const KNOWN = [
    'EndUserOptedIn',
    'EndUserOptedOut',
    'AdminOptedIn',
    'AdminOptedOut',
    'BotEscalated',
    'ChatbotEstablished',
    'ChatbotNotEstablished',
    'ChatbotClosedIdleSession',
    'ChatbotEndedChatByAction',
    'ChatbotEndedTransferNotConfigured',
    'ConversationControlLost'
  ];

  test('the sample covers all 12 entry types, an unknown one and all 5 actor types', () => {
    const types = new Set(nodes.map((n) => n.EntryType.value));
    for (const t of ['Text', ...KNOWN]) assert.ok(types.has(t), t);
    assert.ok(types.has('ConversationSummarized'));
    assert.deepEqual([...new Set(nodes.map((n) => n.ActorType.value))].sort(), [
      'Agent',
      'Bot',
      'EndUser',
      'Supervisor',
      'System'
    ]);
  });

  test('labels each event type, and shows the raw value of the unknown one', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-bot-handoff');
      const rows = page.locator(ROWS);
      for (let i = 0; i < nodes.length; i++) {
        const type = nodes[i].EntryType.value;
        if (type === 'Text') continue;
        const row = rows.nth(i);
        assert.match(await row.getAttribute('class'), /slds-chat-listitem_event/);
        const text = (await row.locator('.transcript-event-label').textContent()).trim();
        if (KNOWN.includes(type)) assert.equal(text, label(`Entry_${type}`), type);
        else assert.match(text, new RegExp(type), 'unknown type shown raw');
      }
      // Text entries: messages from people and bots, events (with their text) from System.
      const textRows = nodes.map((n, i) => [n, i]).filter(([n]) => n.EntryType.value === 'Text');
      for (const [n, i] of textRows) {
        assert.equal((await rows.nth(i).locator('.transcript-text').textContent()).trim(), n.Message.value);
      }
    });
  });

  test('gives Agent, Bot, EndUser and Supervisor different avatar icons', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-bot-handoff');
      const icons = new Map();
      const rows = page.locator(ROWS);
      for (let i = 0; i < nodes.length; i++) {
        if (expectedLayout(nodes[i]) === 'event' || continuesRun(nodes, i)) continue;
        const icon = await rows.nth(i).locator('lightning-avatar lightning-icon').getAttribute('icon-name');
        const kind = nodes[i].ActorType.value;
        if (icons.has(kind)) assert.equal(icon, icons.get(kind), `${kind} always gets the same icon`);
        icons.set(kind, icon);
      }
      assert.deepEqual([...icons.keys()].sort(), ['Agent', 'Bot', 'EndUser', 'Supervisor']);
      assert.equal(
        new Set(icons.values()).size,
        4,
        `distinct icons: ${JSON.stringify(Object.fromEntries(icons))}`
      );
    });
  });
});

test.describe('voice call', () => {
  test('shows agent utterances outbound and caller utterances inbound, without message statuses', async () => {
    const nodes = sampleNodes('voice-call');
    await withPage(async (page) => {
      await openSample(page, 'voice-call');
      const texts = (await page.locator(`${COMPONENT} .transcript-text`).allTextContents()).map((t) =>
        t.trim()
      );
      assert.deepEqual(
        texts,
        nodes.map((n) => n.Message.value)
      );
      assert.equal(await page.locator(`${COMPONENT} .transcript-status`).count(), 0);
      assert.equal(await page.locator('#record-object').textContent(), 'Voice Call');
    });
  });
});

test.describe('enhanced channel', () => {
  test('shows the blank-message text for every entry without Message', async () => {
    const nodes = sampleNodes('messaging-enhanced');
    await withPage(async (page) => {
      await openSample(page, 'messaging-enhanced');
      const blanks = (await page.locator(`${COMPONENT} .transcript-blank-text`).allTextContents()).map((t) =>
        t.trim()
      );
      assert.equal(blanks.length, nodes.length);
      for (const b of blanks) assert.equal(b, label('Transcript_Blank_Message'));
      assert.equal(await page.locator(`${COMPONENT} .transcript-text`).count(), 0);
    });
  });
});

test.describe('empty session', () => {
  test('shows the empty state', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-empty');
      const empty = page.locator(`${COMPONENT} .transcript-empty`);
      const text = await empty.textContent();
      assert.ok(text.includes(label('Transcript_Empty_Title')), text);
      assert.ok(text.includes(label('Transcript_Empty_Body')), text);
      assert.equal(await page.locator(ROWS).count(), 0);
    });
  });
});

test.describe('errors and paging', () => {
  test('shows the error state for a GraphQL errors response (HTTP 200), accessible', async () => {
    await withPage(
      async (page) => {
        await openSample(page, 'messaging-standard', '&errors=validation');
        const panel = page.locator(`${COMPONENT} c-error-panel`);
        await panel.waitFor();
        assert.equal((await panel.locator('.error-heading').textContent()).trim(), label('Error_Title'));
        assert.ok((await panel.getByRole('alert').count()) >= 1, 'announced as an alert');
        assert.ok(
          (await panel.locator('.error-message').textContent()).trim().length > 0,
          'a friendly message'
        );
        assert.equal(await page.locator(ROWS).count(), 0);
        assert.deepEqual(await axe(page), []);
        await screenshot(page, 'error-validation');
      },
      { allowConsoleErrors: true }
    );
  });

  test('recovers from a failed first request with Try again', async () => {
    await withPage(
      async (page) => {
        await openSample(page, 'messaging-standard', '&fail=page:1');
        const panel = page.locator(`${COMPONENT} c-error-panel`);
        await panel.waitFor();
        await panel.getByRole('button', { name: label('Error_Retry') }).click();
        await page.locator(ROWS).first().waitFor();
        assert.equal(await page.locator(ROWS).count(), sampleNodes('messaging-standard').length);
        assert.equal(await panel.count(), 0, 'error panel gone');
        assert.equal((await stats(page)).requests, 2);
      },
      { allowConsoleErrors: true }
    );
  });

  test('keeps the data of a partial response (data + errors) and reports the problem', async () => {
    await withPage(
      async (page) => {
        await openSample(page, 'messaging-standard', '&errors=partial');
        await page.locator(`${COMPONENT} c-error-panel`).waitFor();
        assert.equal(await page.locator(ROWS).count(), sampleNodes('messaging-standard').length);
      },
      { allowConsoleErrors: true }
    );
  });

  test('pages through 4100 entries 2000 at a time, resumes after a failed page, and scrolls to the end', async () => {
    test.setTimeout(120000);
    const response = largeResponse(4100);
    const ids = response.data.uiapi.query.ConversationEntry.edges.map((e) => e.node.Id);
    const fmt = (n) => new Intl.NumberFormat('en-US').format(n);
    await withPage(
      async (page) => {
        await openSample(page, 'messaging-empty', '&fail=page:3');
        await chooseJsonFile(page, 'large.json', JSON.stringify(response));
        const panel = page.locator(`${COMPONENT} c-error-panel`);
        await panel.waitFor({ timeout: 30000 });
        // Request 1 was the empty sample; 2 = first page of large.json; 3 = its second page, which failed.
        let s = await stats(page);
        assert.equal(s.requests, 3);
        assert.equal(
          (await panel.locator('.error-heading').textContent()).trim(),
          label('Error_Partial_Title')
        );
        const rows = page.locator(ROWS);
        assert.equal(
          await rows.first().getAttribute('data-entry-id'),
          ids[0],
          'the first page stays visible'
        );
        assert.equal(await rows.first().getAttribute('aria-setsize'), '2000');

        await panel.getByRole('button', { name: label('Error_Retry') }).click();
        await page
          .locator(`${COMPONENT} .transcript-count`)
          .filter({ hasText: label('Transcript_Entry_Count', fmt(4100)) })
          .waitFor({ timeout: 60000 });
        s = await stats(page);
        const pages = s.requestLog.slice(1).map((r) => r.variables);
        assert.deepEqual(
          pages.map((v) => v.first),
          [2000, 2000, 2000, 2000]
        );
        assert.equal(pages[0].after, null);
        assert.equal(pages[1].after, pages[2].after, 'the retry asks for the same page again');
        assert.notEqual(pages[3].after, pages[2].after);
        assert.equal(await panel.count(), 0, 'error panel gone');
        assert.equal(await rows.first().getAttribute('aria-setsize'), '4100');
        const rendered = await rows.count();
        assert.ok(
          rendered > 0 && rendered < 4100,
          `long transcripts are windowed (${rendered} rows in the DOM)`
        );

        // Press End in the log: the last entry is there, fully in view.
        const log = page.locator(`${COMPONENT} section[role="log"]`);
        const box = await log.boundingBox();
        await page.mouse.click(box.x + 4, box.y + 4);
        await page.keyboard.press('End');
        await assertAtEnd(page, 4100, 'End');
        assert.equal(
          await page.locator(`${COMPONENT} li[data-entry-id="${ids[4099]}"]`).getAttribute('aria-posinset'),
          '4100'
        );
        await screenshot(page, 'large-4100-scrolled-to-end');
        // Written once every assertion above held.
        writeFigure('e2e-faults-paging', {
          injected: s.injectedFailures,
          kinds: s.injectedKinds.map(() => 'mid-pagination (page 2 of 3) + retry')
        });
      },
      { allowConsoleErrors: true }
    );
  });
});

test.describe('file picker', () => {
  test('explains a malformed file by name and problem, and loads a good one', async () => {
    await withPage(async (page) => {
      await openSample(page, 'messaging-empty');
      await chooseJsonFile(page, 'broken.json', '{"data": {');
      const error = page.locator('#picker-error');
      await page.waitForFunction(() => document.getElementById('picker-error').textContent.length > 0);
      assert.match(await error.textContent(), /broken\.json: not valid JSON/);

      await chooseJsonFile(page, 'wrong.json', '{"records": []}');
      await page.waitForFunction(() =>
        document.getElementById('picker-error').textContent.includes('wrong.json')
      );
      assert.match(await error.textContent(), /wrong\.json: expected "data"/);

      // Just the `data` part of a captured response is accepted too.
      const standard = JSON.parse(
        JSON.stringify({
          uiapi: {
            query: { ConversationEntry: { edges: sampleNodes('voice-call').map((node) => ({ node })) } }
          }
        })
      );
      await page.selectOption('#file-object', 'VoiceCall');
      await chooseJsonFile(page, 'mine.json', JSON.stringify(standard));
      await waitSettled(page);
      await page.locator(ROWS).first().waitFor();
      assert.equal(await error.textContent(), '');
      assert.equal(await page.locator(ROWS).count(), sampleNodes('voice-call').length);
      assert.equal(await page.locator('#record-object').textContent(), 'Voice Call');
      // The Sample list and its note name the picked file, not the sample shown before.
      assert.match(await page.locator('#sample-select option:checked').textContent(), /mine\.json/);
      const note = await page.locator('#sample-description').textContent();
      assert.match(note, /mine\.json/);
      const previous = samples.find((s) => s.id === 'messaging-empty');
      assert.ok(!note.includes(previous.description), note);
    });
  });
});
