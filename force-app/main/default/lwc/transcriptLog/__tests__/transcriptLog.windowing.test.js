// Windowing with measured heights: jsdom has no layout, so each row reports a height this test chooses
// (40, 50 or 60 px by its position in the fixture, never the 72 px estimate) and the scroller gets a
// settable scrollTop. The test watches which rows were ever in the DOM (its own MutationObserver): the
// padding above the window must add up the heights of the rows above it, the test's height for every
// row that has been on screen and the estimate for the others. A log that never measures pads with
// estimates only and fails.
import { createElement } from 'lwc';
import TranscriptLog from 'c/transcriptLog';
import { normalizeEntry } from 'c/transcriptModel';

const ESTIMATE = 72;
const MIN_HEIGHT = 40;
/** The height the test gives a row: set by the entry's number, independent of the component. */
const heightOf = (id) => MIN_HEIGHT + (Number(id.slice(3)) % 3) * 10;

function entries(count) {
  return Array.from({ length: count }, (_, i) =>
    normalizeEntry({
      Id: `0dw${String(i).padStart(15, '0')}`,
      Seq: { value: i + 1 },
      EntryType: { value: 'Text' },
      ActorType: { value: i % 2 ? 'Agent' : 'EndUser' },
      ActorName: { value: 'Someone' },
      Message: { value: `message ${i + 1}` },
      EntryTime: { value: new Date(Date.UTC(2024, 4, 14, 16, 0, i)).toISOString() },
      HasAttachments: { value: false }
    })
  );
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Ids of every row that has been in the DOM, recorded by the test's MutationObserver. */
const shown = new Set();

/** Starts recording the rows the log renders (before its first render). */
function watchRows(element) {
  const record = (node) => {
    if (node.nodeType === 1 && node.matches('li[data-entry-id]')) shown.add(node.dataset.entryId);
  };
  const observer = new MutationObserver((mutations) =>
    mutations.forEach((m) => m.addedNodes.forEach(record))
  );
  return {
    start() {
      const list = element.shadowRoot.querySelector('ul');
      list.querySelectorAll('li[data-entry-id]').forEach(record);
      observer.observe(list, { childList: true });
    },
    stop: () => observer.disconnect()
  };
}

/** Where a row sits: the heights of the rows above it, as the test knows them. */
function topOf(list, index) {
  let top = 0;
  for (let i = 0; i < index; i++) top += shown.has(list[i].id) ? heightOf(list[i].id) : ESTIMATE;
  return top;
}

/** The padding above the window, and what the heights of the rows above it add up to. */
function paddingAbove(element, list) {
  const rows = element.shadowRoot.querySelectorAll('li[data-entry-id]');
  const first = Number(rows[0].getAttribute('aria-posinset')) - 1;
  return {
    first,
    actual: element.shadowRoot.querySelector('ul').style.paddingTop,
    expected: `${topOf(list, first)}px`,
    estimatesOnly: `${first * ESTIMATE}px`
  };
}

async function scrollTo(element, y) {
  const section = element.shadowRoot.querySelector('section');
  let top = y;
  Object.defineProperty(section, 'scrollTop', {
    configurable: true,
    get: () => top,
    set: (value) => {
      top = value;
    }
  });
  section.dispatchEvent(new CustomEvent('scroll'));
  await flush();
}

describe('c-transcript-log windowing with measured heights', () => {
  let original;
  beforeAll(() => {
    original = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = function () {
      const height = this.tagName === 'LI' && this.dataset.entryId ? heightOf(this.dataset.entryId) : 0;
      return { height, width: 100, top: 0, left: 0, bottom: height, right: 100, x: 0, y: 0 };
    };
  });
  afterAll(() => {
    HTMLElement.prototype.getBoundingClientRect = original;
  });
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    shown.clear();
  });

  it('keeps measured heights when a page is appended, and finds them again after a filter', async () => {
    const list = entries(300);
    const element = createElement('c-transcript-log', { is: TranscriptLog });
    element.entries = list;
    element.maxHeight = '500px';
    document.body.appendChild(element);
    const rows = watchRows(element);
    rows.start();
    await flush();
    await flush();
    const longer = [...list, ...entries(330).slice(300)];
    const filtered = list.slice(100);
    const steps = [
      { name: 'measured rows', list, scroll: 1000 },
      { name: 'a page appended: measured rows keep their place', list: longer, scroll: 1500 },
      { name: 'filtered: the measured rows move or go', list: filtered, scroll: 1200 },
      { name: 'filter cleared: every measured row is back', list, scroll: 2000 }
    ];
    const results = [];
    for (const step of steps) {
      element.entries = step.list;
      await flush();
      await scrollTo(element, step.scroll);
      results.push({ name: step.name, ...paddingAbove(element, step.list) });
    }
    rows.stop();
    for (const result of results) {
      expect(result.first).toBeGreaterThan(0);
      expect(`${result.name}: ${result.actual}`).toBe(`${result.name}: ${result.expected}`);
    }
    // Rows above the window were on screen before, so their heights count, not estimates alone (the
    // filtered list starts at entry 101, below every row shown until then: estimates there).
    expect(results.filter((r) => r.expected !== r.estimatesOnly).map((r) => r.name)).toEqual([
      steps[0].name,
      steps[1].name,
      steps[3].name
    ]);
  });

  it('keeps what is on screen still when entries arrive above it (newest first while pages load)', async () => {
    const all = entries(400).reverse(); // newest first
    const firstPage = all.slice(100); // the oldest 300, loaded first
    const element = createElement('c-transcript-log', { is: TranscriptLog });
    element.entries = firstPage;
    element.maxHeight = '500px';
    document.body.appendChild(element);
    const rows = watchRows(element);
    rows.start();
    await flush();
    await scrollTo(element, 2000);
    const section = element.shadowRoot.querySelector('section');
    const topRow = () =>
      Array.from(element.shadowRoot.querySelectorAll('li[data-entry-id]')).find((row) => {
        const index = Number(row.getAttribute('aria-posinset')) - 1;
        const list = element.entries;
        return topOf(list, index + 1) > section.scrollTop;
      });
    const before = topRow().dataset.entryId;

    // The next page holds 100 newer entries: they go above everything shown.
    element.entries = all;
    await flush();
    await flush();

    // Scrolled down by the 100 new rows (estimated, less what measuring the overscan rows corrected).
    expect(section.scrollTop).toBeGreaterThan(2000 + 100 * MIN_HEIGHT);
    expect(section.scrollTop).toBeLessThanOrEqual(2000 + 100 * ESTIMATE);
    expect(topRow().dataset.entryId).toBe(before);
    rows.stop();
  });
});
