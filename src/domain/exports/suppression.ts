import { at, entry as entryOf } from '../shared/checked-access';

/** What a suppressed figure shows in a publication. */
export const SUPPRESSED = '*';
export type Suppressed = typeof SUPPRESSED;

/** NHS England's usual small-number threshold: counts from 1 to 4 are not published (0 is). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/**
 * How small numbers are kept out of a publication:
 * - `threshold`: counts from 1 to below the threshold in Settings are hidden (zeros are shown),
 *   with as few other entries as it takes so that none of them can be worked back;
 * - `nhs-digital-2018`: NHS Digital's rule since 2018: counts from 1 to 7 are hidden, every other
 *   count is rounded to the nearest 5 (zeros are shown as 0); the hidden ones are protected as
 *   above, so the method's threshold is 8 whatever Settings say.
 */
export type SuppressionMethod = 'threshold' | 'nhs-digital-2018';

export const SUPPRESSION_METHODS: readonly SuppressionMethod[] = ['threshold', 'nhs-digital-2018'];

export const SUPPRESSION_METHOD_LABELS: Readonly<Record<SuppressionMethod, string>> = {
  threshold: 'Hide counts below the threshold',
  'nhs-digital-2018': "NHS Digital's 2018 rule: hide 1 to 7, round other counts to the nearest 5",
};

/** The threshold NHS Digital's 2018 rule works to: counts from 1 to 7 are hidden. */
export const NHS_DIGITAL_THRESHOLD = 8;

/** How a publication is suppressed: the method and, for `threshold`, the threshold. */
export interface SuppressionRule {
  readonly method: SuppressionMethod;
  readonly threshold: number;
}

/** Throws a RangeError unless the threshold is a whole number ≥ 1. */
export function checkThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`the suppression threshold must be a whole number of at least 1 (got ${threshold})`);
}

/** The threshold a rule hides below: Settings' for `threshold`, 8 for NHS Digital's rule. */
export function effectiveThreshold(rule: SuppressionRule): number {
  return rule.method === 'nhs-digital-2018' ? NHS_DIGITAL_THRESHOLD : rule.threshold;
}

/** A count that is not published: from 1 to below the threshold. Zero is published. */
export function isSmallCount(count: number, threshold: number): boolean {
  return count >= 1 && count < threshold;
}

/** A count rounded to the nearest 5, halves up (NHS Digital): 12 → 10, 13 → 15, 8 → 10. */
export function roundToFive(count: number): number {
  return Math.floor((count + 2.5) / 5) * 5;
}

/**
 * A figure worked out from counts (a percentage, a likelihood): suppressed when any count it is
 * worked out from is suppressed, since the figure with the visible counts could give the hidden
 * one back. `null` (not calculable) stays null. Headline figures are never passed through this:
 * they are always published, and the counts around them are hidden instead.
 */
export function dependentFigure(value: number | null, inputsHidden: readonly boolean[]): number | Suppressed | null {
  if (inputsHidden.some(Boolean)) return SUPPRESSED;
  return value;
}

/**
 * A block of rows of a table, each row its cells then its total last. Entries are whole numbers
 * ≥ 0. A reader knows the sum of each column line: by default a column (over all the block's rows,
 * totals column included); a {@link LineOf} may split a column into several lines (such as the
 * senior bands' part of a column, whose sum a headline percentage gives away). Optionally one row
 * is the totals row (each of its entries the sum of its column over the other rows): then each
 * column line, with that row's entry taken away, sums to a known constant.
 */
export type Block = readonly (readonly number[])[];

/** The column line an entry is in (a whole number from 0); by default its column. */
export type LineOf = (row: number, column: number) => number;

const byColumn: LineOf = (_, column) => column;

/** How far a hidden entry could move, both ways, without a reader being able to tell. */
export interface Span {
  /** How far below its true value the entry could be (at most value − 1: hidden means ≥ 1). */
  readonly down: number;
  /** How far above; capped at the limit asked for. */
  readonly up: number;
}

/**
 * A square matrix of arc capacities between the nodes 0 … size − 1, kept flat: the capacity from
 * `from` to `to` is entry from × size + to. Reads are checked, so a node out of range throws.
 */
class Capacities {
  private readonly cells: number[];

  constructor(readonly size: number) {
    this.cells = Array.from({ length: size * size }, () => 0);
  }

  get(from: number, to: number): number {
    return at(this.cells, from * this.size + to);
  }

  add(from: number, to: number, amount: number): void {
    this.cells[from * this.size + to] = this.get(from, to) + amount;
  }
}

/**
 * The largest flow from `source` to `sink` (augmenting paths found breadth first), stopping at
 * `limit`. Capacities are modified in place. The graphs here have a few dozen nodes.
 */
function maxFlow(capacity: Capacities, source: number, sink: number, limit: number): number {
  let flow = 0;
  const size = capacity.size;
  while (flow < limit) {
    const previous = Array.from({ length: size }, () => -1);
    previous[source] = source;
    const queue = [source];
    // The queue grows while it is read: for…of reads up to its current length each step.
    for (const node of queue) {
      if (at(previous, sink) !== -1) break;
      for (let next = 0; next < size; next += 1) {
        if (at(previous, next) === -1 && capacity.get(node, next) > 0) {
          previous[next] = node;
          queue.push(next);
        }
      }
    }
    if (at(previous, sink) === -1) break;
    let push = limit - flow;
    for (let node = sink; node !== source; node = at(previous, node)) push = Math.min(push, capacity.get(at(previous, node), node));
    for (let node = sink; node !== source; node = at(previous, node)) {
      const from = at(previous, node);
      capacity.add(from, node, -push);
      capacity.add(node, from, push);
    }
    flow += push;
  }
  return flow;
}

/**
 * How far the hidden entry at (`row`, `column`) of a block could move while every row still adds up
 * to its total, every column of the block keeps its known sum, every visible entry keeps its value
 * and every hidden entry stays ≥ 1 (a reader knows zeros are published).
 *
 * Such changes are exactly the circulations on the graph of rows and columns whose edges are the
 * hidden entries, with a total counted negatively (so that each row's entries minus its total, and
 * each column line's entries, sum to a constant): an entry that goes up has no limit, one that goes
 * down can give at most its value − 1. The largest change is then a maximum flow (and, the
 * constraint matrix being a network matrix, the whole-number answer equals the linear one). Each
 * direction is capped at `limit`.
 */
export function blockSpan(
  block: Block,
  hidden: readonly (readonly boolean[])[],
  row: number,
  column: number,
  limit: number,
  lineOf: LineOf = byColumn,
  totalsRow: number | undefined = undefined,
): Span {
  const graph = blockGraph(block, lineOf, row, column, totalsRow);
  const value = at(at(block, row), column);
  const up = maxFlow(graph.capacities(hidden, limit), graph.rise[0], graph.rise[1], limit);
  const down = maxFlow(graph.capacities(hidden, limit), graph.rise[1], graph.rise[0], Math.min(limit, value - 1));
  return { down, up };
}

interface BlockGraph {
  readonly size: number;
  /** Source and sink of the flow that lets the entry rise. */
  readonly rise: readonly [number, number];
  /** The arcs of the entry (i, j), of value `value`: [from, to, capacity] both ways, for an entry counted as hidden. */
  readonly arcs: (i: number, j: number, value: number, limit: number) => readonly (readonly [number, number, number])[];
  /** Capacities of the arcs of every hidden entry but the one asked about. */
  readonly capacities: (hidden: readonly (readonly boolean[])[], limit: number) => Capacities;
}

/** Rows are nodes 0…rows − 1, column lines follow; each entry is an arc both ways between its row and its line. */
function blockGraph(block: Block, lineOf: LineOf, row: number, column: number, totalsRow: number | undefined): BlockGraph {
  const rows = block.length;
  const last = at(block, 0).length - 1;
  const lines = Math.max(...block.flatMap((cells, i) => cells.map((_, j) => lineOf(i, j)))) + 1;
  const size = rows + lines;
  const arcs = (i: number, j: number, value: number, limit: number): (readonly [number, number, number])[] => {
    const slack = Math.min(limit, value - 1);
    const node = rows + lineOf(i, j);
    // Arc row → line carries a rise of the signed entry (a total counts negatively, and the
    // totals row's entries are totals of their columns); line → row a fall.
    const negative = (j === last) !== (i === totalsRow);
    return [
      [i, node, negative ? slack : limit],
      [node, i, negative ? limit : slack],
    ];
  };
  const capacities = (hidden: readonly (readonly boolean[])[], limit: number): Capacities => {
    const capacity = new Capacities(size);
    block.forEach((cells, i) =>
      cells.forEach((value, j) => {
        if (!at(hidden, i)[j] || (i === row && j === column)) return;
        for (const [from, to, amount] of arcs(i, j, value, limit)) capacity.add(from, to, amount);
      }),
    );
    return capacity;
  };
  const rowNode = row;
  const lineNode = rows + lineOf(row, column);
  // A rise of an ordinary entry sends flow row → line through it, to come back line → row.
  return { size, arcs, capacities, rise: (column === last) !== (row === totalsRow) ? [rowNode, lineNode] : [lineNode, rowNode] };
}

/**
 * The visible entries, cheapest in all, that would let the hidden entry at (`row`, `column`) rise
 * by one more: the cheapest path from the rise's source to its sink over the flow's residual arcs
 * (free) and the arcs of visible non-zero entries (at their cost). Empty when there is none.
 */
function cheapestWidening(
  block: Block,
  marks: readonly (readonly boolean[])[],
  row: number,
  column: number,
  limit: number,
  lineOf: LineOf,
  totalsRow: number | undefined,
  cost: (row: number, column: number) => number,
): [number, number][] {
  const graph = blockGraph(block, lineOf, row, column, totalsRow);
  const residual = graph.capacities(marks, limit);
  maxFlow(residual, graph.rise[0], graph.rise[1], limit);
  interface Arc {
    readonly to: number;
    readonly price: number;
    readonly entry: [number, number];
  }
  const extra: Arc[][] = Array.from({ length: graph.size }, () => []);
  block.forEach((cells, i) =>
    cells.forEach((value, j) => {
      if (value === 0 || at(marks, i)[j]) return;
      for (const [from, to, amount] of graph.arcs(i, j, value, limit)) if (amount > 0) at(extra, from).push({ to, price: cost(i, j), entry: [i, j] });
    }),
  );
  const distance = Array.from({ length: graph.size }, () => Number.POSITIVE_INFINITY);
  // How each node reached was reached: from which node, through which visible entry (none for a residual arc).
  const via = new Map<number, { from: number; entry: [number, number] | undefined }>();
  const done = Array.from({ length: graph.size }, () => false);
  distance[graph.rise[0]] = 0;
  for (;;) {
    let node = -1;
    let nearest = Number.POSITIVE_INFINITY;
    distance.forEach((d, n) => {
      if (!done[n] && d < Number.POSITIVE_INFINITY && (node === -1 || d < nearest)) {
        node = n;
        nearest = d;
      }
    });
    if (node === -1) break;
    done[node] = true;
    const from = node;
    const relax = (to: number, price: number, entry: [number, number] | undefined): void => {
      if (at(distance, from) + price < at(distance, to)) {
        distance[to] = at(distance, from) + price;
        via.set(to, { from, entry });
      }
    };
    for (let to = 0; to < graph.size; to += 1) if (residual.get(node, to) > 0) relax(to, 0, undefined);
    for (const arc of at(extra, node)) relax(arc.to, arc.price, arc.entry);
  }
  const entries: [number, number][] = [];
  if (distance[graph.rise[1]] === Number.POSITIVE_INFINITY) return entries;
  for (let node = graph.rise[1]; node !== graph.rise[0];) {
    const step = entryOf(via, node);
    if (step.entry !== undefined) entries.push(step.entry);
    node = step.from;
  }
  return entries;
}

/**
 * Chooses the entries to hide in a block, starting from `hidden` (the small counts, already
 * marked), so that every hidden entry could be at least `threshold` different values
 * ({@link blockSpan}: down + up + 1 ≥ threshold). While some hidden entry is not yet protected,
 * more entries are hidden: the visible non-zero ones (zeros are always published) along the
 * cheapest path, by `cost`, that lets it rise further. Returns the hidden entries, or undefined
 * when the block cannot be protected (no path is left).
 */
export function protectBlock(
  block: Block,
  hidden: readonly (readonly boolean[])[],
  threshold: number,
  cost: (row: number, column: number) => number,
  lineOf: LineOf = byColumn,
  totalsRow: number | undefined = undefined,
): boolean[][] | undefined {
  const marks = hidden.map((row) => [...row]);
  const spanOf = (i: number, j: number): number => {
    const { down, up } = blockSpan(block, marks, i, j, threshold, lineOf, totalsRow);
    return down + up + 1;
  };
  for (;;) {
    const weak = block.flatMap((cells, i) => cells.map((_, j) => [i, j] as const)).find(([i, j]) => at(marks, i)[j] === true && spanOf(i, j) < threshold);
    if (weak === undefined) return marks;
    const entries = cheapestWidening(block, marks, weak[0], weak[1], threshold, lineOf, totalsRow, cost);
    if (entries.length === 0) return undefined;
    for (const [i, j] of entries) at(marks, i)[j] = true;
  }
}
