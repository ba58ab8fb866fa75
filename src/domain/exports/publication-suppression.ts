import { SENIOR_BANDS, STAFF_GROUPS, bandOrder } from '../wres/bands';
import { calculateWres } from '../wres/calculate';
import type { GroupCounts } from '../wres/ethnicity';
import type { Indicator1Row, WresInput } from '../wres/input-schema';
import { type WresOptions, resolveWresOptions } from '../wres/options';
import type { RatioIndicatorResult } from '../wres/ratio-indicators';
import { at, entry, present } from '../shared/checked-access';
import { isSmallCount, protectBlock } from './suppression';

/** The columns of a row of counts: White, BME, Unknown, Total. */
export const W = 0;
export const B = 1;
const U = 2;
export const T = 3;

export type Counts4 = readonly [number, number, number, number];

/** Which table a row of counts belongs to; tables whose rows are the same people are linked. */
export type TableId = '1' | '2' | '3' | '4' | '9w' | '9v' | '9n' | '9e';

/** A row of counts the publication shows: White, BME, Unknown and their total. */
export interface CountRow {
  readonly key: string;
  readonly table: TableId;
  readonly counts: Counts4;
}

/** Which entries of each row of counts are hidden, by row key; and the survey respondent counts hidden. */
export interface Pattern {
  readonly rows: ReadonlyMap<string, readonly boolean[]>;
  /** Survey indicators whose White or BME respondent count is hidden, with which ([White, BME]). */
  readonly respondents: ReadonlyMap<string, readonly [boolean, boolean]>;
  /** Counts hidden because they are small (1 to below the threshold). */
  readonly primary: number;
}

const four = (counts: GroupCounts): Counts4 => [counts.white, counts.bme, counts.unknown, counts.white + counts.bme + counts.unknown];

/** Indicator 1's rows in staff-group and pay order. */
export function sortedBands(rows: readonly Indicator1Row[]): Indicator1Row[] {
  return rows.toSorted(
    (a, b) => STAFF_GROUPS.indexOf(a.staffGroup) - STAFF_GROUPS.indexOf(b.staffGroup) || bandOrder(a.staffGroup, a.band) - bandOrder(b.staffGroup, b.band),
  );
}

/** Bands 8a–9 and VSM of non-clinical and clinical staff: the rows of indicator 1's headline. */
function isSenior(row: Indicator1Row): boolean {
  return row.staffGroup !== 'medical-dental' && SENIOR_BANDS.some((band) => band === row.band);
}

export const bandKey = (row: Indicator1Row): string => `1:${row.staffGroup}:${row.band}`;

/** The ratio tables: indicator 2, 3 (with its previous year) and 4, each year a population and an events row. */
interface RatioTable {
  readonly id: '2' | '3' | '4';
  /** Row keys of each year: [population, events]; the current year first. */
  readonly years: readonly (readonly [string, string])[];
}

/** Every row of counts a publication of `input` shows, by key. */
export function countRows(input: WresInput): CountRow[] {
  const rows: CountRow[] = [];
  if (input.indicator1 !== undefined) {
    for (const row of sortedBands(input.indicator1.rows)) rows.push({ key: bandKey(row), table: '1', counts: four(row) });
    const all = input.indicator1.rows.reduce((sum, row) => ({ white: sum.white + row.white, bme: sum.bme + row.bme, unknown: sum.unknown + row.unknown }), {
      white: 0,
      bme: 0,
      unknown: 0,
    });
    rows.push({ key: '1:all', table: '1', counts: four(all) });
  }
  if (input.indicator2 !== undefined)
    rows.push(
      { key: '2:population', table: '2', counts: four(input.indicator2.shortlisted) },
      { key: '2:events', table: '2', counts: four(input.indicator2.appointed) },
    );
  if (input.indicator3 !== undefined) {
    rows.push(
      { key: '3:population', table: '3', counts: four(input.indicator3.headcount) },
      { key: '3:events', table: '3', counts: four(input.indicator3.entered) },
    );
    const previous = input.indicator3.previousYear;
    if (previous !== undefined)
      rows.push(
        { key: '3:population:previous', table: '3', counts: four(previous.headcount) },
        { key: '3:events:previous', table: '3', counts: four(previous.entered) },
      );
  }
  if (input.indicator4 !== undefined)
    rows.push(
      { key: '4:population', table: '4', counts: four(input.indicator4.headcount) },
      { key: '4:events', table: '4', counts: four(input.indicator4.accessed) },
    );
  const board = input.indicator9;
  if (board !== undefined) {
    rows.push({ key: '9:voting', table: '9v', counts: four(board.boardVoting) });
    if (board.boardNonVoting !== undefined) rows.push({ key: '9:nonvoting', table: '9n', counts: four(board.boardNonVoting) });
    if (board.boardExecutive !== undefined) rows.push({ key: '9:executive', table: '9e', counts: four(board.boardExecutive) });
    if (board.workforce !== undefined) rows.push({ key: '9:workforce', table: '9w', counts: four(board.workforce) });
  }
  return rows;
}

/**
 * Rows that count the same people: indicator 1's "All staff", the headcounts of indicators 3 and
 * 4, and indicator 9's workforce are, by the Standard, the whole workforce. When their counts are
 * equal a reader may take them for one row, so they are treated as one: hidden alike, and moved
 * alike by any alternative a reader could not rule out.
 */
function linkedKeys(rows: readonly CountRow[]): string[] {
  const candidates = rows.filter((row) => ['1:all', '3:population', '4:population', '9:workforce'].includes(row.key));
  return candidates
    .filter((row) => candidates.some((other) => other !== row && other.counts.every((value, j) => value === row.counts[j])))
    .map((row) => row.key);
}

function ratioTables(input: WresInput): RatioTable[] {
  const tables: RatioTable[] = [];
  if (input.indicator2 !== undefined) tables.push({ id: '2', years: [['2:population', '2:events']] });
  if (input.indicator3 !== undefined) {
    const years: [string, string][] = [['3:population', '3:events']];
    if (input.indicator3.previousYear !== undefined) years.push(['3:population:previous', '3:events:previous']);
    tables.push({ id: '3', years });
  }
  if (input.indicator4 !== undefined) tables.push({ id: '4', years: [['4:population', '4:events']] });
  return tables;
}

/** The price of hiding an entry of a row, in "information lost": BME counts most, Unknown least. */
function entryCost(column: number, denominator: WresOptions['percentDenominator']): number {
  // Hiding White under the known-ethnicity reading, or a total under the all-staff one, also hides a BME %.
  const costs = denominator === 'all-staff' ? [3, 12, 1, 4] : [5, 12, 1, 2];
  return at(costs, column);
}

type Marks = Map<string, boolean[]>;

const ratioInput = (input: WresInput, id: '2' | '3' | '4', counts: ReadonlyMap<string, readonly number[]>): WresInput => {
  const group = (key: string): GroupCounts => {
    const [white = 0, bme = 0, unknown = 0] = entry(counts, key);
    return { white, bme, unknown };
  };
  const base = { schemaVersion: input.schemaVersion, organisation: input.organisation, year: input.year };
  if (id === '2') return { ...base, indicator2: { shortlisted: group('2:population'), appointed: group('2:events') } };
  if (id === '4') return { ...base, indicator4: { headcount: group('4:population'), accessed: group('4:events') } };
  const previous = counts.has('3:population:previous')
    ? { previousYear: { headcount: group('3:population:previous'), entered: group('3:events:previous') } }
    : {};
  return { ...base, indicator3: { headcount: group('3:population'), entered: group('3:events'), ...previous } };
};

/**
 * Protects a ratio table (indicators 2–4). The relative likelihood is always published, so a
 * hidden count must be one of many that, with the visible ones, give the same likelihood to 2 dp.
 * Candidate sets of extra entries to hide are tried cheapest first; a set is taken when every
 * hidden entry could rise by at least threshold − 1 through one of these changes, each checked by
 * recalculating the indicator: an entry and its row's total up together; the White and BME events
 * scaled together (the likelihoods change, so they are hidden; the ratio does not); one group's
 * events and population scaled together (its likelihood and the ratio stay). A population that is
 * linked to another table's row never moves. Returns undefined when no set protects the table.
 */
function protectRatioTable(
  input: WresInput,
  table: RatioTable,
  rows: ReadonlyMap<string, Counts4>,
  marks: Marks,
  threshold: number,
  fixedKeys: ReadonlySet<string>,
  options: Partial<WresOptions>,
): Marks | undefined {
  const truth = calculateWres(ratioInput(input, table.id, rows), options);
  const result = present(truth.indicators[table.id], `indicator ${table.id}'s result`);
  const pooled = table.id === '3' && table.years.length > 1 && truth.readings.indicator3Average !== 'single-year';
  const ratioYears = pooled ? table.years : table.years.slice(0, 1);
  const keys = table.years.flat();
  type Piece = readonly (readonly [string, number])[];
  const pieces: Piece[] = [];
  for (const [population, events] of table.years) {
    pieces.push([[events, T]]);
    if (!fixedKeys.has(population)) pieces.push([[population, T]]);
  }
  pieces.push(
    ratioYears.flatMap(([, events]): [string, number][] => [
      [events, W],
      [events, B],
      [events, T],
    ]),
  );
  for (const group of [B, W]) {
    if (ratioYears.some(([population]) => fixedKeys.has(population))) continue;
    pieces.push(
      ratioYears.flatMap(([population, events]): [string, number][] => [
        [events, group],
        [events, T],
        [population, group],
        [population, T],
      ]),
    );
  }
  const candidates: { marks: Marks; cost: number }[] = [];
  for (let chosen = 0; chosen < 1 << pieces.length; chosen += 1) {
    const next: Marks = new Map(keys.map((key) => [key, [...entry(marks, key)]]));
    pieces.forEach((piece, p) => {
      if ((chosen & (1 << p)) === 0) return;
      for (const [key, column] of piece) if (at(entry(rows, key), column) > 0) entry(next, key)[column] = true;
    });
    let cost = 0;
    for (const key of keys) entry(next, key).forEach((hidden, j) => (cost += hidden ? entryCost(j, 'all-staff') : 0));
    // A likelihood lost costs a little more than a count.
    for (const group of [W, B])
      if (ratioYears.some(([population, events]) => entry(next, population)[group] || entry(next, events)[group])) cost += group === B ? 4 : 3;
    candidates.push({ marks: next, cost });
  }
  candidates.sort((a, b) => a.cost - b.cost);
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const signature = JSON.stringify([...candidate.marks.values()]);
    if (seen.has(signature)) continue;
    seen.add(signature);
    if (ratioTableProtected(input, table, rows, candidate.marks, threshold, result, ratioYears, options)) return candidate.marks;
  }
  return undefined;
}

function add(alt: Map<string, number[]>, key: string, column: number, by: number): void {
  const row = entry(alt, key);
  row[column] = at(row, column) + by;
}

/** Whether an alternative table a reader could not tell from the true one exists for each hidden entry, with it at least threshold − 1 higher. */
function ratioTableProtected(
  input: WresInput,
  table: RatioTable,
  rows: ReadonlyMap<string, Counts4>,
  marks: Marks,
  threshold: number,
  truth: RatioIndicatorResult,
  ratioYears: readonly (readonly [string, string])[],
  options: Partial<WresOptions>,
): boolean {
  const rise = threshold - 1;
  const hidden = (key: string, column: number): boolean => at(entry(marks, key), column);
  const valid = (alt: Map<string, number[]>): boolean => {
    for (const [population, events] of table.years) {
      // Every change below keeps each row adding up to its total; events must stay within their population.
      const n = entry(alt, population);
      if (entry(alt, events).some((value, j) => value > at(n, j))) return false;
    }
    for (const [key, row] of alt) {
      const original = entry(rows, key);
      if (row.some((value, j) => (hidden(key, j) ? value < 1 : value !== original[j]))) return false;
    }
    const moved = present(calculateWres(ratioInput(input, table.id, alt), options).indicators[table.id], `indicator ${table.id}'s result`);
    return moved.value === truth.value && moved.verdict === truth.verdict;
  };
  const fresh = (): Map<string, number[]> => new Map(table.years.flat().map((key) => [key, [...entry(rows, key)]]));
  const rowOf = (key: string): readonly [string, string] =>
    present(
      table.years.find((year) => year.includes(key)),
      `the year of ${key}`,
    );
  // Changes that raise an entry: each returns the alternative, or undefined when it does not apply.
  const shift = (key: string, column: number): Map<string, number[]>[] => {
    if (column === T || !hidden(key, T)) return [];
    const alt = fresh();
    add(alt, key, column, rise);
    add(alt, key, T, rise);
    const [population, events] = rowOf(key);
    const withPopulation = fresh();
    if (key === events && hidden(population, column) && hidden(population, T)) {
      for (const row of [population, events]) {
        add(withPopulation, row, column, rise);
        add(withPopulation, row, T, rise);
      }
    }
    return [alt, withPopulation];
  };
  const scale = (entries: readonly (readonly [string, number])[], factor: number): Map<string, number[]> => {
    const alt = fresh();
    for (const [key, column] of entries) {
      const by = at(entry(rows, key), column) * (factor - 1);
      add(alt, key, column, by);
      add(alt, key, T, by);
    }
    return alt;
  };
  const scalings = (value: number): Map<string, number[]>[] => {
    const factor = 1 + Math.ceil(rise / Math.max(value, 1));
    const events = ratioYears.flatMap(([, key]): [string, number][] => [
      [key, W],
      [key, B],
    ]);
    const pair = (group: number) =>
      ratioYears.flatMap(([population, key]): [string, number][] => [
        [key, group],
        [population, group],
      ]);
    return [scale(events, factor), scale(pair(B), factor), scale(pair(W), factor)];
  };
  for (const key of table.years.flat()) {
    for (let column = 0; column < 4; column += 1) {
      if (!hidden(key, column)) continue;
      const counts = entry(rows, key);
      const value = at(counts, column);
      const changes = column === T ? [0, 1, 2].flatMap((other) => (hidden(key, other) ? shift(key, other) : [])) : shift(key, column);
      const risesEnough = (alt: Map<string, number[]>): boolean => at(entry(alt, key), column) - value >= rise;
      if (![...changes, ...scalings(column === T ? counts[W] + counts[B] : value)].some((alt) => risesEnough(alt) && valid(alt))) return false;
    }
  }
  return true;
}

/**
 * Indicator 9's rows to hide, in groups, each row all its non-zero counts (zeros stay published).
 * A board's BME % is published in effect (its difference from the workforce is), and so is the
 * whole board's (voting and non-voting members added), so:
 * - a small count on the voting board hides the non-voting members with it: were they shown, the
 *   whole board's share would pin the voting board; both multiplied by the same whole number keep
 *   both shares (and every zero);
 * - small counts among the non-voting members alone hide just them when the whole board
 *   multiplied by k, less the voting board, is a non-voting board a reader cannot rule out: it
 *   keeps the whole board's share, and each hidden count rises with k, so long as every part of
 *   the share (BME and the rest, White + Unknown, for a BME % of all; White and BME for one of
 *   known ethnicity) that the voting board has is non-zero among the non-voting members too (a
 *   published 0 cannot take the rise). Otherwise the voting board is hidden too: beside a voting
 *   board shown in full, 0 White and 2 BME non-voting members would be given back.
 * - the executive board and the workforce are each on their own.
 */
function boardGroups(counts: ReadonlyMap<string, Counts4>, small: (key: string) => boolean, denominator: WresOptions['percentDenominator']): string[][] {
  const groups: string[][] = [];
  const voting = counts.get('9:voting');
  const nonVoting = counts.get('9:nonvoting');
  const both = ['9:voting', '9:nonvoting'];
  if (voting !== undefined && small('9:voting')) groups.push(nonVoting === undefined ? ['9:voting'] : both);
  else if (voting !== undefined && nonVoting !== undefined && small('9:nonvoting')) {
    const parts = denominator === 'all-staff' ? [[B], [W, U]] : [[W], [B]];
    const absorbs = parts.every((columns) => columns.every((j) => voting[j] === 0) || columns.some((j) => at(nonVoting, j) > 0));
    groups.push(absorbs ? ['9:nonvoting'] : both);
  }
  for (const key of ['9:executive', '9:workforce']) if (counts.has(key) && small(key)) groups.push([key]);
  return groups;
}

/**
 * Chooses which counts a publication hides. See {@link publicationWresTable} for the rules; in
 * short: counts from 1 to below the threshold are hidden, then, table by table, the cheapest set
 * of further entries such that each hidden count could be at least `threshold` values with every
 * published figure unchanged; where a table cannot be protected that way, every non-zero count of
 * it (and of the tables linked to it) is hidden, which is always safe: all of them multiplied by
 * the same whole number leave every published figure as it is.
 */
export function choosePattern(input: WresInput, threshold: number, options: Partial<WresOptions> = {}): Pattern {
  const denominator = resolveWresOptions(options).percentDenominator;
  const rows = countRows(input);
  const counts = new Map(rows.map((row) => [row.key, row.counts]));
  const marks: Marks = new Map(rows.map((row) => [row.key, row.counts.map((value) => isSmallCount(value, threshold))]));
  const primary = [...marks.values()].flat().filter(Boolean).length;
  const linked = new Set(linkedKeys(rows));
  const tableOf = new Map(rows.map((row) => [row.key, row.table]));
  const fallback = new Set<TableId>();
  const fail = (table: TableId): void => {
    fallback.add(table);
    // A table whose linked row must move takes the other tables linked to it along.
    if ([...linked].some((key) => tableOf.get(key) === table)) for (const key of linked) fallback.add(entry(tableOf, key));
  };
  const anySmall = (key: string): boolean => entry(marks, key).some(Boolean);

  if (input.indicator1 !== undefined) {
    const bands = sortedBands(input.indicator1.rows);
    // "All staff" may move with the bands unless another table shows the same people or
    // indicator 9 sets its board against it (then its BME % is published in effect).
    const allMoves = !linked.has('1:all') && !(input.indicator9 !== undefined && input.indicator9.workforce === undefined);
    const keys = [...bands.map(bandKey), ...(allMoves ? ['1:all'] : [])];
    if (!allMoves && anySmall('1:all')) fail('1');
    if (keys.some(anySmall)) {
      // The headline gives the senior bands' BME count and its denominator (all staff: the total;
      // known ethnicity: White + BME) away in effect, so those columns split into a senior line and
      // the rest, each with a known sum. A senior share of 0% (no BME staff there) says nothing of
      // its denominator; no share at all (no one there of known ethnicity) says nothing.
      const senior = bands.filter(isSenior);
      const seniorBme = senior.reduce((sum, row) => sum + row.bme, 0);
      const seniorKnown = senior.reduce((sum, row) => sum + row.white + row.bme, 0);
      const split = seniorKnown === 0 ? [] : seniorBme === 0 ? [B] : denominator === 'all-staff' ? [B, T] : [W, B];
      const lineOf = (i: number, column: number): number => (split.includes(column) && i < bands.length && isSenior(at(bands, i)) ? 4 + column : column);
      const protectedBlock = protectBlock(
        keys.map((key) => entry(counts, key)),
        keys.map((key) => entry(marks, key)),
        threshold,
        // All staff's counts are the trust's own figures: a band's go first.
        (row, column) => entryCost(column, denominator) + (row === bands.length ? 1 : 0),
        lineOf,
        allMoves ? bands.length : undefined,
      );
      if (protectedBlock === undefined) fail('1');
      else keys.forEach((key, i) => marks.set(key, at(protectedBlock, i)));
    }
  }
  for (const table of ratioTables(input)) {
    const keys = table.years.flat();
    if (!keys.some(anySmall)) continue;
    if (keys.some((key) => linked.has(key) && anySmall(key))) {
      fail(table.id);
      continue;
    }
    const chosen = protectRatioTable(input, table, counts, marks, threshold, linked, options);
    if (chosen === undefined) fail(table.id);
    else for (const [key, value] of chosen) marks.set(key, value);
  }
  // Indicator 9's boards, whose shares the differences publish in effect (see boardGroups).
  for (const keys of boardGroups(counts, anySmall, denominator)) {
    if (keys.some((key) => linked.has(key))) fail('9w');
    else
      for (const key of keys)
        marks.set(
          key,
          entry(counts, key).map((value) => value > 0),
        );
  }
  for (const row of rows)
    if (fallback.has(row.table))
      marks.set(
        row.key,
        row.counts.map((value) => value > 0),
      );

  const respondents = new Map<string, readonly [boolean, boolean]>();
  for (const id of ['5', '6', '7', '8'] as const) {
    const survey = input[`indicator${id}`];
    if (survey === undefined) continue;
    respondents.set(id, [isSmallCount(survey.whiteRespondents ?? 0, threshold), isSmallCount(survey.bmeRespondents ?? 0, threshold)]);
  }
  const respondentPrimary = [...respondents.values()].flat().filter(Boolean).length;
  return { rows: marks, respondents, primary: primary + respondentPrimary };
}
