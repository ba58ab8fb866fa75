/** What a suppressed figure shows in a publication. */
export const SUPPRESSED = '*';
export type Suppressed = typeof SUPPRESSED;

/** NHS England's usual small-number threshold: counts from 0 to 4 are not published. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A table of counts to publish, with a total at the end of every row and, optionally, a totals row. */
export interface CountGrid {
  /** Rows × columns of whole counts ≥ 0; at least one row and one column. */
  readonly cells: readonly (readonly number[])[];
  /** Whether a totals row (the sum of each column, and the grand total) is published under the rows. */
  readonly columnTotals: boolean;
}

/** A grid as it may be published. */
export interface SuppressedGrid {
  /**
   * Each row's cells then its total; then, with `columnTotals`, the totals row. So the shape is
   * (rows [+ 1]) × (columns + 1). Suppressed entries show {@link SUPPRESSED}.
   */
  readonly values: readonly (readonly (number | Suppressed)[])[];
  /** True where the entry of `values` at the same place is suppressed. */
  readonly hidden: readonly (readonly boolean[])[];
  /** Entries hidden because they are below the threshold. */
  readonly primary: number;
  /** Entries hidden only so that a primary one cannot be worked back by subtraction. */
  readonly secondary: number;
}

/** Throws a RangeError unless the threshold is a whole number ≥ 1. */
export function checkThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`the suppression threshold must be a whole number of at least 1 (got ${threshold})`);
}

type Place = readonly [row: number, column: number];

/**
 * The additive lines of a grid: every row (cells, then its total last) and, with a totals row,
 * every column including the row-totals column (cells, then the column total last).
 */
export function gridLines(rows: number, columns: number, columnTotals: boolean): Place[][] {
  const lines: Place[][] = [];
  const fullRows = rows + (columnTotals ? 1 : 0);
  for (let i = 0; i < fullRows; i += 1) {
    lines.push(Array.from({ length: columns + 1 }, (_, j): Place => [i, j]));
  }
  if (columnTotals) {
    for (let j = 0; j <= columns; j += 1) lines.push(Array.from({ length: rows + 1 }, (_, i): Place => [i, j]));
  }
  return lines;
}

/**
 * Small-number suppression of a table of counts for publication.
 *
 * 1. **Primary.** Every entry below `threshold`, totals included, is suppressed. Zero is below
 *    any threshold, so it is suppressed too: "0 BME staff at Band 9" says as much about the people
 *    there as "1".
 * 2. **Secondary.** Each row with its total, and (with a totals row) each column with its total,
 *    is an equation: the cells add up to the total. If exactly one entry of such a line is hidden,
 *    it is the total minus the visible cells, so one more is hidden: the smallest visible cell of
 *    that line (the first of equal ones), or the total when every cell is hidden. This repeats,
 *    across rows and columns, until no line has exactly one hidden entry.
 *
 * So no hidden entry can be recovered as its line's total minus that line's visible entries (the
 * property the tests check). This is the usual "at least two per line" rule; like NHS and ONS
 * practice, it does not defend against solving many lines together, which a grid of WRES counts
 * (few rows, large totals) rarely allows. Throws a RangeError for a threshold that is not a whole
 * number ≥ 1, an empty grid, ragged rows or a count that is not a whole number ≥ 0.
 */
export function suppressGrid(grid: CountGrid, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): SuppressedGrid {
  checkThreshold(threshold);
  const rows = grid.cells.length;
  const columns = grid.cells[0]?.length ?? 0;
  if (rows === 0 || columns === 0) throw new RangeError('a table to suppress needs at least one row and one column');
  for (const row of grid.cells) {
    if (row.length !== columns) throw new RangeError(`every row must have ${columns} cells (got ${row.length})`);
    for (const count of row) {
      if (!Number.isInteger(count) || count < 0) throw new RangeError(`counts must be whole numbers of at least 0 (got ${count})`);
    }
  }
  const full: number[][] = grid.cells.map((row) => [...row, row.reduce((sum, n) => sum + n, 0)]);
  if (grid.columnTotals) full.push(Array.from({ length: columns + 1 }, (_, j) => full.reduce((sum, row) => sum + (row[j] as number), 0)));
  const hidden = full.map((row) => row.map((value) => value < threshold));
  const primary = hidden.flat().filter(Boolean).length;
  const lines = gridLines(rows, columns, grid.columnTotals);
  const valueAt = ([i, j]: Place): number => (full[i] as number[])[j] as number;
  const isHidden = ([i, j]: Place): boolean => (hidden[i] as boolean[])[j] as boolean;
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter(isHidden).length !== 1) continue;
      const total = line.at(-1) as Place;
      const visibleCells = line.slice(0, -1).filter((place) => !isHidden(place));
      // A stable sort, so the first of equal cells is chosen; the total only when no cell is left
      // visible (a line of one cell, whose total equals it).
      const next = [...visibleCells.toSorted((a, b) => valueAt(a) - valueAt(b)), total][0] as Place;
      (hidden[next[0]] as boolean[])[next[1]] = true;
      changed = true;
    }
  }
  const values = full.map((row, i) => row.map((value, j) => ((hidden[i] as boolean[])[j] ? SUPPRESSED : value)));
  return { values, hidden, primary, secondary: hidden.flat().filter(Boolean).length - primary };
}

/**
 * A figure worked out from counts (a percentage, a likelihood, a ratio, a gap): suppressed when
 * any count it is worked out from is suppressed, since the figure with the visible counts would
 * give the hidden one back. `null` (not calculable) stays null.
 */
export function dependentFigure(value: number | null, inputsHidden: readonly boolean[]): number | Suppressed | null {
  if (inputsHidden.some(Boolean)) return SUPPRESSED;
  return value;
}
