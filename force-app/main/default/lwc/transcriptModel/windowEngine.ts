/**
 * The windowing engine of a long log, without the DOM: measured row heights by entry id (kept across
 * filters), row offsets from them (estimates for rows never rendered), which rows to render for a scroll
 * position, where an entry moved to when the list changed, and whether a render has settled. The
 * component reads the DOM (heights, scroll position) and hands the numbers in.
 */
import { buildOffsets, computeWindow, rowAt, stepWindow, type RowWindow } from './windowing';

/** Anything with a stable id (a transcript entry). */
export interface Identified {
  readonly id: string;
}

/** One rendered row's height as measured: its entry id and index in the current list. */
export interface RowMeasurement {
  id: string;
  index: number;
  height: number;
}

/** The entry at the top of the viewport and how far the viewport is scrolled into it, in px. */
export interface ScrollAnchor {
  id: string;
  delta: number;
}

/** What the log keeps exactly in view through re-renders and corrected heights. */
export type Pin = { kind: 'first' } | { kind: 'last' } | { kind: 'entry'; id: string };

export interface WindowEngineOptions {
  /** Up to this many entries every row is rendered. */
  threshold: number;
  /** Extra rows rendered above and below the viewport. */
  overscan: number;
  /** Rows rendered while the viewport has no known height. */
  minimumRows: number;
  /** Height assumed for a row until it is measured, in px. */
  estimate: number;
  /** Passes allowed to bring a pinned edge or entry into view before the pin is dropped. */
  maxPinPasses: number;
}

export const DEFAULT_WINDOW_OPTIONS: WindowEngineOptions = {
  threshold: 150,
  overscan: 5,
  minimumRows: 40,
  estimate: 72,
  maxPinPasses: 16
};

/** Where the log's scroller is, for bringing a pinned edge or entry into view. */
export interface PinView {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
  /** How far to scroll so the pinned entry's row is fully in view; null when it is not rendered. */
  rowShift: number | null;
}

/** Pixels of a CSS length in px or rem (16 px), e.g. "480px", "32rem"; 0 when it cannot be told. */
export function cssLengthPx(length: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)(px|rem)\s*$/.exec(length);
  if (!match) {
    return 0;
  }
  const value = Number(match[1]);
  return match[2] === 'rem' ? value * 16 : value;
}

/**
 * How far to scroll so a row's box lies inside the viewport's box: 0 when it does, to its top when it
 * is above or taller than the viewport, else to its bottom. Boxes as getBoundingClientRect gives them.
 */
export function offsetIntoView(
  viewport: { top: number; height: number },
  row: { top: number; bottom: number; height: number }
): number {
  if (row.top < viewport.top || row.height > viewport.height) {
    return row.top - viewport.top;
  }
  const bottom = viewport.top + viewport.height;
  return row.bottom > bottom ? row.bottom - bottom : 0;
}

/** True when two windows render the same rows with the same padding (within half a pixel). */
export function sameWindow(a: RowWindow, b: RowWindow | null): boolean {
  return (
    b !== null &&
    a.start === b.start &&
    a.end === b.end &&
    Math.abs(a.before - b.before) <= 0.5 &&
    Math.abs(a.after - b.after) <= 0.5
  );
}

export class WindowEngine {
  readonly options: WindowEngineOptions;
  /** The window of the last render (what is in the DOM), or null when not windowed or unknown. */
  rendered: RowWindow | null = null;
  /** The edge or entry being brought into view, or null. */
  pin: Pin | null = null;
  private list: readonly Identified[] = [];
  /** Measured heights by entry id, kept for entries filtered out should they come back. */
  private readonly heights = new Map<string, number>();
  /** Index in the current list of every measured entry that is in it. */
  private readonly positions = new Map<string, number>();
  // Stryker disable next-line ObjectLiteral,StringLiteral: with a count of 0 (or none) no id is compared
  /** Length, first and last id of the list `positions` was worked out for. */
  private shape = { count: 0, firstId: '', lastId: '' };
  private offsetCache: Float64Array = new Float64Array(1);
  // Stryker disable next-line BooleanLiteral: the first offsetCache, [0], is the empty list's offsets
  private offsetsDirty = true;
  private memo: {
    version: number;
    offsets: Float64Array;
    scrollTop: number;
    viewportHeight: number;
    window: RowWindow;
  } | null = null;
  private pinPasses = 0;

  constructor(options: Partial<WindowEngineOptions> = {}) {
    this.options = { ...DEFAULT_WINDOW_OPTIONS, ...options };
  }

  get count(): number {
    return this.list.length;
  }

  /** Whether only a window of the rows is rendered. */
  get windowed(): boolean {
    return this.list.length > this.options.threshold;
  }

  /**
   * Takes a new list. Returns true when it was reordered or shrunk (measured rows moved), false when it
   * was only appended to. Appending checks just the measured rows, so loading page after page of a long
   * list stays linear; anything else walks the list once.
   */
  setEntries(list: readonly Identified[]): boolean {
    this.list = list;
    this.rendered = null;
    this.offsetsDirty = true;
    const { heights, positions, shape } = this;
    const count = list.length;
    let moved =
      count < shape.count ||
      (shape.count > 0 && (list[0].id !== shape.firstId || list[shape.count - 1].id !== shape.lastId));
    if (!moved) {
      for (const [id, index] of positions) {
        if (index >= count || list[index].id !== id) {
          moved = true;
          break;
        }
      }
    }
    this.shape = {
      count,
      firstId: count > 0 ? list[0].id : '',
      lastId: count > 0 ? list[count - 1].id : ''
    };
    if (!moved) {
      return false;
    }
    positions.clear();
    if (heights.size > 0) {
      list.forEach((entry, index) => {
        if (heights.has(entry.id)) {
          positions.set(entry.id, index);
        }
      });
    }
    return true;
  }

  /**
   * Takes a new list and keeps the entry at the top of the viewport where it was: returns the scroll
   * position that does (when the list was reordered or grew above it), or null when the scroll position
   * stays (also without a viewport, `scrollTop` null, and while a pin decides where to scroll).
   */
  replaceEntries(list: readonly Identified[], scrollTop: number | null): number | null {
    const anchor = scrollTop === null ? null : this.anchorAt(scrollTop);
    const moved = this.setEntries(list);
    if (!anchor || !moved || this.pin || scrollTop === null) {
      return null;
    }
    const target = this.anchorTop(anchor);
    return target !== null && Math.abs(target - scrollTop) > 1 ? target : null;
  }

  /** Index of the entry with this id in the list, or -1. */
  indexOf(id: string): number {
    return this.list.findIndex((entry) => entry.id === id);
  }

  /** Row tops and, last, the total height: measured heights where known, the estimate elsewhere. */
  offsets(): Float64Array {
    if (this.offsetsDirty) {
      // Stryker disable next-line ArrayDeclaration: buildOffsets skips a pair whose index is not a number
      const measured: Array<[number, number]> = [];
      for (const [id, index] of this.positions) {
        measured.push([index, this.heights.get(id) ?? this.options.estimate]);
      }
      this.offsetCache = buildOffsets(this.list.length, measured, this.options.estimate);
      this.offsetsDirty = false;
    }
    return this.offsetCache;
  }

  /** The rows to render at this scroll position (all of them when not windowed). */
  windowAt(scrollTop: number, viewportHeight: number): RowWindow {
    const count = this.list.length;
    if (!this.windowed) {
      return { start: 0, end: count, before: 0, after: 0 };
    }
    const { overscan, minimumRows } = this.options;
    return computeWindow(
      this.offsets(),
      scrollTop,
      viewportHeight,
      overscan,
      viewportHeight > 0 ? 0 : minimumRows
    );
  }

  /**
   * The window to render next. While a row holds keyboard focus, the way to `windowAt` goes in steps
   * that never move the focused row's element (see stepWindow). The result is kept for the same
   * version, offsets, scroll position and viewport (a render asks for it several times); the caller
   * bumps `version` when the rendered rows changed what comes next.
   */
  nextWindow(version: number, scrollTop: number, viewportHeight: number, focused: boolean): RowWindow {
    if (!this.windowed) {
      return { start: 0, end: this.list.length, before: 0, after: 0 };
    }
    const offsets = this.offsets();
    const memo = this.memo;
    if (
      memo &&
      memo.version === version &&
      memo.offsets === offsets &&
      memo.scrollTop === scrollTop &&
      memo.viewportHeight === viewportHeight
    ) {
      return memo.window;
    }
    const target = this.windowAt(scrollTop, viewportHeight);
    const window = focused ? stepWindow(this.rendered, target, offsets) : target;
    this.memo = { version, offsets, scrollTop, viewportHeight, window };
    return window;
  }

  /** Whether the rendered window is the one for this scroll position: nothing left to render. */
  settled(scrollTop: number, viewportHeight: number): boolean {
    return sameWindow(this.windowAt(scrollTop, viewportHeight), this.rendered);
  }

  /** The entry at `scrollTop` and the offset into it; null when not windowed or empty. */
  anchorAt(scrollTop: number): ScrollAnchor | null {
    if (!this.windowed || this.list.length === 0) {
      return null;
    }
    const offsets = this.offsets();
    const index = rowAt(offsets, scrollTop);
    return { id: this.list[index].id, delta: scrollTop - offsets[index] };
  }

  /** The scroll position that puts the anchor's entry where it was; null when it is gone. */
  anchorTop(anchor: ScrollAnchor): number | null {
    const index = this.indexOf(anchor.id);
    return index === -1 || !this.windowed ? null : Math.max(0, this.offsets()[index] + anchor.delta);
  }

  /** The top of the row at `index`, measured or estimated. */
  topOf(index: number): number {
    return this.offsets()[index] ?? 0;
  }

  /**
   * Records rendered rows' heights. Returns whether anything changed, and by how much the rows above
   * `scrollTop` grew (a scroll correction that keeps what the user sees still).
   */
  record(rows: readonly RowMeasurement[], scrollTop: number): { changed: boolean; shiftAbove: number } {
    const offsets = this.offsets();
    const start = this.rendered?.start ?? 0;
    let shiftAbove = 0;
    let changed = false;
    for (const { id, index, height } of rows) {
      if (height <= 0) {
        continue;
      }
      const previous = this.heights.get(id);
      if (previous === undefined || Math.abs(previous - height) > 0.5) {
        const old = previous ?? this.options.estimate;
        if (index >= start && offsets[index] + old <= scrollTop) {
          shiftAbove += height - old;
        }
        this.heights.set(id, height);
        changed = true;
      }
      if (this.positions.get(id) !== index) {
        // Measured before, but not yet placed in this list (it came back after a filter, say).
        this.positions.set(id, index);
        changed = true;
      }
    }
    if (changed) {
      this.offsetsDirty = true;
    }
    return { changed, shiftAbove };
  }

  /**
   * Where to scroll for the pin: the end for 'last', the top for 'first'; for an entry, by its row's
   * shift when rendered (for the last entry at least to the end, as Jump to latest shows it), else to
   * its estimated offset, a third of the viewport down. Null without a pin, or when the pinned entry
   * is gone (the pin is dropped).
   */
  pinScrollTarget(view: PinView): number | null {
    const pin = this.pin;
    if (!pin) {
      return null;
    }
    const end = view.scrollHeight - view.clientHeight;
    if (pin.kind !== 'entry') {
      return pin.kind === 'last' ? end : 0;
    }
    if (view.rowShift !== null) {
      const target = view.scrollTop + view.rowShift;
      return this.list[this.list.length - 1]?.id === pin.id ? Math.max(target, end) : target;
    }
    const index = this.indexOf(pin.id);
    if (index === -1) {
      this.pin = null;
      return null;
    }
    return this.topOf(index) - view.clientHeight / 3;
  }

  /**
   * Where to scroll to bring the entry at `index` into view when its row is not rendered: its
   * estimated top a third of the viewport down, inside the list's height. Null when the row is in the
   * rendered window (its box says exactly where it is), when nothing was rendered yet, and when not
   * windowed (every row is rendered).
   */
  jumpTarget(index: number, viewportHeight: number): number | null {
    const rendered = this.rendered;
    if (!this.windowed || !rendered || index < 0 || index >= this.list.length) {
      return null;
    }
    if (index >= rendered.start && index < rendered.end) {
      return null;
    }
    const offsets = this.offsets();
    const end = Math.max(0, offsets[this.list.length] - viewportHeight);
    return Math.min(end, Math.max(0, offsets[index] - viewportHeight / 3));
  }

  /** Starts bringing an edge or an entry into view. */
  pinTo(pin: Pin): void {
    this.pin = pin;
    this.pinPasses = 0;
  }

  /** Counts one pass towards the pin; false (and the pin dropped) once too many passes were needed. */
  pinPass(): boolean {
    if (++this.pinPasses > this.options.maxPinPasses) {
      this.pin = null;
      return false;
    }
    return true;
  }

  /** The pin is in view: passes start again from zero for the next correction. */
  pinSettled(): void {
    this.pinPasses = 0;
    if (this.pin?.kind !== 'last') {
      this.pin = null;
    }
  }
}
