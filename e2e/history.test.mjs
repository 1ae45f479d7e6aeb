/**
 * A returning customer's earlier conversations in real Chromium, on the preview sample
 * `messaging-returning` (this session and three earlier ones of the same MessagingEndUserId, newest
 * first: MS-00001039 on an enhanced channel without message text, MS-00001035 with Status Error,
 * MS-00001031 ordinary): expanding from the top button and from a bookend, searching a word only an
 * earlier conversation holds, a real .csv download with each entry's conversation, and a link to an
 * entry of an expanded earlier conversation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import {
  label,
  openSample,
  root,
  SCREENSHOT_DIR,
  sampleNodes,
  samples,
  COMPONENT,
  ROWS,
  SEARCH,
  usePages
} from './helpers.mjs';

test.describe.configure({ timeout: 60000 });

const SAMPLE = 'messaging-returning';
const WORD = 'thermostat';

const withPage = usePages();

const sample = samples.find((s) => s.id === SAMPLE);
const history = sample
  ? JSON.parse(fs.readFileSync(path.join(root, 'preview', 'samples', sample.history), 'utf8'))
  : { MessagingSession: [], entries: {} };
const sessionNamed = (name) => history.MessagingSession.find((s) => s.Name.value === name);
/** An earlier conversation's nodes in Seq order, from the sample file (what the log must show). */
const earlierNodes = (name) =>
  history.entries[sessionNamed(name).Id].data.uiapi.query.ConversationEntry.edges
    .map((e) => e.node)
    .sort((a, b) => a.Seq.value - b.Seq.value);
const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The log as a person reads it: "— divider title —" for a bookend, the entry's id otherwise. */
async function timeline(page) {
  return page.locator(ROWS).evaluateAll((rows) =>
    rows.map((row) => {
      const bookend = row.querySelector('c-transcript-session-bookend');
      if (bookend) {
        const title = bookend.shadowRoot.querySelector('.transcript-bookend__title').textContent;
        return `— ${title.replace(/\s+/g, ' ').trim()} —`;
      }
      return row.dataset.entryId;
    })
  );
}

const divider = (name, current = false) =>
  `— ${label(current ? 'History_This_Session_Named' : 'History_Earlier_Session_Named', name)} —`;

/** The bookend row of an earlier conversation, by its name. */
function bookend(page, name) {
  return page
    .locator(`${COMPONENT} c-transcript-session-bookend`)
    .filter({ has: page.getByText(label('History_Earlier_Session_Named', name), { exact: true }) });
}

async function assertEventually(check, message, timeout = 10000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(message);
}

/** Waits until the log shows `expected` (the timeline), and returns it. */
async function waitTimeline(page, expected) {
  let last = [];
  await assertEventually(async () => {
    last = await timeline(page);
    return JSON.stringify(last) === JSON.stringify(expected);
  }, `the log reads as expected`).catch(() => assert.deepEqual(last, expected));
  return last;
}

test.describe('earlier conversations of a returning customer', () => {
  const current = sampleNodes(SAMPLE).map((n) => n.Id);

  test('"Load earlier conversation" and a bookend\'s Show add each conversation under its own divider', async () => {
    await withPage(async (page) => {
      await openSample(page, SAMPLE);
      // Collapsed: three earlier dividers, oldest first, then this conversation's.
      await waitTimeline(page, [
        divider('MS-00001031'),
        divider('MS-00001035'),
        divider('MS-00001039'),
        divider('MS-00001047', true),
        ...current
      ]);
      assert.equal(
        squash(await page.locator(`${COMPONENT} .transcript-history-count`).textContent()),
        label('History_Count', 3)
      );

      // The top button expands the newest earlier conversation: the enhanced one, its messages blank.
      await page.locator(`${COMPONENT} .transcript-history-earlier button`).click();
      const enhanced = earlierNodes('MS-00001039').map((n) => n.Id);
      await waitTimeline(page, [
        divider('MS-00001031'),
        divider('MS-00001035'),
        divider('MS-00001039'),
        ...enhanced,
        divider('MS-00001047', true),
        ...current
      ]);

      // A bookend's Show expands that one, in its place above the newer ones.
      const errorSession = bookend(page, 'MS-00001035');
      await errorSession.getByRole('button', { name: label('History_Show') }).click();
      const failed = earlierNodes('MS-00001035').map((n) => n.Id);
      await waitTimeline(page, [
        divider('MS-00001031'),
        divider('MS-00001035'),
        ...failed,
        divider('MS-00001039'),
        ...enhanced,
        divider('MS-00001047', true),
        ...current
      ]);
      assert.equal(
        await errorSession.getByRole('button', { name: label('History_Hide') }).getAttribute('aria-expanded'),
        'true'
      );
      // The earlier session's status is on its divider, and its failed message says so.
      assert.match(squash(await errorSession.textContent()), /Error/);
      const errorNode = earlierNodes('MS-00001035').find((n) => n.MessageStatus.value === 'Error');
      await page.locator(`${ROWS}[data-entry-id="${errorNode.Id}"]`).getByRole('alert').waitFor();

      // The picture of docs/history.png: the wheel brings the boundary of the two expanded
      // conversations into view.
      const log = page.locator(`${COMPONENT} section[role="log"]`);
      const boundary = bookend(page, 'MS-00001039');
      await log.hover();
      for (let i = 0; i < 60; i++) {
        const box = await boundary.boundingBox();
        const logBox = await log.boundingBox();
        const top = box && logBox ? (box.y - logBox.y) / logBox.height : -1;
        if (top >= 0.3 && top <= 0.5) break;
        await page.mouse.wheel(0, top < 0.3 ? -100 : 100);
        await page.waitForTimeout(50);
      }
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.locator(COMPONENT).screenshot({ path: path.join(SCREENSHOT_DIR, 'history.png') });
    });
  });

  test('search finds a word only an earlier conversation holds and names that conversation', async () => {
    await withPage(async (page) => {
      await openSample(page, SAMPLE);
      const ordinary = earlierNodes('MS-00001031');
      const holder = ordinary.find((n) => (n.Message.value ?? '').includes(WORD));
      assert.ok(holder, `the sample's MS-00001031 holds "${WORD}"`);
      assert.ok(
        !sampleNodes(SAMPLE).some((n) => (n.Message.value ?? '').toLowerCase().includes(WORD)),
        'this conversation does not'
      );
      await bookend(page, 'MS-00001031')
        .getByRole('button', { name: label('History_Show') })
        .click();
      await page.locator(`${ROWS}[data-entry-id="${holder.Id}"]`).waitFor();

      await page.locator(SEARCH).click();
      await page.keyboard.type(WORD);
      const match = page.locator(`${COMPONENT} .transcript-match-session`);
      await match.waitFor();
      assert.match(
        squash(await match.textContent()),
        new RegExp(`^${label('History_Match_Session', '')}.*MS-00001031`)
      );
      assert.match(
        squash(await page.locator(`${COMPONENT} .transcript-search-status`).textContent()),
        /1\D+1/
      );
      const current = page.locator(`${COMPONENT} .transcript-match_current`);
      assert.equal(await current.count(), 1);
      assert.equal((await current.textContent()).toLowerCase(), WORD);
      const row = page.locator(`${ROWS}[data-entry-id="${holder.Id}"]`);
      assert.equal(await row.locator('.transcript-match_current').count(), 1, 'the match is in that entry');
      const rowBox = await current.boundingBox();
      const logBox = await page.locator(`${COMPONENT} section[role="log"]`).boundingBox();
      assert.ok(
        rowBox.y >= logBox.y - 1 && rowBox.y + rowBox.height <= logBox.y + logBox.height + 1,
        'the match is in view'
      );
    });
  });

  test('exports a .csv whose rows name the conversation of each entry, or this session only', async () => {
    await withPage(async (page) => {
      await openSample(page, SAMPLE);
      await bookend(page, 'MS-00001035')
        .getByRole('button', { name: label('History_Show') })
        .click();
      const earlier = earlierNodes('MS-00001035');
      await page.locator(`${ROWS}[data-entry-id="${earlier[0].Id}"]`).waitFor();

      const menu = page.locator(`${COMPONENT} lightning-button-menu.transcript-export-menu`);
      const choose = async (name, role = 'menuitem') => {
        await menu.locator('button').first().click();
        await menu.getByRole(role, { name }).click();
      };
      /** A real download of the .csv, read back: entry id → its Session cell. */
      const downloadCsv = async () => {
        const [file] = await Promise.all([page.waitForEvent('download'), choose(label('Export_Csv'))]);
        const chunks = [];
        for await (const chunk of await file.createReadStream()) chunks.push(chunk);
        const text = Buffer.concat(chunks).subarray(3).toString('utf8');
        const [header, ...lines] = text.split('\r\n').filter(Boolean);
        const sessionColumn = header.split(',').indexOf('Session');
        assert.ok(sessionColumn >= 0, `a Session column in ${header}`);
        // The sample's texts hold no comma-quoted cell before the Session column's entries' ids.
        return new Map(
          lines.filter((l) => /^0dw/.test(l)).map((line) => [line.split(',')[0], line.split(',').at(-1)])
        );
      };

      const all = await downloadCsv();
      for (const node of earlier) {
        assert.equal(
          all.get(node.Id),
          'MS-00001035',
          `entry ${node.Id} is in the export with its conversation`
        );
      }
      const current = sampleNodes(SAMPLE);
      for (const node of current) {
        assert.equal(all.get(node.Id), 'MS-00001047', `entry ${node.Id} of this conversation`);
      }
      assert.equal(all.size, earlier.length + current.length);

      await choose(label('Export_Scope_Session', current.length), 'menuitemcheckbox');
      const only = await downloadCsv();
      assert.deepEqual(
        [...only.keys()],
        current.map((n) => n.Id),
        'this session only, in order'
      );
    });
  });

  test('a link to an entry of an expanded earlier conversation scrolls to it', async () => {
    await withPage(async (page) => {
      await openSample(page, SAMPLE);
      await bookend(page, 'MS-00001031')
        .getByRole('button', { name: label('History_Show') })
        .click();
      const target = earlierNodes('MS-00001031')[1];
      await page.locator(`${ROWS}[data-entry-id="${target.Id}"]`).waitFor();
      // Scrolled to the end (this conversation), the earlier entry is out of view.
      await page.locator(`${COMPONENT} section[role="log"]`).hover();
      await page.mouse.wheel(0, 20000);
      const row = page.locator(`${ROWS}[data-entry-id="${target.Id}"]`);
      const inView = async () => {
        const box = await row.boundingBox();
        const log = await page.locator(`${COMPONENT} section[role="log"]`).boundingBox();
        return (
          box !== null && log !== null && box.y >= log.y - 1 && box.y + box.height <= log.y + log.height + 1
        );
      };
      await assertEventually(async () => !(await inView()), 'the earlier entry is scrolled out of view');

      await page.goto(`${page.url().split('#')[0]}#transcript-entry-${target.Id}`);
      const highlighted = page.locator(`${COMPONENT} li.transcript-row_target`);
      await highlighted.waitFor();
      assert.equal(await highlighted.getAttribute('data-entry-id'), target.Id);
      await assertEventually(inView, 'the linked earlier entry is scrolled into view');
    });
  });
});

test.describe('earlier calls of a returning caller (VoiceCall)', () => {
  const voiceHistory = JSON.parse(
    fs.readFileSync(path.join(root, 'preview', 'samples', 'voice-returning-history.json'), 'utf8')
  );
  const callNamed = (name) => voiceHistory.VoiceCall.find((c) => c.Name.value === name);
  /** An earlier call's entry ids in Seq order, from the sample file. */
  const callEntries = (name) =>
    voiceHistory.entries[callNamed(name).Id].data.uiapi.query.ConversationEntry.edges
      .map((e) => e.node)
      .sort((a, b) => a.Seq.value - b.Seq.value)
      .map((n) => n.Id);

  test('lists the same caller’s earlier calls and expands one under a divider with the call’s name', async () => {
    await withPage(async (page) => {
      await openSample(page, 'voice-returning');
      const current = sampleNodes('voice-returning').map((n) => n.Id);
      // Two earlier calls of this CallerId, oldest first; the other caller's call is not listed.
      await waitTimeline(page, [
        divider('VC-00000322'),
        divider('VC-00000326'),
        divider('VC-00000331', true),
        ...current
      ]);
      assert.equal(
        squash(await page.locator(`${COMPONENT} .transcript-history-count`).textContent()),
        label('History_Count', 2)
      );
      await bookend(page, 'VC-00000322')
        .getByRole('button', { name: label('History_Show') })
        .click();
      await waitTimeline(page, [
        divider('VC-00000322'),
        ...callEntries('VC-00000322'),
        divider('VC-00000326'),
        divider('VC-00000331', true),
        ...current
      ]);
      // The expanded call's utterances read as the sample has them, under its divider.
      const first =
        voiceHistory.entries[callNamed('VC-00000322').Id].data.uiapi.query.ConversationEntry.edges[0].node;
      assert.equal(
        squash(await page.locator(`${ROWS}[data-entry-id="${first.Id}"]`).textContent()).includes(
          squash(first.Message.value)
        ),
        true
      );
      assert.equal(
        await bookend(page, 'VC-00000322')
          .getByRole('button', { name: label('History_Hide') })
          .getAttribute('aria-expanded'),
        'true'
      );
    });
  });

  test('a call without a caller record finds earlier calls of its phone number', async () => {
    await withPage(async (page) => {
      await openSample(page, 'voice-returning-phone');
      const current = sampleNodes('voice-returning-phone').map((n) => n.Id);
      await waitTimeline(page, [divider('VC-00000329'), divider('VC-00000333', true), ...current]);
      await page.locator(`${COMPONENT} .transcript-history-earlier button`).click();
      await waitTimeline(page, [
        divider('VC-00000329'),
        ...callEntries('VC-00000329'),
        divider('VC-00000333', true),
        ...current
      ]);
    });
  });

  test('a caller without earlier calls is told so, and the log has no dividers', async () => {
    await withPage(async (page) => {
      await openSample(page, 'voice-first-call');
      const note = page.locator(`${COMPONENT} .transcript-history-note`);
      await note.waitFor();
      assert.equal(squash(await note.textContent()), label('History_None'));
      await waitTimeline(
        page,
        sampleNodes('voice-first-call').map((n) => n.Id)
      );
      assert.equal(await page.locator(`${COMPONENT} .transcript-history-earlier`).count(), 0);
    });
  });
});

test.describe('printing with earlier conversations loaded', () => {
  const PRINT_ROWS = `${COMPONENT} c-transcript-print-rows .print-row`;

  test('the printout holds the expanded earlier conversation under its divider, then this one, in order', async () => {
    await withPage(async (page) => {
      await openSample(page, SAMPLE);
      await bookend(page, 'MS-00001031')
        .getByRole('button', { name: label('History_Show') })
        .click();
      const earlier = earlierNodes('MS-00001031');
      await page.locator(`${ROWS}[data-entry-id="${earlier[0].Id}"]`).waitFor();

      // window.print is replaced by a recorder (headless Chromium has no dialog), as in print.test.mjs.
      await page.evaluate(() => {
        window.__prints = [];
        window.print = () => window.__prints.push(true);
      });
      const menu = page.locator(`${COMPONENT} lightning-button-menu.transcript-export-menu`);
      await menu.locator('button').first().click();
      await menu.getByRole('menuitem', { name: label('Export_Print') }).click();
      await page.waitForFunction(() => window.__prints.length > 0, null, { timeout: 30000 });
      await page.emulateMedia({ media: 'print' });

      const printed = (await page.locator(PRINT_ROWS).allTextContents()).map(squash);
      const current = sampleNodes(SAMPLE);
      const textOf = (node) => squash(node.Message.value ?? node.EntryType.displayValue);
      // The printout read top to bottom: the earlier conversation's divider, its entries, this
      // conversation's divider, its entries. Each expected line is looked for after the one before.
      const expected = [
        {
          what: 'the divider of the earlier conversation MS-00001031',
          text: label('History_Earlier_Session_Named', 'MS-00001031')
        },
        ...earlier.map((n) => ({ what: `earlier entry ${n.Id}`, text: textOf(n) })),
        {
          what: 'the divider of this conversation MS-00001047',
          text: label('History_This_Session_Named', 'MS-00001047')
        },
        ...current.map((n) => ({ what: `entry ${n.Id}`, text: textOf(n) }))
      ];
      const problems = [];
      let cursor = -1;
      for (const line of expected) {
        const found = printed.findIndex((row, i) => i > cursor && row.includes(line.text));
        if (found < 0) problems.push(`${line.what} ("${line.text}") not found after printed row ${cursor}`);
        else cursor = found;
      }
      assert.deepEqual(
        problems,
        [],
        `printout (${printed.length} rows, first 3: ${JSON.stringify(printed.slice(0, 3))})`
      );
      assert.equal(
        await page.locator(PRINT_ROWS).last().isVisible(),
        true,
        'the printout is what is on paper'
      );
    });
  });
});
