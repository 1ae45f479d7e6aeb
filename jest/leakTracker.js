/**
 * Leak tracker for jest (jsdom): records, from the moment it is installed, every event listener added
 * to any EventTarget, every timer / animation frame / idle callback, and every Mutation-, Resize- and
 * IntersectionObserver, then reports what a removed component left behind.
 *
 *   const tracker = createLeakTracker();
 *   tracker.install();               // before mount
 *   ... mount, interact, remove ...
 *   const leaks = tracker.leaks(element);  // { listeners, timers, observers }
 *   tracker.uninstall();
 *
 * What counts as left behind (generic: it does not know which listeners the component has today):
 * - listeners: added and never removed (nor aborted through `signal`) on a target outside the removed
 *   element's tree: `window`, `document` and any node still in the document, whoever added them; and any
 *   other EventTarget (a `matchMedia` MediaQueryList, `visualViewport`, a BroadcastChannel…) when our
 *   code added the listener (the LWC engine's own per-stylesheet AbortSignal listeners are not ours).
 *   Listeners on the component's own nodes go away with the nodes; a detached node elsewhere is garbage.
 * - timers: setTimeout / setInterval / requestAnimationFrame / requestIdleCallback created by *our code*
 *   (a stack frame in force-app/…/lwc/ outside __tests__) that neither fired nor were cleared.
 * - observers: created by our code and still observing something (no disconnect(), not every target
 *   unobserved).
 *
 * jsdom has no ResizeObserver, IntersectionObserver, matchMedia or requestIdleCallback: while installed,
 * the tracker provides minimal ones so code that uses them runs here and is checked like the rest.
 */
'use strict';

const OUR_FRAME = /[\\/]force-app[\\/]main[\\/]default[\\/]lwc[\\/][^\\/]+[\\/][^\\/]+\.(?:ts|js)\b/;
const TEST_FRAME = /[\\/]__tests__[\\/]/;

/** True when a stack trace has a frame in the package's own LWC sources (not in a test). */
function isOurStack(stack) {
  return String(stack)
    .split('\n')
    .slice(1)
    .some((line) => OUR_FRAME.test(line) && !TEST_FRAME.test(line));
}

function captureStack() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  const stack = new Error('created here').stack ?? '';
  Error.stackTraceLimit = limit;
  return stack;
}

/** The first frame of our code (or the first frame at all), for readable failure messages. */
function origin(stack) {
  const lines = String(stack).split('\n').slice(1);
  const ours = lines.find((line) => OUR_FRAME.test(line) && !TEST_FRAME.test(line));
  return (ours ?? lines.find((line) => !line.includes('leakTracker')) ?? '').trim().replace(/^at /, '');
}

function describeTarget(target, win) {
  if (target === win) return 'window';
  if (target === win.document) return 'document';
  if (target && typeof target.nodeName === 'string') {
    const id = target.id ? `#${target.id}` : '';
    return `<${String(target.nodeName).toLowerCase()}${id}>`;
  }
  if (target && typeof target.media === 'string') return `MediaQueryList(${target.media})`;
  return target?.constructor?.name ?? typeof target;
}

function captureOf(options) {
  return typeof options === 'boolean' ? options : Boolean(options && options.capture);
}

/**
 * @param {{ isOurs?: (stack: string) => boolean, win?: Window }} [options]
 *   isOurs decides which timers and observers belong to the code under test (default: force-app/…/lwc/).
 */
function createLeakTracker({ isOurs = isOurStack, win = globalThis.window } = {}) {
  const listeners = [];
  const timers = [];
  const observers = [];
  const restores = [];
  let recording = 0;

  function patch(owner, name, make) {
    const had = Object.prototype.hasOwnProperty.call(owner, name);
    const previous = owner[name];
    owner[name] = make(previous);
    restores.push(() => {
      if (had) owner[name] = previous;
      else delete owner[name];
    });
  }

  function patchListeners(owner) {
    patch(
      owner,
      'addEventListener',
      (original) =>
        function addEventListener(type, listener, options) {
          if (recording === 0 && listener) {
            const capture = captureOf(options);
            const known = listeners.find(
              (l) =>
                !l.removed &&
                l.target === this &&
                l.type === type &&
                l.listener === listener &&
                l.capture === capture
            );
            if (!known) {
              const stack = captureStack();
              const record = {
                target: this,
                type,
                listener,
                capture,
                removed: false,
                stack,
                ours: isOurs(stack)
              };
              listeners.push(record);
              const signal = options && typeof options === 'object' ? options.signal : undefined;
              if (signal) {
                if (signal.aborted) record.removed = true;
                else {
                  recording++;
                  try {
                    signal.addEventListener('abort', () => (record.removed = true), { once: true });
                  } finally {
                    recording--;
                  }
                }
              }
            }
          }
          recording++;
          try {
            return original.call(this, type, listener, options);
          } finally {
            recording--;
          }
        }
    );
    patch(
      owner,
      'removeEventListener',
      (original) =>
        function removeEventListener(type, listener, options) {
          if (recording === 0) {
            const capture = captureOf(options);
            for (const l of listeners) {
              if (
                !l.removed &&
                l.target === this &&
                l.type === type &&
                l.listener === listener &&
                l.capture === capture
              ) {
                l.removed = true;
              }
            }
          }
          recording++;
          try {
            return original.call(this, type, listener, options);
          } finally {
            recording--;
          }
        }
    );
  }

  function patchTimer(kind, setName, clearName, { once }) {
    const originalSet = win[setName];
    const originalClear = win[clearName];
    if (typeof originalSet !== 'function') return;
    patch(
      win,
      setName,
      () =>
        function trackedSet(callback, ...rest) {
          const stack = captureStack();
          const record = { kind, id: undefined, state: 'pending', stack, ours: isOurs(stack) };
          const wrapped =
            typeof callback === 'function'
              ? function tracked(...args) {
                  if (once) record.state = 'fired';
                  return callback.apply(this, args);
                }
              : callback;
          record.id = originalSet.call(win, wrapped, ...rest);
          timers.push(record);
          return record.id;
        }
    );
    patch(
      win,
      clearName,
      () =>
        function trackedClear(id) {
          for (const t of timers) {
            if (t.kind === kind && t.id === id && t.state === 'pending') t.state = 'cleared';
          }
          return originalClear.call(win, id);
        }
    );
  }

  function patchObserver(name, fallback) {
    const Original = typeof win[name] === 'function' ? win[name] : fallback;
    if (!Original) return;
    // Instance-level wrapping: synthetic shadow's MutationObserver constructor returns another object,
    // so overriding prototype methods in a subclass would miss it.
    function Tracked(...args) {
      const instance = new Original(...args);
      const stack = captureStack();
      const record = { kind: name, targets: new Set(), stack, ours: isOurs(stack) };
      observers.push(record);
      const observe = instance.observe;
      const unobserve = instance.unobserve;
      const disconnect = instance.disconnect;
      instance.observe = function trackedObserve(target, ...rest) {
        record.targets.add(target);
        return observe.call(this, target, ...rest);
      };
      if (typeof unobserve === 'function') {
        instance.unobserve = function trackedUnobserve(target) {
          record.targets.delete(target);
          return unobserve.call(this, target);
        };
      }
      instance.disconnect = function trackedDisconnect() {
        record.targets.clear();
        return disconnect.call(this);
      };
      return instance;
    }
    Tracked.prototype = Original.prototype;
    Object.defineProperty(Tracked, 'name', { value: name });
    patch(win, name, () => Tracked);
    if (globalThis !== win) patch(globalThis, name, () => Tracked);
  }

  /** jsdom has no ResizeObserver / IntersectionObserver: inert stand-ins that only keep state. */
  class InertObserver {
    constructor(callback) {
      this.callback = callback;
    }
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }

  /** jsdom has no matchMedia: a MediaQueryList that is a real EventTarget, so its listeners are tracked. */
  class MediaQueryList extends win.EventTarget {
    constructor(query) {
      super();
      this.media = String(query);
      this.matches = false;
      this.onchange = null;
    }
    addListener(listener) {
      this.addEventListener('change', listener);
    }
    removeListener(listener) {
      this.removeEventListener('change', listener);
    }
  }
  const fakeMatchMedia = (query) => new MediaQueryList(query);

  return {
    install() {
      const targets = new Set([win.EventTarget.prototype]);
      for (const owner of [win, win.document]) {
        if (Object.prototype.hasOwnProperty.call(owner, 'addEventListener')) targets.add(owner);
      }
      targets.forEach(patchListeners);
      patchTimer('setTimeout', 'setTimeout', 'clearTimeout', { once: true });
      patchTimer('setInterval', 'setInterval', 'clearInterval', { once: false });
      patchTimer('requestAnimationFrame', 'requestAnimationFrame', 'cancelAnimationFrame', { once: true });
      if (typeof win.requestIdleCallback === 'function') {
        patchTimer('requestIdleCallback', 'requestIdleCallback', 'cancelIdleCallback', { once: true });
      }
      patchObserver('MutationObserver');
      patchObserver('ResizeObserver', InertObserver);
      patchObserver('IntersectionObserver', InertObserver);
      if (typeof win.matchMedia !== 'function') patch(win, 'matchMedia', () => fakeMatchMedia);
      return this;
    },

    uninstall() {
      while (restores.length) restores.pop()();
    },

    /** Everything recorded so far (for reports and for the tracker's own tests). */
    get recorded() {
      return { listeners, timers, observers };
    },

    /** What the removed `root` element left behind; every list empty means nothing leaked. */
    leaks(root) {
      const inside = (target) => {
        for (let node = target; node; node = node.parentNode ?? node.host ?? null) {
          if (node === root) return true;
        }
        return false;
      };
      const leftBehind = ({ target, ours }) => {
        if (target === win || target === win.document) return true;
        if (target instanceof win.Node) return !inside(target) && target.isConnected;
        return ours;
      };
      return {
        listeners: listeners
          .filter((l) => !l.removed && leftBehind(l))
          .map((l) => `${describeTarget(l.target, win)} "${l.type}" listener added at ${origin(l.stack)}`),
        timers: timers
          .filter((t) => t.ours && t.state === 'pending')
          .map((t) => `${t.kind} still pending, set at ${origin(t.stack)}`),
        observers: observers
          .filter((o) => o.ours && o.targets.size > 0)
          .map((o) => `${o.kind} still observing ${o.targets.size} target(s), created at ${origin(o.stack)}`)
      };
    }
  };
}

module.exports = { createLeakTracker, isOurStack };
