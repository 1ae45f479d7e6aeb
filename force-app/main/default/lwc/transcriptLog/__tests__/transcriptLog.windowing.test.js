// Windowing with measured heights: jsdom has no layout, so rows report a 50 px height when measured
// (the mock records which) and the scroller gets a settable scrollTop. The padding above the window
// must add up the heights of the rows above it: 50 px for every measured one, the estimate otherwise.
import { createElement } from 'lwc';
import TranscriptLog from 'c/transcriptLog';
import { normalizeEntry } from 'c/transcriptModel';

const ESTIMATE = 72;
const MEASURED = 50;

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
const measured = new Set();

/** The padding above the window, and what the heights of the rows above it add up to. */
function paddingAbove(element, list) {
  const rows = element.shadowRoot.querySelectorAll('li[data-entry-id]');
  const first = Number(rows[0].getAttribute('aria-posinset')) - 1;
  let expected = 0;
  for (let i = 0; i < first; i++) expected += measured.has(list[i].id) ? MEASURED : ESTIMATE;
  return {
    first,
    actual: element.shadowRoot.querySelector('ul').style.paddingTop,
    expected: `${expected}px`
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
      const height = this.tagName === 'LI' ? MEASURED : 0;
      if (this.tagName === 'LI') measured.add(this.dataset.entryId);
      return { height, width: 100, top: 0, left: 0, bottom: height, right: 100, x: 0, y: 0 };
    };
  });
  afterAll(() => {
    HTMLElement.prototype.getBoundingClientRect = original;
  });
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('keeps measured heights when a page is appended, and finds them again after a filter', async () => {
    const list = entries(300);
    const element = createElement('c-transcript-log', { is: TranscriptLog });
    element.entries = list;
    element.maxHeight = '500px';
    document.body.appendChild(element);
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
    for (const result of results) {
      expect(result.first).toBeGreaterThan(0);
      expect(`${result.name}: ${result.actual}`).toBe(`${result.name}: ${result.expected}`);
    }
  });

  it('keeps what is on screen still when entries arrive above it (newest first while pages load)', async () => {
    const all = entries(400).reverse(); // newest first
    const firstPage = all.slice(100); // the oldest 300, loaded first
    const element = createElement('c-transcript-log', { is: TranscriptLog });
    element.entries = firstPage;
    element.maxHeight = '500px';
    document.body.appendChild(element);
    await flush();
    await scrollTo(element, 2000);
    const section = element.shadowRoot.querySelector('section');
    const topRow = () =>
      Array.from(element.shadowRoot.querySelectorAll('li[data-entry-id]')).find((row) => {
        const index = Number(row.getAttribute('aria-posinset')) - 1;
        const list = element.entries;
        let top = 0;
        for (let i = 0; i < index; i++) top += measured.has(list[i].id) ? MEASURED : ESTIMATE;
        return top + (measured.has(list[index].id) ? MEASURED : ESTIMATE) > section.scrollTop;
      });
    const before = topRow().dataset.entryId;

    // The next page holds 100 newer entries: they go above everything shown.
    element.entries = all;
    await flush();
    await flush();

    // Scrolled down by the 100 new rows (estimated, less what measuring the overscan rows corrected).
    expect(section.scrollTop).toBeGreaterThan(2000 + 100 * MEASURED);
    expect(section.scrollTop).toBeLessThanOrEqual(2000 + 100 * ESTIMATE);
    expect(topRow().dataset.entryId).toBe(before);
  });
});
