import { buildOffsets, computeWindow, rowAt, stepWindow } from '../windowing';

// Rows 10 px high, 100 of them: row i spans [10 i, 10 i + 10).
const even = buildOffsets(100, [], 10);
const win = (start, end) => ({ start, end, before: start * 10, after: (100 - end) * 10 });

describe('windowing at its bounds', () => {
  it('uses measured heights from the first row on, and the estimate for a zero or negative one', () => {
    const offsets = buildOffsets(
      5,
      [
        [0, 12],
        [1, 0],
        [2, -5],
        [3, 15]
      ],
      20
    );
    expect(Array.from(offsets)).toEqual([0, 12, 32, 52, 67, 87]);
  });

  it('ignores heights measured for rows the list no longer has', () => {
    const offsets = buildOffsets(
      3,
      [
        [-1, 50],
        [3, 50],
        [7, 50],
        [1.5, 50],
        [1, 30]
      ],
      10
    );
    expect(Array.from(offsets)).toEqual([0, 10, 40, 50]);
    expect(rowAt(buildOffsets(0, [[0, 50]], 10), 25)).toBe(0);
  });

  it('finds the row at each row boundary and just before it', () => {
    for (const i of [0, 1, 2, 50, 98, 99]) {
      expect(rowAt(even, i * 10)).toBe(i);
      expect(rowAt(even, i * 10 + 9.5)).toBe(i);
    }
    expect(rowAt(even, -30)).toBe(0);
    expect(rowAt(buildOffsets(1, [], 10), 5)).toBe(0);
    expect(rowAt(buildOffsets(2, [], 10), 15)).toBe(1);
  });

  it('treats a scroll position above the top (overscroll) as the top', () => {
    expect(computeWindow(even, -50, 100, 0, 0)).toEqual(win(0, 11));
  });

  it('treats a negative viewport height as none', () => {
    expect(computeWindow(even, 200, -100, 0, 0)).toEqual(win(20, 21));
    expect(computeWindow(even, 200, -100, 2, 0)).toEqual(win(18, 23));
  });

  it('renders nothing for a list without offsets', () => {
    expect(computeWindow(new Float64Array(0), 0, 100, 5, 10)).toEqual({
      start: 0,
      end: 0,
      before: 0,
      after: 0
    });
    expect(computeWindow(buildOffsets(0, [], 10), 0, 100, 5, 10)).toEqual({
      start: 0,
      end: 0,
      before: 0,
      after: 0
    });
  });

  it('renders at least the minimum from the first row in view, and no more than the rows there are', () => {
    expect(computeWindow(even, 500, 0, 2, 10)).toEqual(win(48, 58));
    expect(computeWindow(even, 950, 0, 2, 10)).toEqual(win(93, 100));
  });

  describe('stepping the window while a row has focus', () => {
    it('steps through the union when the rendered window ends at the last row', () => {
      const rendered = win(80, 100);
      const target = win(75, 95);
      const first = stepWindow(rendered, target, even);
      expect(first).toEqual(win(75, 100));
      expect(stepWindow(first, target, even)).toEqual(target);
    });

    it('steps through the union when scrolling up', () => {
      expect(stepWindow(win(20, 40), win(15, 35), even)).toEqual(win(15, 40));
    });

    it('goes straight to the target when the rendered window is past the end of a shorter list', () => {
      const shorter = buildOffsets(50, [], 10);
      const target = { start: 35, end: 50, before: 350, after: 0 };
      expect(stepWindow({ start: 30, end: 60, before: 300, after: 0 }, target, shorter)).toEqual(target);
    });

    it('goes straight to a target that only touches the rendered window', () => {
      expect(stepWindow(win(10, 30), win(30, 50), even)).toEqual(win(30, 50));
      expect(stepWindow(win(30, 50), win(10, 30), even)).toEqual(win(10, 30));
    });

    it('drops the rows at the start first, then at the end', () => {
      expect(stepWindow(win(10, 40), win(20, 30), even)).toEqual(win(20, 40));
      expect(stepWindow(win(20, 40), win(20, 30), even)).toEqual(win(20, 30));
      expect(stepWindow(win(10, 40), win(20, 40), even)).toEqual(win(20, 40));
    });

    it('keeps an identical window', () => {
      expect(stepWindow(win(10, 40), win(10, 40), even)).toEqual(win(10, 40));
    });
  });
});
