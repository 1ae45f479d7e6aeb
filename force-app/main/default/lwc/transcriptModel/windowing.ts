/**
 * Pure maths for windowed rendering of long transcripts: row offsets from measured (or estimated)
 * heights, and which slice of rows intersects the viewport plus an overscan.
 */

export interface RowWindow {
  start: number;
  /** Exclusive. */
  end: number;
  /** Space above the first rendered row, in px. */
  before: number;
  /** Space below the last rendered row, in px. */
  after: number;
}

/** One line of the printed transcript (`c-transcript-print-rows`), its strings worked out. */
export interface PrintRow {
  key: string;
  className: string;
  /** The day label when this entry starts a day, else null. */
  day: string | null;
  time: string;
  /** Who: the actor's name, with the actor type for messages. */
  name: string;
  /** What: the message, or the event and its text. */
  text: string;
}

/**
 * offsets[i] is the top of row i; offsets[count] is the total height. `measured` gives the rows whose
 * real height is known, as [index, height]; every other row (or a height that is not positive) counts
 * as `estimate`. Works on numbers only, so a long list costs one pass.
 */
export function buildOffsets(
  count: number,
  measured: Iterable<readonly [number, number]>,
  estimate: number
): Float64Array {
  const heights = new Float64Array(count).fill(estimate);
  for (const [index, height] of measured) {
    // A typed array ignores a write outside its rows (an index from before the list shrank).
    if (height > 0) {
      heights[index] = height;
    }
  }
  const offsets = new Float64Array(count + 1);
  // Stryker disable next-line EqualityOperator: one more pass would write offsets[count + 1], outside the array
  for (let i = 0; i < count; i++) {
    offsets[i + 1] = offsets[i] + heights[i];
  }
  return offsets;
}

/** Index of the row containing `y` (binary search over offsets). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid] <= y) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

/** The rows to render for a viewport, with `overscan` extra rows on each side. */
export function computeWindow(
  offsets: Float64Array,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
  minimumRows: number
): RowWindow {
  const count = offsets.length - 1;
  // Stryker disable next-line EqualityOperator: with no rows the general case gives this same empty window
  if (count <= 0) {
    return { start: 0, end: 0, before: 0, after: 0 };
  }
  const top = Math.max(0, scrollTop);
  const first = rowAt(offsets, top);
  const last = rowAt(offsets, top + Math.max(0, viewportHeight));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(last + 1 + overscan, start + minimumRows));
  return { start, end, before: offsets[start], after: offsets[count] - offsets[end] };
}

/**
 * The next window to render on the way from `rendered` to `target` without moving any rendered row's
 * element: LWC's keyed list diff (snabbdom's algorithm) inserts rows added at either end in place, and
 * removes rows at one end in place while the other end stays; but dropping rows at one end while the
 * other end changes too moves every row in between (insertBefore), and moving the element that holds
 * keyboard focus blurs it. So, while focus is in the list: first the union (additions only), then the
 * removals at the start, then at the end. Windows that do not overlap share no row to move: `target`.
 */
export function stepWindow(rendered: RowWindow | null, target: RowWindow, offsets: Float64Array): RowWindow {
  const count = offsets.length - 1;
  if (!rendered || rendered.end > count || target.start >= rendered.end || target.end <= rendered.start) {
    return target;
  }
  let start: number;
  let end: number;
  if (target.start < rendered.start || target.end > rendered.end) {
    // Rows to add: the union first (the target itself when it only adds).
    start = Math.min(rendered.start, target.start);
    end = Math.max(rendered.end, target.end);
  } else if (target.start > rendered.start) {
    // Rows to drop only: those at the start first (the target itself when the end stays).
    start = target.start;
    end = rendered.end;
  } else {
    return target;
  }
  return { start, end, before: offsets[start], after: offsets[count] - offsets[end] };
}
