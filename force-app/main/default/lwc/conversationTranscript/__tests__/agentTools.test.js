/**
 * Behaviour of the agent tools as a person sees it: search with "n of m", filters, export (copy,
 * .txt/.csv/.json downloads with scope), print, per-entry copy and links, time display and the
 * App Builder properties.
 */
import { createElement } from 'lwc';
import ConversationTranscript from 'c/conversationTranscript';
import { graphql } from 'lightning/graphql';

const multiDay = require('./data/multiDay.json');
const standardChat = require('./data/standardChat.json');
const pageOne = require('./data/pageOne.json');
const pageTwo = require('./data/pageTwo.json');

const RECORD_ID = '0Mw5g000000TestCAI';
// 2024-05-14 13:00 in America/Los_Angeles (the jest i18n time zone): the last fixture day is "today".
const NOW = Date.parse('2024-05-14T20:00:00.000Z');

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const edgesOf = (page) => page.uiapi.query.ConversationEntry.edges;

/** A wire response of `count` entries, cloned from the standard chat's real nodes (same shape). */
function longChat(count) {
  const nodes = edgesOf(standardChat).map((edge) => edge.node);
  const edges = [];
  for (let i = 0; i < count; i++) {
    const base = nodes[i % nodes.length];
    const id = `0dw5g${String(i + 1).padStart(10, '0')}AAA`;
    const message = i === count - 1 ? 'needle at the very end' : base.Message.value;
    edges.push({
      node: { ...base, Id: id, Seq: { value: i + 1 }, Message: { value: message } }
    });
  }
  return {
    uiapi: {
      query: {
        ConversationEntry: {
          edges,
          pageInfo: { hasNextPage: false, endCursor: null },
          totalCount: count
        }
      }
    }
  };
}

async function mount(data = multiDay, props = {}) {
  const element = createElement('c-conversation-transcript', { is: ConversationTranscript });
  Object.assign(element, { recordId: RECORD_ID, objectApiName: 'MessagingSession', ...props });
  document.body.appendChild(element);
  graphql.emit(data);
  await flushPromises();
  return element;
}

const toolbarOf = (element) => element.shadowRoot.querySelector('c-transcript-toolbar');
const logOf = (element) => element.shadowRoot.querySelector('c-transcript-log');
const items = (element) => Array.from(logOf(element).shadowRoot.querySelectorAll('li.slds-chat-listitem'));
const partOf = (item) => item.querySelector('c-transcript-entry');
const textOf = (item) => partOf(item).shadowRoot.textContent.replace(/\s+/g, ' ').trim();
const messages = (element) =>
  items(element)
    .map((item) => partOf(item).shadowRoot.querySelector('.transcript-text'))
    .filter(Boolean)
    .map((node) => node.textContent);
const statusText = (element) =>
  toolbarOf(element).shadowRoot.querySelector('.transcript-search-status').textContent;
const countText = (element) => element.shadowRoot.querySelector('.transcript-count').textContent;
const statusMessage = (element) =>
  element.shadowRoot.querySelector('.transcript-status-message').textContent.trim();

async function search(element, term) {
  const input = toolbarOf(element).shadowRoot.querySelector('lightning-input.transcript-search');
  input.dispatchEvent(new CustomEvent('change', { detail: { value: term } }));
  await flushPromises();
}

async function pressInSearch(element, key, shiftKey = false) {
  const input = toolbarOf(element).shadowRoot.querySelector('lightning-input.transcript-search');
  input.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true }));
  await flushPromises();
}

async function selectMenu(element, menuClass, value) {
  const menu = toolbarOf(element).shadowRoot.querySelector(`lightning-button-menu.${menuClass}`);
  menu.dispatchEvent(new CustomEvent('select', { detail: { value } }));
  await flushPromises();
}

async function click(element, root, selector) {
  root.querySelector(selector).click();
  await flushPromises();
}

/** The highlighted segments of every rendered row, in order: [{ text, current }]. */
function highlights(element) {
  return items(element).flatMap((item) =>
    Array.from(partOf(item).shadowRoot.querySelectorAll('.transcript-match')).map((node) => ({
      text: node.textContent,
      current: node.classList.contains('transcript-match_current')
    }))
  );
}

function readBlob(blob) {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result));
    reader.readAsArrayBuffer(blob);
  });
}

describe('agent tools', () => {
  let clipboardWrites;
  let downloads;

  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    clipboardWrites = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: jest.fn((text) => Promise.resolve(clipboardWrites.push(text))) }
    });
    downloads = [];
    URL.createObjectURL = jest.fn((blob) => {
      downloads.push({ blob });
      return `blob:preview/${downloads.length}`;
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function record() {
      downloads[downloads.length - 1].fileName = this.download;
      downloads[downloads.length - 1].href = this.getAttribute('href');
    });
  });

  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    window.location.hash = '';
    jest.restoreAllMocks();
  });

  describe('search', () => {
    it('counts matches over names and texts, accent- and case-insensitively, and highlights them', async () => {
      const element = await mount();
      await search(element, 'CAFE');

      // "café" (agent), "café, crème" (customer), "Cafe order located." (system).
      expect(statusText(element)).toBe('1 of 3');
      expect(highlights(element)).toEqual([
        { text: 'café', current: true },
        { text: 'café', current: false },
        { text: 'Cafe', current: false }
      ]);
    });

    it('steps with Enter, Shift+Enter and the buttons, wrapping around', async () => {
      const element = await mount();
      await search(element, 'order');
      expect(statusText(element)).toBe('1 of 6');

      await pressInSearch(element, 'Enter');
      expect(statusText(element)).toBe('2 of 6');
      await pressInSearch(element, 'Enter', true);
      await pressInSearch(element, 'Enter', true);
      expect(statusText(element)).toBe('6 of 6');
      await click(element, toolbarOf(element).shadowRoot, '.transcript-search-next');
      expect(statusText(element)).toBe('1 of 6');
      await click(element, toolbarOf(element).shadowRoot, '.transcript-search-previous');
      expect(statusText(element)).toBe('6 of 6');
      const current = highlights(element).filter((h) => h.current);
      expect(current).toEqual([{ text: 'order', current: true }]);
    });

    it('says when nothing matches and disables stepping', async () => {
      const element = await mount();
      await search(element, 'zzz-not-there');

      expect(statusText(element)).toBe('No matches');
      const next = toolbarOf(element).shadowRoot.querySelector('.transcript-search-next');
      expect(next.disabled).toBe(true);
      expect(highlights(element)).toEqual([]);
    });

    it('matches markup-looking text as text and never renders it as HTML', async () => {
      const nodes = edgesOf(multiDay).map((e) => ({
        ...e,
        node: { ...e.node, Message: { value: '<b>bold</b> & <img src=x onerror=alert(1)>' } }
      }));
      const data = {
        uiapi: { query: { ConversationEntry: { ...multiDay.uiapi.query.ConversationEntry, edges: nodes } } }
      };
      const element = await mount(data);
      await search(element, '<img');

      expect(statusText(element)).toBe(`1 of ${nodes.length}`);
      expect(highlights(element)[0].text).toBe('<img');
      for (const item of items(element)) {
        expect(partOf(item).shadowRoot.querySelector('img, .transcript-text b')).toBeNull();
      }
    });

    it('finds a match far outside the rendered window and renders its row', async () => {
      const element = await mount(longChat(1200));
      expect(items(element).length).toBeLessThan(200);
      const lastId = '0dw5g0000001200AAA';
      expect(items(element).some((item) => item.dataset.entryId === lastId)).toBe(false);

      await search(element, 'needle');
      await flushPromises();

      expect(statusText(element)).toBe('1 of 1');
      const target = items(element).find((item) => item.dataset.entryId === lastId);
      expect(target).toBeDefined();
      expect(target.classList).toContain('transcript-row_current');
      expect(items(element).length).toBeLessThan(200);
    });

    it('focuses the search box with Ctrl+F or / pressed in the transcript', async () => {
      const element = await mount();
      const input = toolbarOf(element).shadowRoot.querySelector('lightning-input.transcript-search');
      const focus = jest.spyOn(input, 'focus');
      const log = logOf(element).shadowRoot.querySelector('section[role="log"]');

      const ctrlF = new KeyboardEvent('keydown', {
        key: 'f',
        ctrlKey: true,
        bubbles: true,
        composed: true,
        cancelable: true
      });
      log.dispatchEvent(ctrlF);
      expect(focus).toHaveBeenCalledTimes(1);
      expect(ctrlF.defaultPrevented).toBe(true);
      log.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, composed: true }));
      expect(focus).toHaveBeenCalledTimes(2);
      log.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
      expect(focus).toHaveBeenCalledTimes(2);
    });
  });

  describe('filters', () => {
    it('hides an actor type and shows "n of m entries shown"', async () => {
      const element = await mount();
      expect(countText(element)).toBe('9 entries');

      await selectMenu(element, 'transcript-filter-menu', 'actor:EndUser');

      expect(countText(element)).toBe('6 of 9 entries shown');
      expect(messages(element)).not.toContain('Merci !');
      expect(messages(element)).toContain('Your order ships today.');

      await selectMenu(element, 'transcript-filter-menu', 'actor:EndUser');
      expect(countText(element)).toBe('9 entries');
      expect(messages(element)).toContain('Merci !');
    });

    it('toggles event rows', async () => {
      const element = await mount();
      const eventCount = () =>
        items(element).filter((i) => i.classList.contains('slds-chat-listitem_event')).length;
      expect(eventCount()).toBe(2);

      await selectMenu(element, 'transcript-filter-menu', 'events');
      expect(eventCount()).toBe(0);
      expect(countText(element)).toBe('7 of 9 entries shown');

      await selectMenu(element, 'transcript-filter-menu', 'events');
      expect(eventCount()).toBe(2);
    });

    it('explains an empty result and brings everything back with Show all entries', async () => {
      const element = await mount();
      for (const kind of ['Agent', 'Bot', 'EndUser', 'Supervisor', 'System']) {
        await selectMenu(element, 'transcript-filter-menu', `actor:${kind}`);
      }
      const empty = element.shadowRoot.querySelector('.transcript-filter-empty');
      expect(empty.textContent).toContain('No entries match the filter.');
      expect(logOf(element)).toBeNull();

      await click(element, empty, 'lightning-button');
      expect(items(element)).toHaveLength(9);
    });

    it('searches only what the filter shows', async () => {
      const element = await mount();
      await search(element, 'order');
      expect(statusText(element)).toBe('1 of 6');
      await selectMenu(element, 'transcript-filter-menu', 'actor:Agent');
      // The agent's three matches are hidden with the agent.
      expect(statusText(element)).toBe('1 of 3');
    });
  });

  describe('export', () => {
    it('copies the shown entries as text, one line per entry', async () => {
      const element = await mount();
      await selectMenu(element, 'transcript-filter-menu', 'events');
      await selectMenu(element, 'transcript-export-menu', 'copy');

      expect(clipboardWrites).toHaveLength(1);
      const lines = clipboardWrites[0].trimEnd().split('\n');
      expect(lines[0]).toMatch(/Zoë Dupré \(Customer\): Bonjour, ma commande est en retard\.$/);
      expect(clipboardWrites[0]).not.toContain('Cafe order located.');
      expect(clipboardWrites[0]).toContain('    and a 🎉 mug');
      expect(statusMessage(element)).toBe('Copied 7 entries to the clipboard.');
    });

    it('exports every entry when the user picks All entries', async () => {
      const element = await mount();
      await selectMenu(element, 'transcript-filter-menu', 'events');
      await selectMenu(element, 'transcript-export-menu', 'scope:all');
      await selectMenu(element, 'transcript-export-menu', 'copy');

      expect(clipboardWrites[0]).toContain('Cafe order located.');
      expect(statusMessage(element)).toBe('Copied 9 entries to the clipboard.');
    });

    it('says so when the browser blocks the clipboard', async () => {
      navigator.clipboard.writeText.mockImplementation(() => Promise.reject(new Error('denied')));
      const element = await mount();
      await selectMenu(element, 'transcript-export-menu', 'copy');
      expect(statusMessage(element)).toMatch(/^Couldn't copy/);
    });

    it('downloads RFC 4180 CSV with a BOM, quoting commas, quotes, newlines and keeping emoji', async () => {
      const element = await mount();
      await selectMenu(element, 'transcript-export-menu', 'csv');

      expect(downloads).toHaveLength(1);
      const { blob, fileName, href } = downloads[0];
      expect(fileName).toBe(`conversation-${RECORD_ID}-2024-05-14.csv`);
      expect(href).toBe('blob:preview/1');
      // Lightning Web Security allows no text/csv Blob: octet-stream, no charset parameter.
      expect(blob.type).toBe('application/octet-stream');
      const bytes = await readBlob(blob);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.subarray(3).toString('utf8');
      expect(csv.split('\r\n')[0]).toMatch(/^Id,Seq,EntryType,ActorType,ActorName,ActorId,Message,/);
      expect(csv).toContain('"Order 42, the ""café, crème""\nand a 🎉 mug"');
      expect(csv).toContain(`"'=HYPERLINK(""x"") stays text"`);
      expect(statusMessage(element)).toBe(`Downloading conversation-${RECORD_ID}-2024-05-14.csv.`);
    });

    it('downloads .txt and .json of the shown entries', async () => {
      const element = await mount();
      await selectMenu(element, 'transcript-filter-menu', 'actor:Agent');
      await selectMenu(element, 'transcript-export-menu', 'txt');
      await selectMenu(element, 'transcript-export-menu', 'json');

      expect(downloads.map((d) => d.fileName)).toEqual([
        `conversation-${RECORD_ID}-2024-05-14.txt`,
        `conversation-${RECORD_ID}-2024-05-14.json`
      ]);
      expect(downloads[0].blob.type).toBe('text/plain');
      const text = (await readBlob(downloads[0].blob)).toString('utf8');
      expect(text.split('\n').filter((line) => line.startsWith('['))).toHaveLength(7);
      expect(text).not.toContain('Jason Dewar');

      expect(downloads[1].blob.type).toBe('application/json');
      const json = JSON.parse((await readBlob(downloads[1].blob)).toString('utf8'));
      expect(json.entries).toHaveLength(7);
      expect(json.entries[0]).toMatchObject({ id: '0dw5g0000000001AAA', actorName: 'Zoë Dupré' });
      expect(json.entries[0].entryTime).toBe('2024-05-12T16:59:00.007Z');
      // The previous download's blob URL is released when the next one starts.
      expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:preview/1');
    });

    it('prints every entry through a printout built in chunks, with progress, then removes it', async () => {
      const element = await mount(longChat(1200));
      const windowed = items(element).length;
      expect(windowed).toBeLessThan(1200);
      const printed = () =>
        Array.from(logOf(element).shadowRoot.querySelectorAll('c-transcript-print-rows')).reduce(
          (sum, chunk) => sum + chunk.shadowRoot.querySelectorAll('.print-row').length,
          0
        );
      let rowsWhenPrinting = 0;
      window.print = jest.fn(() => {
        rowsWhenPrinting = printed();
      });

      await selectMenu(element, 'transcript-export-menu', 'print');
      await Promise.resolve();
      const progress = logOf(element).shadowRoot.querySelector('.transcript-print-progress');
      expect(progress.textContent).toMatch(/Preparing to print: [\d,]+ of 1,200 entries/);
      expect(window.print).not.toHaveBeenCalled();
      // One chunk per task, sized by how long the last one took.
      for (let i = 0; i < 200 && window.print.mock.calls.length === 0; i++) await flushPromises();

      expect(window.print).toHaveBeenCalledTimes(1);
      expect(rowsWhenPrinting).toBe(1200);
      expect(items(element).length).toBe(windowed);
      window.dispatchEvent(new Event('afterprint'));
      await flushPromises();
      expect(printed()).toBe(0);
    });

    it('stops preparing the printout on Cancel printing', async () => {
      const element = await mount(longChat(1200));
      window.print = jest.fn();
      await selectMenu(element, 'transcript-export-menu', 'print');
      await Promise.resolve();
      const progress = logOf(element).shadowRoot.querySelector('.transcript-print-progress');
      progress.querySelector('lightning-button').click();
      for (let i = 0; i < 6; i++) await flushPromises();
      expect(window.print).not.toHaveBeenCalled();
      expect(logOf(element).shadowRoot.querySelector('.transcript-print-progress')).toBeNull();
      expect(logOf(element).shadowRoot.querySelector('c-transcript-print-rows')).toBeNull();
    });

    it('gives the browser its own Print of a short log whole, and of a long one the rows on screen', async () => {
      const short = await mount(longChat(400));
      window.dispatchEvent(new Event('beforeprint'));
      await flushPromises();
      const chunks = logOf(short).shadowRoot.querySelectorAll('c-transcript-print-rows');
      expect(chunks).toHaveLength(1);
      expect(chunks[0].shadowRoot.querySelectorAll('.print-row')).toHaveLength(400);
      window.dispatchEvent(new Event('afterprint'));
      await flushPromises();
      expect(logOf(short).shadowRoot.querySelector('c-transcript-print-rows')).toBeNull();
      document.body.removeChild(short);

      const long = await mount(longChat(1200));
      window.dispatchEvent(new Event('beforeprint'));
      await flushPromises();
      expect(logOf(long).shadowRoot.querySelector('c-transcript-print-rows')).toBeNull();
      expect(logOf(long).shadowRoot.querySelector('.transcript-print-note').textContent).toContain('1,200');
    });
  });

  describe('one entry', () => {
    it("copies an entry's text and a link to it", async () => {
      const element = await mount();
      const row = items(element)[2];
      const part = partOf(row);

      await click(element, part.shadowRoot, '.transcript-copy-text');
      expect(clipboardWrites[0]).toBe('Order 42, the "café, crème"\nand a 🎉 mug');
      expect(statusMessage(element)).toBe('Entry text copied.');

      await click(element, part.shadowRoot, '.transcript-copy-link');
      expect(clipboardWrites[1]).toBe(
        `${window.location.href.split('#')[0]}#transcript-entry-0dw5g0000000003AAA`
      );
      expect(statusMessage(element)).toBe('Link to the entry copied.');
      const group = part.shadowRoot.querySelector('.transcript-entry-actions');
      expect(group.getAttribute('aria-label')).toBe("Actions for Zoë Dupré's entry at 10:01 AM");
    });

    it('opens a link: highlights the linked entry and shows it even if a filter would hide it', async () => {
      window.location.hash = '#transcript-entry-0dw5g0000000006AAA';
      const element = await mount(multiDay, { hideEventsOnLoad: true });
      await flushPromises();

      const target = items(element).find((item) => item.dataset.entryId === '0dw5g0000000006AAA');
      expect(target).toBeDefined();
      expect(target.classList).toContain('transcript-row_target');
      expect(textOf(target)).toContain('Cafe order located.');
    });

    it('scrolls to the linked entry once, not again when the next page arrives', async () => {
      window.location.hash = '#transcript-entry-0dw5g0000000003AAA';
      const element = await mount(pageOne);
      await flushPromises();
      const target = () => items(element).find((item) => item.classList.contains('transcript-row_target'));
      expect(target().dataset.entryId).toBe('0dw5g0000000003AAA');
      const scrollToEntry = jest.spyOn(logOf(element), 'scrollToEntry');

      graphql.emit(pageTwo);
      await flushPromises();
      await flushPromises();

      expect(items(element)).toHaveLength(edgesOf(pageOne).length + edgesOf(pageTwo).length);
      expect(scrollToEntry).not.toHaveBeenCalled();
      expect(target()).toBeDefined();
    });

    it('says when the linked entry is not in this transcript', async () => {
      window.location.hash = '#transcript-entry-0dwNOTHERE000000AAA';
      const element = await mount();
      await flushPromises();
      expect(element.shadowRoot.querySelector('.transcript-link-missing').textContent).toContain(
        "The linked entry isn't in this conversation's transcript."
      );
    });
  });

  describe('time display', () => {
    it('separates days with the date, Yesterday and Today in the user time zone', async () => {
      const element = await mount();
      const separators = items(element)
        .map((item) => item.querySelector('.transcript-day'))
        .filter(Boolean)
        .map((node) => node.textContent);
      expect(separators).toEqual(['Sunday, May 12, 2024', 'Yesterday', 'Today']);
    });

    it('switches to relative times and back', async () => {
      const element = await mount();
      const times = () =>
        items(element).map((item) => partOf(item).shadowRoot.querySelector('time')?.textContent);
      expect(times()[8]).toBe('10:07 AM');

      await click(element, toolbarOf(element).shadowRoot, '.transcript-time-toggle');
      expect(times()[8]).toBe('3 hours ago');
      expect(times()[0]).toBe('2 days ago');

      await click(element, toolbarOf(element).shadowRoot, '.transcript-time-toggle');
      expect(times()[8]).toBe('10:07 AM');
    });

    it('keeps relative times moving once a minute, and stops the clock when switched off or removed', async () => {
      const ticks = [];
      jest.spyOn(window, 'setInterval').mockImplementation((fn, ms) => ticks.push({ fn, ms }) && 4242);
      const clear = jest.spyOn(window, 'clearInterval').mockImplementation(() => undefined);
      const element = await mount();
      const lastTime = () => partOf(items(element)[8]).shadowRoot.querySelector('time').textContent;

      await click(element, toolbarOf(element).shadowRoot, '.transcript-time-toggle');
      expect(lastTime()).toBe('3 hours ago');
      expect(ticks).toHaveLength(1);
      expect(ticks[0].ms).toBe(60000);

      Date.now.mockReturnValue(NOW + 2 * 3_600_000);
      ticks[0].fn();
      await flushPromises();
      expect(lastTime()).toBe('5 hours ago');

      await click(element, toolbarOf(element).shadowRoot, '.transcript-time-toggle');
      expect(clear).toHaveBeenCalledWith(4242);
      await click(element, toolbarOf(element).shadowRoot, '.transcript-time-toggle');
      clear.mockClear();
      document.body.removeChild(element);
      expect(clear).toHaveBeenCalledWith(4242);
    });

    it('puts every timestamp, with milliseconds, in the time tooltip', async () => {
      const element = await mount();
      const time = partOf(items(element)[0]).shadowRoot.querySelector('time');
      const lines = time.title.split('\n');
      expect(lines[0]).toMatch(/^Entry time: May 12, 2024, 9:59:00\.007 AM PDT$/);
      expect(lines.map((line) => line.split(':')[0])).toEqual([
        'Entry time',
        'Client timestamp',
        'Received by Salesforce'
      ]);
    });

    it('shows ClientDuration as a duration on voice utterances', async () => {
      const element = await mount();
      const durations = items(element).map(
        (item) => partOf(item).shadowRoot.querySelector('.transcript-duration')?.textContent ?? null
      );
      expect(durations.slice(6)).toEqual(['Duration 0:03', 'Duration 1:15', 'Duration 0:01']);
      expect(durations.slice(0, 6).every((d) => d === null)).toBe(true);
    });
  });

  describe('App Builder properties', () => {
    it('shows newest first', async () => {
      const element = await mount(multiDay, { newestFirst: true });
      expect(messages(element)[0]).toBe('Merci !');
      expect(messages(element).at(-1)).toBe('Bonjour, ma commande est en retard.');
    });

    it('hides events on load until the user shows them', async () => {
      const element = await mount(multiDay, { hideEventsOnLoad: true });
      expect(countText(element)).toBe('7 of 9 entries shown');
      await selectMenu(element, 'transcript-filter-menu', 'events');
      expect(countText(element)).toBe('9 entries');
    });

    it('hides the toolbar', async () => {
      const element = await mount(multiDay, { hideToolbar: true });
      expect(toolbarOf(element)).toBeNull();
      expect(items(element)).toHaveLength(9);
    });

    it('uses compact density and fits to the page height', async () => {
      const element = await mount(multiDay, { compact: true, fitToPage: true });
      const log = logOf(element).shadowRoot.querySelector('section[role="log"]');
      expect(log.classList).toContain('transcript-compact');
      expect(log.getAttribute('style')).toContain('max-height: calc(100vh - 16rem)');
    });

    it('grows with a short conversation at height 0, and stops at the window height for a long one', async () => {
      const style = (element) =>
        logOf(element).shadowRoot.querySelector('section[role="log"]').getAttribute('style') ?? '';
      const short = await mount(multiDay, { height: 0 });
      expect(style(short)).not.toContain('max-height');
      document.body.removeChild(short);
      const long = await mount(longChat(400), { height: 0 });
      expect(style(long)).toContain('max-height: calc(100vh - 16rem)');
      expect(items(long).length).toBeLessThan(400);
    });

    it('is accessible with the toolbar, a search and highlights', async () => {
      const element = await mount();
      await search(element, 'order');
      await expect(element).toBeAccessible();
    });
  });
});
