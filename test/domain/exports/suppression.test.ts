import fc from 'fast-check';
import { SUPPRESSED, dependentFigure, gridLines, suppressGrid, type SuppressedGrid } from '../../../src/domain/exports';

const S = SUPPRESSED;

describe('suppressGrid: worked examples', () => {
  test.each([
    ['one row: a small count hides the next smallest too', [[12, 3, 20]], false, 5, [[S, S, 20, 35]], 1, 1],
    ['zero is a small count', [[0, 40, 50]], false, 5, [[S, S, 50, 90]], 1, 1],
    ['a lone cell equals its total, so both go', [[3]], false, 5, [[S, S]], 2, 0],
    ['a small total hides every cell under it', [[1, 2, 1]], false, 5, [[S, S, S, S]], 4, 0],
    ['nothing small, nothing hidden', [[5, 6, 7]], false, 5, [[5, 6, 7, 18]], 0, 0],
    ['threshold 10', [[9, 10, 11]], false, 10, [[S, S, 11, 30]], 1, 1],
    ['rows and columns: the hidden cells form a rectangle no equation opens', [[30, 2, 10], [40, 20, 15]], true, 5, [[30, S, S, 42], [40, S, S, 75], [70, 22, 25, 117]], 1, 3],
    ['small cells in two columns hide each other, totals stay', [[1, 1, 30], [2, 1, 40]], true, 5, [[S, S, 30, 32], [S, S, 40, 43], [S, S, 70, 75]], 6, 0],
    ['a one-column row hidden by its column hides its total too', [[2], [50], [60]], true, 5, [[S, S], [S, S], [60, 60], [112, 112]], 2, 2],
    ['a small row total is covered in the totals column', [[2, 2], [50, 60]], true, 5, [[S, S, S], [S, S, S], [52, 62, 114]], 3, 3],
  ])('%s', (_name, cells, columnTotals, threshold, values, primary, secondary) => {
    const result = suppressGrid({ cells, columnTotals }, threshold);
    expect(result.values).toEqual(values);
    expect(result.primary).toBe(primary);
    expect(result.secondary).toBe(secondary);
    expect(result.hidden.map((row) => row.map((hidden) => (hidden ? S : 0)))).toEqual(values.map((row) => row.map((v) => (v === S ? S : 0))));
  });

  test('the default threshold is 5', () => {
    expect(suppressGrid({ cells: [[4, 50, 60]], columnTotals: false }).values).toEqual([[S, S, 60, 114]]);
  });

  test.each([
    [{ cells: [], columnTotals: false }, 5, /at least one row/],
    [{ cells: [[]], columnTotals: false }, 5, /at least one row/],
    [{ cells: [[1, 2], [3]], columnTotals: false }, 5, /every row must have 2 cells/],
    [{ cells: [[1, -2]], columnTotals: false }, 5, /whole numbers/],
    [{ cells: [[1.5]], columnTotals: false }, 5, /whole numbers/],
    [{ cells: [[1]], columnTotals: false }, 0, /threshold must be a whole number/],
    [{ cells: [[1]], columnTotals: false }, 2.5, /threshold must be a whole number/],
  ])('refuses %j with threshold %p', (grid, threshold, message) => {
    expect(() => suppressGrid(grid, threshold)).toThrow(message);
  });
});

describe('gridLines', () => {
  test('rows, then columns with the totals last', () => {
    expect(gridLines(1, 2, false)).toEqual([[[0, 0], [0, 1], [0, 2]]]);
    expect(gridLines(1, 1, true)).toEqual([
      [[0, 0], [0, 1]],
      [[1, 0], [1, 1]],
      [[0, 0], [1, 0]],
      [[0, 1], [1, 1]],
    ]);
  });
});

describe('dependentFigure', () => {
  test('a figure from a hidden count is hidden; otherwise it is shown as it is', () => {
    expect(dependentFigure(12.5, [false, true])).toBe(S);
    expect(dependentFigure(12.5, [false, false])).toBe(12.5);
    expect(dependentFigure(null, [])).toBeNull();
  });
});

/** Values a reader could work out: a hidden entry that is its line's total minus the visible cells, or a hidden total that is their sum. */
function recoverable(result: SuppressedGrid, rows: number, columns: number, columnTotals: boolean): string[] {
  const found: string[] = [];
  for (const line of gridLines(rows, columns, columnTotals)) {
    const hidden = line.filter(([i, j]) => result.values[i]?.[j] === S);
    if (hidden.length === 1) found.push(JSON.stringify(hidden[0]));
  }
  return found;
}

const grids = fc.record({
  rows: fc.integer({ min: 1, max: 6 }),
  columns: fc.integer({ min: 1, max: 4 }),
  columnTotals: fc.boolean(),
  threshold: fc.integer({ min: 1, max: 10 }),
}).chain(({ rows, columns, columnTotals, threshold }) =>
  fc.record({
    cells: fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 500 })), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    columnTotals: fc.constant(columnTotals),
    threshold: fc.constant(threshold),
  }),
);

describe('suppressGrid: properties', () => {
  test('no suppressed cell can be recovered as total minus the visible cells of its row or column', () => {
    fc.assert(
      fc.property(grids, ({ cells, columnTotals, threshold }) => {
        const result = suppressGrid({ cells, columnTotals }, threshold);
        expect(recoverable(result, cells.length, (cells[0] as number[]).length, columnTotals)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test('no visible count is below the threshold, and every visible count is the true one', () => {
    fc.assert(
      fc.property(grids, ({ cells, columnTotals, threshold }) => {
        const result = suppressGrid({ cells, columnTotals }, threshold);
        const full = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
        if (columnTotals) full.push((full[0] as number[]).map((_, j) => full.reduce((sum, row) => sum + (row[j] as number), 0)));
        result.values.forEach((row, i) =>
          row.forEach((value, j) => {
            expect(value === S || (value >= threshold && value === full[i]?.[j])).toBe(true);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
