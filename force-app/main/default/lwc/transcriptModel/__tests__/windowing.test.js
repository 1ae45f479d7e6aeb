import { buildOffsets, computeWindow, rowAt, stepWindow } from '../windowing';

describe('windowing maths', () => {
  const measured = new Map([
    [0, 10],
    [1, 30]
  ]);
  const offsets = buildOffsets(100, measured, 20);

  it('builds offsets from measured heights, estimating the rest', () => {
    expect(offsets[0]).toBe(0);
    expect(offsets[1]).toBe(10);
    expect(offsets[2]).toBe(40);
    expect(offsets[3]).toBe(60);
    expect(offsets[100]).toBe(40 + 98 * 20);
  });

  it('finds the row at a position', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 39.9)).toBe(1);
    expect(rowAt(offsets, 40)).toBe(2);
    expect(rowAt(offsets, 1e9)).toBe(99);
    expect(rowAt(new Float64Array(1), 5)).toBe(0);
  });

  it('renders the rows in view plus the overscan, with spacers for the rest', () => {
    const win = computeWindow(offsets, 1000, 200, 5, 0);
    expect(win.start).toBe(rowAt(offsets, 1000) - 5);
    expect(win.end).toBe(rowAt(offsets, 1200) + 1 + 5);
    expect(win.before).toBe(offsets[win.start]);
    expect(win.after).toBe(offsets[100] - offsets[win.end]);
  });

  it('renders a minimum number of rows when the viewport has no height, and clamps at the ends', () => {
    expect(computeWindow(offsets, 0, 0, 5, 40)).toMatchObject({ start: 0, end: 40, before: 0 });
    expect(computeWindow(offsets, 1e9, 500, 5, 10).end).toBe(100);
    expect(computeWindow(new Float64Array(1), 0, 100, 5, 10)).toEqual({
      start: 0,
      end: 0,
      before: 0,
      after: 0
    });
  });

  describe('stepping the window while a row has focus', () => {
    // LWC's keyed diff moves every row in between when rows leave one end while the other end changes:
    // the steps go through windows that only add rows, or only drop them at one end.
    const even = buildOffsets(100, [], 10);
    const win = (start, end) => ({ start, end, before: start * 10, after: (100 - end) * 10 });

    it('adds before it removes: scrolling down renders the union first, then drops the top', () => {
      const rendered = win(10, 30);
      const target = win(15, 35);
      const first = stepWindow(rendered, target, even);
      expect(first).toEqual(win(10, 35));
      expect(stepWindow(first, target, even)).toEqual(target);
    });

    it('drops rows at one end at a time', () => {
      const rendered = win(10, 40);
      const target = win(15, 35);
      const first = stepWindow(rendered, target, even);
      expect(first).toEqual(win(15, 40));
      expect(stepWindow(first, target, even)).toEqual(target);
    });

    it('goes straight to windows that only add, only drop at one end, or share no row', () => {
      expect(stepWindow(win(10, 30), win(5, 35), even)).toEqual(win(5, 35));
      expect(stepWindow(win(10, 30), win(10, 25), even)).toEqual(win(10, 25));
      expect(stepWindow(win(10, 30), win(60, 80), even)).toEqual(win(60, 80));
      expect(stepWindow(null, win(60, 80), even)).toEqual(win(60, 80));
    });
  });
});
