/**
 * Benchmark page (bench.html): hooks for scripts/bench.mjs on window.__bench. It mounts the real
 * c-conversation-transcript (same bundle, base components, synthetic shadow and SLDS as the preview) on
 * a dataset served by the preview `lightning/graphql` stand-in, or a plain-DOM baseline (one `<li>` per
 * entry with the same text) in a box of the same size, and times both the same way. Not part of the
 * preview page and never deployed.
 */
// Synthetic shadow first, as on the platform, so SLDS styles reach inside the components.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import { component, tagName } from 'preview:component';
import { registerSource, stats } from './dataSource.js';

const RECORD_ID = '0Mw000000000777AAA';
const WARM_UP_ID = '0Mw000000000778AAA';
const host = () => document.getElementById('bench-host');
const state = { response: null, texts: [], lowered: [], element: null };

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** Two nested frames: the second callback runs once the frame with the new content was produced. */
const twoFrames = () => nextFrame().then(nextFrame);

/** A macrotask without setTimeout's 4 ms clamp, for polling. */
const channel = new MessageChannel();
const queue = [];
channel.port1.onmessage = () => queue.shift()?.();
const nextTask = () =>
  new Promise((resolve) => {
    queue.push(resolve);
    channel.port2.postMessage(0);
  });

async function until(test, timeoutMs) {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const value = test();
    if (value) return value;
    if (performance.now() > end) return null;
    await nextTask();
  }
}

/** querySelectorAll through every (synthetic or native) shadow root below `root`. */
function deepQueryAll(root, selector, out = []) {
  if (root.shadowRoot) deepQueryAll(root.shadowRoot, selector, out);
  out.push(...root.querySelectorAll(selector));
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) deepQueryAll(el.shadowRoot, selector, out);
  }
  return out;
}
const deepQuery = (root, selector) => deepQueryAll(root, selector)[0] ?? null;

function textOf(node) {
  const message = node?.Message?.value;
  if (typeof message === 'string' && message !== '') return message;
  return node?.EntryType?.displayValue ?? node?.EntryType?.value ?? '';
}

function clear() {
  const el = host();
  while (el.firstChild) el.removeChild(el.firstChild);
  state.element = null;
}

/** Finds the search box of the component (contract: lightning-input.transcript-search, its inner input). */
function searchParts() {
  const element = state.element;
  if (!element) return null;
  const field = deepQuery(element, 'lightning-input.transcript-search');
  if (!field) return null;
  const input = deepQuery(field, 'input');
  return input ? { field, input } : null;
}
/** The search status element (always rendered by the toolbar), found before a keystroke is timed. */
function searchStatus() {
  return state.element ? deepQuery(state.element, '.transcript-search-status') : null;
}
function statusText(status = searchStatus()) {
  return status ? status.textContent.trim() : '';
}

window.__bench = {
  tagName,
  ready: true,

  /** Fetches a generated response, registers it with the stand-in; returns its size. Not timed. */
  async load(url) {
    const text = await (await fetch(url)).text();
    state.response = JSON.parse(text);
    registerSource(RECORD_ID, state.response);
    const nodes = state.response.data.uiapi.query.ConversationEntry.edges.map((e) => e.node);
    state.texts = nodes.map(textOf);
    state.lowered = state.texts.map((t) => ({ text: t.toLowerCase() }));
    return { count: nodes.length, chars: text.length };
  },

  /**
   * Mounts c-conversation-transcript and times it from the first GraphQL response handed to it (data
   * arriving): `ms` until the first page's rows are in the DOM and laid out and the log scrolls (the
   * work: script, style, layout, no frame waiting), `paintedMs` until two nested frames ran after that
   * (first rows painted, log interactive). Then waits for every page (`allMs`: the whole
   * transcript loaded and rendered). The stand-in's own work on later pages (the server's, on the
   * platform) is left out of both.
   */
  async renderComponent(expectedRequests, expectedCount, timeoutMs = 120000) {
    clear();
    stats.timings.length = 0;
    const before = stats.requests;
    const element = createElement(tagName, { is: component });
    element.recordId = RECORD_ID;
    element.objectApiName = 'MessagingSession';
    // The end of the work (script, style, layout) for the first rows, without waiting for frames: the
    // first mutation batch after which the log holds rows and scrolls (reading scrollHeight forces the
    // layout). LWC renders in one microtask; this observer's callback runs right after it.
    // The browser's own observer (bench.html keeps it): synthetic shadow's wrapped one filters out the
    // records from inside shadow trees, where the rows are.
    const native = window.__nativeMutationObserver;
    let workEnd = null;
    const observer = new native.Observer(() => {
      if (workEnd !== null || stats.timings.length === 0) return;
      const scroller = deepQuery(element, 'section.transcript-scroller');
      if (scroller?.querySelector('li[aria-posinset]') && scroller.scrollHeight > scroller.clientHeight) {
        workEnd = performance.now();
        native.disconnect.call(observer);
      }
    });
    native.observe.call(observer, host(), { childList: true, subtree: true });
    host().appendChild(element);
    state.element = element;
    const serverAfterFirst = () => stats.timings.slice(1).reduce((sum, t) => sum + t.serverMs, 0);
    const firstRows = await until(() => {
      if (stats.timings.length === 0) return null;
      const scroller = deepQuery(element, 'section.transcript-scroller');
      if (!scroller || !scroller.querySelector('li[aria-posinset]')) return null;
      return scroller.scrollHeight > scroller.clientHeight ? scroller : null;
    }, timeoutMs);
    if (!firstRows) throw new Error(`no rows rendered: ${stats.timings.length} response(s)`);
    native.disconnect.call(observer);
    const t0 = stats.timings[0].answered;
    const work = (workEnd ?? performance.now()) - t0 - serverAfterFirst();
    await twoFrames();
    const first = performance.now() - t0 - serverAfterFirst();
    const done = await until(() => {
      if (stats.requests - before < expectedRequests || stats.timings.length < expectedRequests) return null;
      const scroller = deepQuery(element, 'section.transcript-scroller');
      const row = scroller?.querySelector('li[aria-setsize]');
      if (!row || row.getAttribute('aria-setsize') !== String(expectedCount)) return null;
      if (deepQuery(element, '.transcript-progress, lightning-spinner')) return null;
      return scroller;
    }, timeoutMs);
    if (!done) {
      throw new Error(
        `component did not finish: ${stats.requests - before} requests, ${stats.timings.length} answered`
      );
    }
    await twoFrames();
    const serverMs = serverAfterFirst();
    return {
      ms: work,
      workObserved: workEnd !== null,
      paintedMs: first,
      allMs: performance.now() - t0 - serverMs,
      serverMs,
      requests: stats.requests - before,
      rowsInDom: done.querySelectorAll('li').length
    };
  },

  /** Baseline: one plain `<li>` per entry with the same text, in the same box, timed the same way. */
  async renderBaseline() {
    clear();
    const texts = state.texts;
    const start = performance.now();
    const list = document.createElement('ul');
    list.className = 'bench-baseline';
    for (let i = 0; i < texts.length; i++) {
      const li = document.createElement('li');
      li.textContent = texts[i];
      list.appendChild(li);
    }
    host().appendChild(list);
    // Reading a layout property forces style and layout now: the work, without frame waiting.
    void list.offsetHeight;
    const work = performance.now() - start;
    await twoFrames();
    const end = performance.now();
    return { ms: work, paintedMs: end - start, rowsInDom: list.childElementCount };
  },

  /**
   * Warm-up before a timed run, as on a record page where the app, the base components and Intl are
   * already in use: renders the first `count` entries (more than a page: paging, windowing and the progress row are set up too) (under another record id) with the component and
   * with the baseline, then removes both. Module, stylesheet and template set-up is paid here, once.
   */
  async warmUp(count = 2100) {
    const slice = {
      data: {
        uiapi: {
          query: {
            ConversationEntry: {
              ...state.response.data.uiapi.query.ConversationEntry,
              edges: state.response.data.uiapi.query.ConversationEntry.edges.slice(0, count),
              totalCount: Math.min(count, state.texts.length)
            }
          }
        }
      }
    };
    registerSource(WARM_UP_ID, slice);
    clear();
    const element = createElement(tagName, { is: component });
    element.recordId = WARM_UP_ID;
    element.objectApiName = 'MessagingSession';
    host().appendChild(element);
    state.element = element;
    await until(() => deepQuery(element, 'li[aria-posinset]'), 10000);
    await twoFrames();
    clear();
    const list = document.createElement('ul');
    list.className = 'bench-baseline';
    for (const text of state.texts.slice(0, count)) {
      const li = document.createElement('li');
      li.textContent = text;
      list.appendChild(li);
    }
    host().appendChild(list);
    await twoFrames();
    clear();
    await twoFrames();
  },

  searchAvailable() {
    return searchParts() !== null;
  },

  /** Types `value` into the search box (one input event) and times it until the status text changed + one frame. */
  async searchKeystroke(value, timeoutMs = 5000) {
    const parts = searchParts();
    if (!parts) return null;
    // Found once, outside the timing: a search through every (synthetic) shadow root on each poll would
    // be the bench's own work, counted as the component's.
    const status = searchStatus();
    const before = statusText(status);
    const start = performance.now();
    parts.input.value = value;
    parts.input.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        inputType: 'insertText',
        data: value.slice(-1)
      })
    );
    const changed = await until(() => {
      const now = statusText(status?.isConnected ? status : searchStatus());
      return now !== before ? now || '(empty)' : null;
    }, timeoutMs);
    await nextFrame();
    const end = performance.now();
    return { ms: end - start, status: changed, before, changed: changed !== null };
  },

  /** Baseline for a keystroke: a bare filter over the (pre-lowercased) texts, its count written, + one frame. */
  async filterBaseline(value) {
    let out = document.getElementById('bench-filter-status');
    if (!out) {
      out = document.createElement('p');
      out.id = 'bench-filter-status';
      document.body.appendChild(out);
    }
    const entries = state.lowered;
    const q = value.toLowerCase();
    const start = performance.now();
    const matches = entries.filter((e) => e.text.includes(q));
    out.textContent = `${matches.length} matches`;
    await nextFrame();
    return { ms: performance.now() - start, matches: matches.length };
  },

  clear
};
