// The windowing engine without a browser: the numbers a component hands in (heights, scroll position,
// viewport) and the windows, offsets and scroll targets that come out.
import { WindowEngine, cssLengthPx, offsetIntoView, sameWindow } from '../windowEngine';

const ESTIMATE = 72;
const list = (count, prefix = 'e') => Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}` }));
/** An engine with small numbers: windowed above 10 rows, 2 rows of overscan, rows of 10 px until measured. */
const engine = (options = {}) =>
  new WindowEngine({ threshold: 10, overscan: 2, minimumRows: 6, estimate: 10, maxPinPasses: 3, ...options });
/** Measurements of rows [from..to) of `entries`, each `height` px. */
const heights = (entries, from, to, height) =>
  entries.slice(from, to).map((entry, i) => ({ id: entry.id, index: from + i, height }));

describe('WindowEngine', () => {
  it('renders every row of a short list and only a window of a long one', () => {
    const short = engine();
    short.setEntries(list(10));
    expect(short.windowed).toBe(false);
    expect(short.windowAt(500, 30)).toEqual({ start: 0, end: 10, before: 0, after: 0 });

    const long = engine();
    long.setEntries(list(100));
    expect(long.windowed).toBe(true);
    // Rows 5..8 are in a 30 px viewport at 50 px (10 px each), plus 2 rows either side.
    expect(long.windowAt(50, 30)).toEqual({ start: 3, end: 11, before: 30, after: 890 });
    // Without a viewport height: the minimum number of rows.
    expect(long.windowAt(0, 0)).toEqual({ start: 0, end: 6, before: 0, after: 940 });
  });

  it('uses the default sizes of the log', () => {
    const log = new WindowEngine();
    log.setEntries(list(151));
    expect(log.windowed).toBe(true);
    expect(log.offsets()[151]).toBe(151 * ESTIMATE);
    log.setEntries(list(150));
    expect(log.windowed).toBe(false);
  });

  it('places rows by their measured heights and estimates the others', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    const result = e.record(heights(entries, 0, 5, 40), 0);
    expect(result).toEqual({ changed: true, shiftAbove: 0 });
    const offsets = e.offsets();
    expect(offsets[5]).toBe(200);
    expect(offsets[6]).toBe(210);
    expect(offsets[100]).toBe(200 + 95 * 10);
    expect(e.topOf(7)).toBe(220);
    // The same heights again change nothing.
    expect(e.record(heights(entries, 0, 5, 40), 0)).toEqual({ changed: false, shiftAbove: 0 });
    expect(e.offsets()).toBe(offsets);
  });

  it('reports how much rows above the viewport grew, so the view can stay still', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    e.rendered = e.windowAt(50, 30);
    // Rows 3 and 4 (tops 30 and 40) lie above a viewport at 50 px; rows 5 and 6 do not.
    expect(e.record(heights(entries, 3, 7, 25), 50)).toEqual({ changed: true, shiftAbove: 30 });
  });

  it('ignores rows without a height', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    expect(e.record(heights(entries, 0, 3, 0), 0).changed).toBe(false);
    expect(e.offsets()[3]).toBe(30);
  });

  it('keeps measured heights when pages are appended, and follows entries when the list is reordered', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    e.record(heights(entries, 0, 2, 50), 0);
    expect(e.setEntries([...entries, ...list(20, 'more')])).toBe(false);
    expect(e.offsets()[2]).toBe(100);

    // Newest first: e0 and e1 are now at the end, their heights with them.
    const reversed = [...entries].reverse();
    expect(e.setEntries(reversed)).toBe(true);
    expect(e.offsets()[98]).toBe(980);
    expect(e.offsets()[100]).toBe(98 * 10 + 2 * 50);
    // A filter that drops e1 and brings it back: its height is remembered.
    e.setEntries(reversed.filter((entry) => entry.id !== 'e1'));
    expect(e.offsets()[99]).toBe(980 + 50);
    e.setEntries(reversed);
    expect(e.offsets()[100]).toBe(1080);
  });

  it('keeps the entry at the top of the viewport in place when entries arrive above it', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    // Scrolled 4 px into e30 (top 300).
    const target = e.replaceEntries([...list(5, 'new'), ...entries], 304);
    expect(target).toBe(354);
    expect(e.count).toBe(105);
    // Appended below: nothing to correct.
    expect(e.replaceEntries([...list(5, 'new'), ...entries, ...list(3, 'tail')], 354)).toBeNull();
    // No viewport (not rendered yet), or a pin that decides where to scroll: no correction either.
    expect(e.replaceEntries(entries, null)).toBeNull();
    e.pinTo({ kind: 'last' });
    expect(e.replaceEntries([...list(5, 'new'), ...entries], 304)).toBeNull();
  });

  it('gives the same window object for the same inputs, and a new one when they change', () => {
    const e = engine();
    e.setEntries(list(100));
    const first = e.nextWindow(0, 50, 30, false);
    expect(e.nextWindow(0, 50, 30, false)).toBe(first);
    expect(e.nextWindow(1, 50, 30, false)).not.toBe(first);
    expect(e.nextWindow(1, 60, 30, false)).toEqual({ start: 4, end: 12, before: 40, after: 880 });
  });

  it('with focus in the list, reaches a new window without removing and adding rows at once', () => {
    const e = engine();
    e.setEntries(list(100));
    e.rendered = e.windowAt(50, 30);
    // Unfocused: straight to the target.
    expect(e.nextWindow(0, 70, 30, false)).toEqual({ start: 5, end: 13, before: 50, after: 870 });
    // Focused: first the union of both windows.
    expect(e.nextWindow(1, 70, 30, true)).toEqual({ start: 3, end: 13, before: 30, after: 870 });
  });

  it('tells whether the rendered window is the one for a scroll position', () => {
    const e = engine();
    e.setEntries(list(100));
    expect(e.settled(50, 30)).toBe(false);
    e.rendered = e.windowAt(50, 30);
    expect(e.settled(50, 30)).toBe(true);
    expect(e.settled(60, 30)).toBe(false);
    // Setting a new list forgets what was rendered.
    e.setEntries(list(100));
    expect(e.rendered).toBeNull();
  });

  it('scrolls a pinned edge or entry into view', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    const view = { scrollTop: 200, scrollHeight: 1000, clientHeight: 30, rowShift: null };
    expect(e.pinScrollTarget(view)).toBeNull();
    e.pinTo({ kind: 'last' });
    expect(e.pinScrollTarget(view)).toBe(970);
    e.pinTo({ kind: 'first' });
    expect(e.pinScrollTarget(view)).toBe(0);
    // An entry not rendered: its estimated top, a third of the viewport down.
    e.pinTo({ kind: 'entry', id: 'e50' });
    expect(e.pinScrollTarget(view)).toBe(490);
    // Rendered: by how far its row is out of view.
    expect(e.pinScrollTarget({ ...view, rowShift: 12 })).toBe(212);
    // The last entry ends the log.
    e.pinTo({ kind: 'entry', id: 'e99' });
    expect(e.pinScrollTarget({ ...view, rowShift: 12 })).toBe(970);
    // An entry that is gone drops the pin.
    e.pinTo({ kind: 'entry', id: 'gone' });
    expect(e.pinScrollTarget(view)).toBeNull();
    expect(e.pin).toBeNull();
  });

  it('gives up a pin after too many passes and releases all but the end once in view', () => {
    const e = engine();
    e.setEntries(list(100));
    e.pinTo({ kind: 'entry', id: 'e5' });
    expect([e.pinPass(), e.pinPass(), e.pinPass()]).toEqual([true, true, true]);
    expect(e.pinPass()).toBe(false);
    expect(e.pin).toBeNull();

    e.pinTo({ kind: 'last' });
    e.pinPass();
    e.pinPass();
    e.pinSettled();
    expect(e.pin).toEqual({ kind: 'last' });
    expect([e.pinPass(), e.pinPass(), e.pinPass()]).toEqual([true, true, true]);
    e.pinTo({ kind: 'first' });
    e.pinSettled();
    expect(e.pin).toBeNull();
    e.pinTo({ kind: 'entry', id: 'e5' });
    e.pinSettled();
    expect(e.pin).toBeNull();
  });

  it('finds entries and anchors by id', () => {
    const e = engine();
    expect(e.anchorAt(0)).toBeNull();
    e.setEntries(list(100));
    expect(e.indexOf('e42')).toBe(42);
    expect(e.indexOf('nope')).toBe(-1);
    expect(e.anchorAt(425)).toEqual({ id: 'e42', delta: 5 });
    expect(e.anchorTop({ id: 'e42', delta: 5 })).toBe(425);
    expect(e.anchorTop({ id: 'nope', delta: 5 })).toBeNull();
  });
});

describe('WindowEngine jump target', () => {
  it('estimates where to scroll for a row outside the rendered window, and leaves a rendered row to the DOM', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    // Nothing rendered yet: no estimate.
    expect(e.jumpTarget(50, 30)).toBeNull();
    e.rendered = e.windowAt(0, 30);
    expect(e.jumpTarget(2, 30)).toBeNull();
    // Row 50 at 500 px, a third of the 30 px viewport down.
    expect(e.jumpTarget(50, 30)).toBe(490);
    // Never above the top nor past the end of the list (1,000 px, 30 px viewport).
    e.rendered = e.windowAt(500, 30);
    expect(e.jumpTarget(0, 30)).toBe(0);
    expect(e.jumpTarget(99, 30)).toBe(970);
    expect([e.jumpTarget(-1, 30), e.jumpTarget(100, 30)]).toEqual([null, null]);
    const short = engine();
    short.setEntries(list(10));
    short.rendered = short.windowAt(0, 30);
    expect(short.jumpTarget(9, 30)).toBeNull();
  });
});

describe('window geometry helpers', () => {
  it('reads CSS lengths in px and rem', () => {
    expect(cssLengthPx('480px')).toBe(480);
    expect(cssLengthPx(' 32rem ')).toBe(512);
    expect(cssLengthPx('1.5rem')).toBe(24);
    expect(cssLengthPx('50%')).toBe(0);
    expect(cssLengthPx('')).toBe(0);
  });

  it('scrolls a row fully into the viewport', () => {
    const viewport = { top: 100, height: 200 };
    expect(offsetIntoView(viewport, { top: 150, bottom: 200, height: 50 })).toBe(0);
    expect(offsetIntoView(viewport, { top: 80, bottom: 130, height: 50 })).toBe(-20);
    expect(offsetIntoView(viewport, { top: 280, bottom: 330, height: 50 })).toBe(30);
    // Taller than the viewport: its top at the top.
    expect(offsetIntoView(viewport, { top: 120, bottom: 420, height: 300 })).toBe(20);
  });

  it('compares windows to half a pixel', () => {
    const a = { start: 1, end: 5, before: 10, after: 20 };
    expect(sameWindow(a, { ...a, before: 10.4 })).toBe(true);
    expect(sameWindow(a, { ...a, after: 20.6 })).toBe(false);
    expect(sameWindow(a, { ...a, end: 6 })).toBe(false);
    expect(sameWindow(a, null)).toBe(false);
  });
});

describe('WindowEngine lists', () => {
  it('has no rows before it is given a list', () => {
    const e = engine();
    expect(e.count).toBe(0);
    expect(e.offsets()).toEqual(new Float64Array([0]));
    expect(e.nextWindow(0, 0, 30, false)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  it('reports no move for a first list, the same list again, or an empty list to start with', () => {
    expect(engine().setEntries([])).toBe(false);
    const e = engine();
    expect(e.setEntries(list(100))).toBe(false);
    expect(e.setEntries(list(100))).toBe(false);
    expect(e.count).toBe(100);
  });

  it('reports a move when the first entry or the entry at the old end changed', () => {
    const e = engine();
    e.setEntries(list(100));
    expect(e.setEntries([{ id: 'other' }, ...list(100).slice(1)])).toBe(true);
    e.setEntries(list(100));
    // Same first entry and longer, but a different entry where the old list ended: not an append.
    expect(e.setEntries([...list(99), { id: 'other' }, ...list(5, 'more')])).toBe(true);
  });

  it('reports a move when the list empties, and takes a list again after that', () => {
    const e = engine();
    e.setEntries(list(100));
    expect(e.setEntries([])).toBe(true);
    expect(e.count).toBe(0);
    expect(e.offsets()).toEqual(new Float64Array([0]));
    expect(e.setEntries(list(20))).toBe(false);
    expect(e.offsets()[20]).toBe(200);
  });

  it('notices measured rows that swapped places in the middle, and moves their heights with them', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    e.record(heights(entries, 40, 41, 50), 0);
    const swapped = [...entries];
    [swapped[40], swapped[41]] = [swapped[41], swapped[40]];
    expect(e.setEntries(swapped)).toBe(true);
    // e40 (50 px) is now row 41: row 41 starts at 410, row 42 at 460.
    expect([e.topOf(41), e.topOf(42)]).toEqual([410, 460]);
  });

  it('reports no move when only rows never measured swapped places', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    e.record(heights(entries, 0, 1, 50), 0);
    const reversed = [...entries].reverse();
    e.setEntries(reversed);
    const swapped = [...reversed];
    [swapped[50], swapped[51]] = [swapped[51], swapped[50]];
    expect(e.setEntries(swapped)).toBe(false);
    expect(e.offsets()[100]).toBe(99 * 10 + 50);
  });
});

describe('WindowEngine scroll corrections', () => {
  it('corrects nothing when the list changed below the entry at the top of the viewport', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    // The last entry replaced: a move, but e30 (scrolled 4 px into) stays at 300.
    expect(e.replaceEntries([...entries.slice(0, 99), { id: 'other' }], 304)).toBeNull();
  });

  it('leaves a shift of a pixel or less to the browser', () => {
    const entries = list(100);
    const e = engine({ estimate: 1 });
    e.setEntries(entries);
    expect(e.replaceEntries([...list(1, 'new'), ...entries], 34)).toBeNull();
    expect(e.replaceEntries([...list(3, 'new'), ...entries], 34)).toBe(36);
  });

  it('corrects nothing for a list short enough to render whole', () => {
    const e = engine();
    e.setEntries(list(10));
    expect(e.replaceEntries([...list(10)].reverse(), 20)).toBeNull();
    expect(e.anchorAt(20)).toBeNull();
  });
});

describe('WindowEngine windows', () => {
  it('renders the minimum number of rows only while the viewport height is unknown', () => {
    const e = engine({ minimumRows: 40 });
    e.setEntries(list(100));
    expect(e.windowAt(50, 30)).toEqual({ start: 3, end: 11, before: 30, after: 890 });
    expect(e.windowAt(50, 0)).toEqual({ start: 3, end: 43, before: 30, after: 570 });
  });

  it('gives every row of a short list as the next window', () => {
    const e = engine();
    e.setEntries(list(10));
    expect(e.nextWindow(0, 50, 30, true)).toEqual({ start: 0, end: 10, before: 0, after: 0 });
  });

  it('works the next window out again when heights or the viewport changed, even at the same version', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    expect(e.nextWindow(0, 50, 30, false)).toEqual({ start: 3, end: 11, before: 30, after: 890 });
    // Rows 0..4 measured at 20 px: the viewport (50..80 px) now spans rows 2 to 4.
    e.record(heights(entries, 0, 5, 20), 0);
    expect(e.nextWindow(0, 50, 30, false)).toEqual({ start: 0, end: 7, before: 0, after: 930 });
    expect(e.nextWindow(0, 50, 60, false)).toEqual({ start: 0, end: 9, before: 0, after: 910 });
  });
});

describe('WindowEngine measurements', () => {
  it('takes a row height that changed by more than half a pixel, and ignores smaller changes', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    e.record(heights(entries, 0, 1, 40), 0);
    expect(e.record(heights(entries, 0, 1, 40.5), 0)).toEqual({ changed: false, shiftAbove: 0 });
    expect(e.topOf(1)).toBe(40);
    expect(e.record(heights(entries, 0, 1, 60), 0)).toEqual({ changed: true, shiftAbove: 0 });
    expect(e.topOf(1)).toBe(60);
  });

  it('counts growth above the viewport from the first row when nothing is rendered yet', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    // Rows 0 and 1 (tops 0 and 10) end above 25 px; row 2 does not.
    expect(e.record(heights(entries, 0, 3, 15), 25)).toEqual({ changed: true, shiftAbove: 10 });
  });

  it('leaves rows above the rendered window out of the shift', () => {
    const entries = list(100);
    const e = engine();
    e.setEntries(entries);
    e.rendered = e.windowAt(300, 30);
    expect(e.rendered.start).toBe(28);
    // Rows 26..29 all end above 300 px; only 28 and 29 are in the window.
    expect(e.record(heights(entries, 26, 30, 16), 300)).toEqual({ changed: true, shiftAbove: 12 });
  });
});

describe('WindowEngine targets', () => {
  it('estimates the rows just outside the rendered window, not the first and last rows in it', () => {
    const e = engine();
    e.setEntries(list(100));
    e.rendered = e.windowAt(500, 30);
    expect(e.rendered).toEqual({ start: 48, end: 56, before: 480, after: 440 });
    expect([e.jumpTarget(48, 30), e.jumpTarget(55, 30)]).toEqual([null, null]);
    expect([e.jumpTarget(47, 30), e.jumpTarget(56, 30)]).toEqual([460, 550]);
  });

  it('follows a pinned row by its shift while the list is empty', () => {
    const e = engine();
    e.pinTo({ kind: 'entry', id: 'e5' });
    const view = { scrollTop: 200, scrollHeight: 1000, clientHeight: 30, rowShift: 12 };
    expect(e.pinScrollTarget(view)).toBe(212);
  });

  it('settles without a pin', () => {
    const e = engine();
    e.pinSettled();
    expect(e.pin).toBeNull();
    expect(e.pinPass()).toBe(true);
  });
});

describe('window geometry edge cases', () => {
  it('reads only a whole CSS length in px or rem', () => {
    expect([cssLengthPx('x480px'), cssLengthPx('480px wide'), cssLengthPx('480')]).toEqual([0, 0, 0]);
    expect(cssLengthPx('1.25rem')).toBe(20);
    expect([cssLengthPx(undefined), cssLengthPx(null)]).toEqual([0, 0]);
  });

  it('compares each of start, end and padding', () => {
    const a = { start: 1, end: 5, before: 10, after: 20 };
    expect(sameWindow(a, { ...a, start: 2 })).toBe(false);
    expect(sameWindow(a, { ...a, before: 11 })).toBe(false);
    expect(sameWindow(a, { ...a, before: 10.5, after: 19.5 })).toBe(true);
  });
});
