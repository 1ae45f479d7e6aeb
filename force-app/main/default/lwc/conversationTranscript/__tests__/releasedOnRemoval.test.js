/**
 * Released on removal: mount c-conversation-transcript with data, use it, remove it, and prove it left
 * nothing behind. The spies go in before the mount and know nothing about today's code, so they also
 * guard future code (a toolbar's window 'beforeprint' / 'afterprint' listeners, a matchMedia listener, a
 * "Copied" timer, a ResizeObserver): see jest/leakTracker.js for exactly what counts as left behind.
 */
import { createElement } from 'lwc';
import ConversationTranscript from 'c/conversationTranscript';
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import { createLeakTracker } from '../../../../../../jest/leakTracker';

const standardChat = require('./data/standardChat.json');
const pageOne = require('./data/pageOne.json');

const RECORD_ID = '0Mw5g000000TestCAI';
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

/** `count` entries (real standard-chat nodes with new Ids and Seq) as UI API pages of 2000. */
function largePages(count, pageSize = 2000) {
  const base = standardChat.uiapi.query.ConversationEntry.edges.map((e) => e.node);
  const pages = [];
  for (let start = 0; start < count; start += pageSize) {
    const edges = [];
    for (let i = start; i < Math.min(count, start + pageSize); i++) {
      const node = JSON.parse(JSON.stringify(base[i % base.length]));
      node.Id = `0dw${String(i + 1).padStart(12, '0')}AAA`;
      node.Seq = { value: i + 1 };
      edges.push({ node });
    }
    const end = start + edges.length - 1;
    pages.push({
      uiapi: {
        query: {
          ConversationEntry: {
            edges,
            pageInfo: { hasNextPage: end < count - 1, endCursor: btoa(`v1:${end}`) },
            totalCount: count
          }
        }
      }
    });
  }
  return pages;
}

/** Every connect() of both wire adapters (entries and session record) is matched by a disconnect(). */
function wireSpies() {
  const open = { graphql: new Set(), getRecord: new Set() };
  const spies = [];
  for (const [name, Adapter] of [
    ['graphql', graphql],
    // sfdx-lwc-jest's getRecord is a function whose test adapter class is its `adapter`.
    ['getRecord', getRecord.adapter ?? getRecord]
  ]) {
    const connect = Adapter.prototype.connect;
    const disconnect = Adapter.prototype.disconnect;
    spies.push(
      jest.spyOn(Adapter.prototype, 'connect').mockImplementation(function trackedConnect(...args) {
        open[name].add(this);
        return connect.apply(this, args);
      }),
      jest.spyOn(Adapter.prototype, 'disconnect').mockImplementation(function trackedDisconnect(...args) {
        open[name].delete(this);
        return disconnect.apply(this, args);
      })
    );
  }
  return {
    open,
    connects: () => spies[0].mock.calls.length + spies[2].mock.calls.length,
    restore: () => spies.forEach((spy) => spy.mockRestore())
  };
}

function mount(props = {}) {
  const element = createElement('c-conversation-transcript', { is: ConversationTranscript });
  Object.assign(element, { recordId: RECORD_ID, objectApiName: 'MessagingSession', ...props });
  document.body.appendChild(element);
  return element;
}

const logOf = (element) => element.shadowRoot.querySelector('c-transcript-log');
const scrollerOf = (element) => logOf(element).shadowRoot.querySelector('section[role="log"]');
const rowsOf = (element) => logOf(element).shadowRoot.querySelectorAll('li[data-entry-id]');

async function scrollTo(element, top) {
  const scroller = scrollerOf(element);
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
  await flushPromises();
}

describe('c-conversation-transcript releases everything when removed', () => {
  let tracker;
  let wires;

  beforeAll(async () => {
    // Warm-up outside the measurement: what jsdom's selector engine and the LWC engine set up once per
    // document (never per component) is done before the spies that measure go in.
    const warmUp = createLeakTracker().install();
    try {
      const warm = mount();
      graphql.emit(standardChat);
      await flushPromises();
      document.body.removeChild(warm);
    } finally {
      warmUp.uninstall();
    }
  });

  beforeEach(() => {
    tracker = createLeakTracker().install();
    wires = wireSpies();
  });

  afterEach(() => {
    tracker.uninstall();
    wires.restore();
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  /** Removes the element and asserts nothing it started is still attached, pending or observing. */
  async function removeAndExpectReleased(element) {
    document.body.removeChild(element);
    await flushPromises();
    expect(tracker.leaks(element)).toEqual({ listeners: [], timers: [], observers: [] });
    expect(wires.connects()).toBeGreaterThanOrEqual(2);
    expect([...wires.open.graphql]).toHaveLength(0);
    expect([...wires.open.getRecord]).toHaveLength(0);
  }

  it('a short transcript (every row rendered)', async () => {
    const element = mount();
    graphql.emit(standardChat);
    await flushPromises();
    expect(rowsOf(element)).toHaveLength(standardChat.uiapi.query.ConversationEntry.edges.length);
    await scrollTo(element, 200);

    await removeAndExpectReleased(element);
  });

  it('a windowed transcript of 4,100 entries in three pages, scrolled through', async () => {
    const pages = largePages(4100);
    const element = mount();
    for (const page of pages) {
      graphql.emit(page);
      await flushPromises();
    }
    expect(rowsOf(element)[0].getAttribute('aria-setsize')).toBe('4100');
    expect(rowsOf(element).length).toBeLessThan(150);
    const seen = new Set();
    for (const top of [1000, 50000, 150000, 290000, 0]) {
      await scrollTo(element, top);
      seen.add(rowsOf(element)[0].getAttribute('aria-posinset'));
    }
    expect(seen.size).toBeGreaterThan(2);
    // The spies are live: they saw the log's own scroll listener (inside the tree, so not a leak).
    expect(tracker.recorded.listeners.some((l) => l.type === 'scroll')).toBe(true);

    await removeAndExpectReleased(element);
  });

  it('while the next page is still loading', async () => {
    const element = mount();
    graphql.emit(pageOne);
    await flushPromises();
    expect(element.shadowRoot.querySelector('.transcript-progress')).not.toBeNull();

    await removeAndExpectReleased(element);
  });

  it('before any data arrived (spinner)', async () => {
    const element = mount();
    await flushPromises();
    expect(element.shadowRoot.querySelector('lightning-spinner')).not.toBeNull();

    await removeAndExpectReleased(element);
  });

  it('in the error state, after Try again and Show details', async () => {
    const element = mount();
    graphql.emit(pageOne);
    await flushPromises();
    graphql.emitErrors([{ message: 'Request timed out' }]);
    await flushPromises();
    const panel = element.shadowRoot.querySelector('c-error-panel');
    panel.shadowRoot.querySelector('.error-toggle').dispatchEvent(new CustomEvent('click'));
    panel.dispatchEvent(new CustomEvent('retry'));
    await flushPromises();
    graphql.emitErrors([{ message: 'Request timed out' }]);
    await flushPromises();
    expect(element.shadowRoot.querySelector('c-error-panel')).not.toBeNull();

    await removeAndExpectReleased(element);
  });

  it('with a transient status message still on screen (its clearing timer)', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.resolve() }
    });
    const element = mount();
    graphql.emit(standardChat);
    await flushPromises();
    const toolbar = element.shadowRoot.querySelector('c-transcript-toolbar');
    toolbar.shadowRoot
      .querySelector('lightning-button-menu.transcript-export-menu')
      .dispatchEvent(new CustomEvent('select', { detail: { value: 'copy' } }));
    await flushPromises();
    expect(element.shadowRoot.querySelector('.transcript-status-message').textContent).not.toBe('');
    expect(tracker.recorded.timers.some((t) => t.ours && t.state === 'pending')).toBe(true);

    await removeAndExpectReleased(element);
  });

  it('after being moved to another place in the page and back', async () => {
    const element = mount();
    graphql.emit(standardChat);
    await flushPromises();
    const other = document.createElement('div');
    document.body.appendChild(other);
    other.appendChild(element);
    await flushPromises();
    graphql.emit(standardChat);
    await flushPromises();
    other.removeChild(element);
    document.body.appendChild(element);
    await flushPromises();
    expect(rowsOf(element)).toHaveLength(standardChat.uiapi.query.ConversationEntry.edges.length);

    await removeAndExpectReleased(element);
  });
});
