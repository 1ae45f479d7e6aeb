/**
 * The leak tracker itself: it must report each kind of leftover (so the release test can fail) and
 * nothing that was cleaned up (so it does not cry wolf).
 */
const { createLeakTracker, isOurStack } = require('../leakTracker');

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const noop = () => undefined;

describe('leak tracker', () => {
  let tracker;
  let root;

  beforeEach(() => {
    // Every timer and observer counts as "ours" here: the code under test is this file.
    tracker = createLeakTracker({ isOurs: () => true }).install();
    root = document.createElement('div');
    document.body.appendChild(root);
  });

  afterEach(() => {
    tracker.uninstall();
    document.body.innerHTML = '';
  });

  it('reports listeners left on window, document, outside nodes and MediaQueryLists', () => {
    const outside = document.createElement('span');
    document.body.appendChild(outside);
    window.addEventListener('beforeprint', noop);
    window.addEventListener('afterprint', noop);
    window.removeEventListener('afterprint', noop);
    document.addEventListener('keydown', noop, true);
    outside.addEventListener('click', noop);
    window.matchMedia('print').addEventListener('change', noop);
    window.matchMedia('(prefers-reduced-motion: reduce)').addListener(noop);
    document.body.removeChild(root);

    const { listeners } = tracker.leaks(root);
    expect(listeners).toHaveLength(5);
    expect(listeners.join('\n')).toMatch(/window "beforeprint"/);
    expect(listeners.join('\n')).toMatch(/document "keydown"/);
    expect(listeners.join('\n')).toMatch(/<span> "click"/);
    expect(listeners.join('\n')).toMatch(/MediaQueryList\(print\) "change"/);
    expect(listeners.join('\n')).toMatch(/MediaQueryList\(\(prefers-reduced-motion: reduce\)\) "change"/);
    window.removeEventListener('beforeprint', noop);
    document.removeEventListener('keydown', noop, true);
  });

  it('ignores listeners that were removed, aborted, or live inside the removed tree', () => {
    const controller = new AbortController();
    window.addEventListener('resize', noop, { signal: controller.signal });
    document.addEventListener('scroll', noop, { capture: true });
    document.removeEventListener('scroll', noop, true);
    const inner = document.createElement('button');
    root.appendChild(inner);
    inner.addEventListener('click', noop);
    root.addEventListener('focusin', noop);
    const detached = document.createElement('a');
    detached.addEventListener('click', noop);
    controller.abort();
    document.body.removeChild(root);

    expect(tracker.leaks(root).listeners).toEqual([]);
  });

  it('tells capture and bubble listeners apart', () => {
    window.addEventListener('keydown', noop, true);
    window.removeEventListener('keydown', noop);
    expect(tracker.leaks(root).listeners).toHaveLength(1);
    window.removeEventListener('keydown', noop, { capture: true });
    expect(tracker.leaks(root).listeners).toHaveLength(0);
  });

  it('reports timers that neither fired nor were cleared', async () => {
    setTimeout(noop, 0);
    const cleared = setTimeout(noop, 10000);
    clearTimeout(cleared);
    const pending = setTimeout(noop, 10000);
    const interval = setInterval(noop, 10000);
    requestAnimationFrame(noop);
    await tick();

    const { timers } = tracker.leaks(root);
    expect(timers.some((t) => t.startsWith('setTimeout still pending'))).toBe(true);
    expect(timers.some((t) => t.startsWith('setInterval still pending'))).toBe(true);
    clearTimeout(pending);
    clearInterval(interval);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(tracker.leaks(root).timers).toEqual([]);
  });

  it('reports observers still observing, and not disconnected ones', () => {
    const mutation = new MutationObserver(noop);
    mutation.observe(document.body, { childList: true });
    const resize = new ResizeObserver(noop);
    resize.observe(root);
    const intersection = new IntersectionObserver(noop);
    intersection.observe(root);
    intersection.unobserve(root);

    expect(tracker.leaks(root).observers).toHaveLength(2);
    mutation.disconnect();
    resize.disconnect();
    expect(tracker.leaks(root).observers).toEqual([]);
  });

  it('restores every patched global when uninstalled', () => {
    tracker.uninstall();
    const globals = () => ({
      addEventListener: EventTarget.prototype.addEventListener,
      removeEventListener: EventTarget.prototype.removeEventListener,
      setTimeout: window.setTimeout,
      clearTimeout: window.clearTimeout,
      setInterval: window.setInterval,
      clearInterval: window.clearInterval,
      requestAnimationFrame: window.requestAnimationFrame,
      cancelAnimationFrame: window.cancelAnimationFrame,
      MutationObserver: window.MutationObserver,
      ResizeObserver: window.ResizeObserver,
      IntersectionObserver: window.IntersectionObserver,
      matchMedia: window.matchMedia
    });
    const before = globals();
    const own = (name) => Object.prototype.hasOwnProperty.call(window, name);
    const ownBefore = ['ResizeObserver', 'IntersectionObserver', 'matchMedia'].map(own);

    const second = createLeakTracker().install();
    const installed = globals();
    // Installing replaced every one of them (so the check below can tell restored from untouched).
    for (const name of Object.keys(before)) {
      expect(`${name}: ${installed[name] === before[name] ? 'unchanged' : 'patched'}`).toBe(
        `${name}: patched`
      );
    }
    second.uninstall();
    const after = globals();
    for (const name of Object.keys(before)) {
      expect(`${name}: ${after[name] === before[name] ? 'restored' : 'still patched'}`).toBe(
        `${name}: restored`
      );
    }
    expect(['ResizeObserver', 'IntersectionObserver', 'matchMedia'].map(own)).toEqual(ownBefore);
    // A listener added after uninstalling is not recorded.
    const recordedListeners = second.recorded.listeners.length;
    window.addEventListener('resize', noop);
    window.removeEventListener('resize', noop);
    expect(second.recorded.listeners).toHaveLength(recordedListeners);
    tracker = createLeakTracker().install();
  });
});

describe('isOurStack', () => {
  it("attributes frames in force-app's LWC sources, not in tests or node_modules", () => {
    const frame = (file) => `Error: created here\n    at x (/repo/${file}:1:1)`;
    expect(isOurStack(frame('force-app/main/default/lwc/transcriptLog/transcriptLog.ts'))).toBe(true);
    expect(isOurStack(frame('force-app/main/default/lwc/transcriptLog/transcriptLog.js'))).toBe(true);
    expect(isOurStack(frame('force-app/main/default/lwc/transcriptLog/__tests__/a.test.js'))).toBe(false);
    expect(isOurStack(frame('node_modules/@lwc/engine-dom/dist/index.cjs.js'))).toBe(false);
  });
});
