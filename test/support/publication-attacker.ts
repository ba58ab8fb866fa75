/**
 * An attacker for the WRES publication pack: given the published rows (as the CSV holds them), it
 * bounds every hidden count with integer programming (HiGHS), using everything a reader knows:
 *
 * - counts are whole numbers; a hidden count is at least 1 (the pack says zeros are published);
 *   with NHS Digital's rule a shown count r is the true one rounded to 5, so r − 2 … r + 2;
 * - every row of counts adds up to its total; indicator 1's bands add up to "All staff";
 * - events are within their population, group by group (indicators 2–4);
 * - rows that count the whole workforce (indicator 1's "All staff", the headcounts of 3 and 4,
 *   indicator 9's workforce) are the same people, so they are taken as equal wherever what is
 *   shown of them agrees;
 * - every published percentage (1 dp), likelihood (1 dp), relative likelihood (2 dp) and
 *   difference (1 dp) is the true one rounded: a 1 dp percentage p of B over D means
 *   (20p − 1)·D ≤ 2000·B ≤ (20p + 1)·D, which is linear; a difference of two percentages is
 *   linear when one side is published in full;
 * - indicator 9's whole board is its voting and non-voting members added column by column, so the
 *   whole board's difference from the workforce constrains both rows, linearly in their counts.
 *
 * A relative likelihood (a₁/n₁)/(a₂/n₂) is a ratio of products, a₁·n₂ against n₁·a₂: linear when
 * one factor of each product is shown, bilinear when both are hidden. The bilinear case is handled
 * soundly for a proof of protection by restriction rather than relaxation: the model is solved
 * three times, with the hidden populations fixed at their true values, with the hidden events
 * fixed, and with each group's likelihood fixed (a·n_true = n·a_true, so events and population
 * move in proportion), each a linear model whose every solution is a real alternative table (so
 * each range found lies inside the true one); a count's range is the hull of the three. Never a McCormick
 * relaxation, which would widen the ranges and so flatter the suppression. (The same for
 * indicator 9's difference when both the board's and the workforce's counts are hidden.) A
 * restricted run needs the true counts; without them a bilinear table is refused.
 *
 * Only indicator 3's single-year reading is modelled (the app's default).
 */
import highsLoader from 'highs';

type Cell = string | number | null;
export type Highs = Awaited<ReturnType<typeof highsLoader>>;

/** A reader's range for one hidden count, and where it is in the table. */
export interface HiddenRange {
  readonly row: number;
  readonly column: number;
  readonly measure: string;
  readonly lower: number;
  /** Infinity when nothing published bounds it. */
  readonly upper: number;
  readonly truth?: number;
}

export interface AttackOptions {
  /** Whether shown counts are rounded to the nearest 5 (NHS Digital's rule). */
  readonly rounded?: boolean;
  readonly denominator?: 'all-staff' | 'known-ethnicity';
  /**
   * Stop once a range is shown to hold this many values (its upper end is then a witness, not the
   * largest); without it every range is exact.
   */
  readonly threshold?: number;
  /** The true table (same shape as the published rows), for bilinear restrictions and sanity checks. */
  readonly truth?: readonly (readonly Cell[])[];
}

const BIG = 1_000_000;
const W = 2;
const B = 3;
const U = 4;
const T = 5;
const FIGURE = 6;
const COUNT_COLUMNS = [W, B, U, T];
const SENIOR = /^(Non-clinical|Clinical): (Band 8[a-d]|Band 9|VSM)$/;
const POPULATIONS = /^(Applicants shortlisted|Headcount)/;

/** A linear expression: coefficients by variable, plus a constant. */
class Linear {
  constructor(
    readonly terms: Map<number, number> = new Map(),
    readonly constant = 0,
  ) {}
  static of(value: number | Var): Linear {
    return typeof value === 'number' ? new Linear(new Map(), value) : new Linear(new Map([[value.index, 1]]), 0);
  }
  plus(other: Linear, factor = 1): Linear {
    const terms = new Map(this.terms);
    for (const [v, c] of other.terms) terms.set(v, (terms.get(v) ?? 0) + c * factor);
    return new Linear(terms, this.constant + other.constant * factor);
  }
  times(factor: number): Linear {
    return new Linear(new Map([...this.terms].map(([v, c]) => [v, c * factor])), this.constant * factor);
  }
  get isConstant(): boolean {
    return [...this.terms.values()].every((c) => c === 0);
  }
}

interface Var {
  readonly index: number;
}
type Value = number | Var;

/** Whether the rows can be read as numbers: a shown count or figure. */
const isNumber = (cell: Cell | undefined): cell is number => typeof cell === 'number';

/** The published rows, without the header and the footnote. */
export function tableRows(rows: readonly (readonly Cell[])[]): (readonly Cell[])[] {
  const body = rows.slice(1).filter((row) => row[0] !== null && row[0] !== '' && row[0] !== 'Note');
  // Indicator and Measure must be read as text, or no row would be recognised.
  const unread = body.find((row) => typeof row[0] !== 'string' || typeof row[1] !== 'string');
  if (unread !== undefined) throw new Error(`a row's Indicator and Measure must be text: ${JSON.stringify(unread)}`);
  return body;
}

/** Every hidden count of the publication with a reader's range for it. */
export function attackPublication(highs: Highs, published: readonly (readonly Cell[])[], options: AttackOptions = {}): HiddenRange[] {
  const rows = tableRows(published);
  const truthRows = options.truth === undefined ? undefined : tableRows(options.truth);
  const exact = buildModel(rows, truthRows, options, 'exact');
  if (exact !== undefined) return exact.hidden.map(({ variable, ...cell }) => ({ ...cell, ...bounds(highs, exact, variable, cell.truth, options.threshold) }));
  if (truthRows === undefined) throw new Error('the publication has bilinear constraints and no truth was given to restrict them');
  const restricted = (['fix-populations', 'fix-events', 'fix-likelihoods'] as const).map((mode) => buildModel(rows, truthRows, options, mode) as Model);
  const first = restricted[0] as Model;
  return first.hidden.map(({ variable, ...cell }) => {
    // The hull of the restricted ranges, each inside the true range; once one is wide enough, no need for the others.
    let range = { lower: Number.POSITIVE_INFINITY, upper: Number.NEGATIVE_INFINITY };
    for (const model of restricted) {
      const found = bounds(highs, model, variable, cell.truth, options.threshold);
      range = { lower: Math.min(range.lower, found.lower), upper: Math.max(range.upper, found.upper) };
      if (options.threshold !== undefined && range.upper - range.lower + 1 >= options.threshold) break;
    }
    return { ...cell, ...range };
  });
}

/** How many values a range holds. */
export const widthOf = (range: HiddenRange): number => range.upper - range.lower + 1;

type Mode = 'exact' | 'fix-populations' | 'fix-events' | 'fix-likelihoods';

interface Model {
  readonly variables: number;
  readonly integer: boolean[];
  readonly lower: number[];
  readonly upper: number[];
  readonly constraints: { expression: Linear; sense: '>=' | '<=' | '='; label: string }[];
  readonly hidden: (Omit<HiddenRange, 'lower' | 'upper'> & { variable: number })[];
  /** Variables left out of a component's solve. */
  readonly free?: readonly number[];
}

function buildModel(
  rows: readonly (readonly Cell[])[],
  truthRows: readonly (readonly Cell[])[] | undefined,
  options: AttackOptions,
  mode: Mode,
): Model | undefined {
  const lower: number[] = [];
  const upper: number[] = [];
  const integer: boolean[] = [];
  const constraints: Model['constraints'] = [];
  let label = '';
  const hidden: Model['hidden'] = [];
  const truths: number[] = [];
  const fresh = (lo: number, hi: number, truth: number | undefined): Var => {
    lower.push(lo);
    upper.push(hi);
    integer.push(true);
    truths.push(truth ?? Number.NaN);
    return { index: lower.length - 1 };
  };
  const truthAt = (r: number, c: number): number => {
    const value = truthRows?.[r]?.[c];
    if (!isNumber(value)) throw new Error(`no true value at row ${r}, column ${c}`);
    return value;
  };
  const denominator = options.denominator ?? 'all-staff';
  const isCountRow = (row: readonly Cell[]): boolean => row[T] !== null || row[1] === 'Respondents';

  // Each count cell: a constant, or a variable.
  const values = new Map<string, Value>();
  const at = (r: number, c: number): Value => values.get(`${r}:${c}`) as Value;
  rows.forEach((row, r) => {
    if (!isCountRow(row)) return;
    for (const c of COUNT_COLUMNS) {
      const cell = row[c];
      if (cell === null || cell === undefined) continue;
      if (cell === '*') {
        const variable = fresh(1, BIG, truthRows === undefined ? undefined : truthAt(r, c));
        hidden.push({ row: r, column: c, measure: String(row[1]), variable: variable.index, ...(truthRows === undefined ? {} : { truth: truthAt(r, c) }) });
        values.set(`${r}:${c}`, variable);
      } else if (typeof cell === 'number') {
        values.set(
          `${r}:${c}`,
          options.rounded === true && cell !== 0 ? fresh(Math.max(1, cell - 2), cell + 2, truthRows === undefined ? undefined : truthAt(r, c)) : cell,
        );
      } else {
        throw new Error(`row ${r} column ${c} holds ${JSON.stringify(cell)}, not a count`);
      }
    }
  });
  const lin = (r: number, c: number): Linear => Linear.of(at(r, c));
  const equal = (a: Linear, b: Linear): void => {
    constraints.push({ expression: a.plus(b, -1), sense: '=', label });
  };
  const isHidden = (r: number, c: number): boolean => typeof at(r, c) !== 'number';

  label = 'rows';
  // Rows add up.
  rows.forEach((row, r) => {
    if (row[T] === null || row[1] === 'Respondents') return;
    equal(lin(r, W).plus(lin(r, B)).plus(lin(r, U)), lin(r, T));
  });
  const indexOf = (indicator: string, measure: string | RegExp): number =>
    rows.findIndex((row) => row[0] === indicator && (typeof measure === 'string' ? row[1] === measure : measure.test(String(row[1]))));

  label = 'columns';
  // Indicator 1: bands add up to All staff, column by column.
  const bands = rows.flatMap((row, r) => (row[0] === '1' && row[T] !== null && !String(row[1]).startsWith('All staff') ? [r] : []));
  const all = indexOf('1', /^All staff/);
  if (all >= 0)
    for (const c of COUNT_COLUMNS)
      equal(
        bands.reduce((sum, r) => sum.plus(lin(r, c)), new Linear()),
        lin(all, c),
      );

  label = 'workforce';
  // The whole workforce, wherever it is shown.
  const workforceRows = [all, indexOf('3', 'Headcount'), indexOf('4', 'Headcount'), indexOf('9', /^Workforce/)].filter((r) => r >= 0);
  const shown = (r: number, c: number): Cell | undefined => rows[r]?.[c];
  // Rows of the same people are hidden alike by the pack, so the reader takes as one the rows that show the same.
  // (Given the true table, only rows truly of the same people: rows that show the same by chance are not.)
  const trulyEqual = (a: number, b: number): boolean => truthRows === undefined || COUNT_COLUMNS.every((c) => truthAt(a, c) === truthAt(b, c));
  const agree = (a: number, b: number): boolean => COUNT_COLUMNS.every((c) => shown(a, c) === shown(b, c)) && trulyEqual(a, b);
  for (const a of workforceRows) for (const b of workforceRows) if (a < b && agree(a, b)) for (const c of COUNT_COLUMNS) equal(lin(a, c), lin(b, c));

  // A published percentage (1 dp) of part over whole.
  const percent = (p: number, part: Linear, whole: Linear): void => {
    const twenty = Math.round(p * 20);
    constraints.push({ expression: part.times(2000).plus(whole.times(twenty - 1), -1), sense: '>=', label });
    constraints.push({ expression: part.times(2000).plus(whole.times(twenty + 1), -1), sense: '<=', label });
  };
  const bmeDenominator = (r: number): Linear => (denominator === 'all-staff' ? lin(r, T) : lin(r, W).plus(lin(r, B)));
  rows.forEach((row, r) => {
    const figure = row[FIGURE];
    // Every row of counts with a figure shows its BME % (bands, All staff, board, workforce).
    if (!isNumber(figure) || row[T] === null) return;
    label = `BME % of row ${r}`;
    percent(figure, lin(r, B), bmeDenominator(r));
  });
  const seniorRow = indexOf('1', 'BME % of staff in bands 8a–9 and VSM');
  label = 'senior';
  if (seniorRow >= 0 && isNumber(rows[seniorRow]?.[FIGURE])) {
    const senior = bands.filter((r) => SENIOR.test(String(rows[r]?.[1])));
    percent(
      rows[seniorRow]?.[FIGURE] as number,
      senior.reduce((sum, r) => sum.plus(lin(r, B)), new Linear()),
      senior.reduce((sum, r) => sum.plus(bmeDenominator(r)), new Linear()),
    );
  }

  // Indicators 2–4.
  let bilinear = false;
  for (const id of ['2', '3', '4']) {
    const population = indexOf(id, POPULATIONS);
    if (population < 0) continue;
    const events = population + 1;
    label = `indicator ${id}`;
    const years = [[population, events]];
    const previous = indexOf(id, /\(previous year\)$/);
    if (previous >= 0) years.push([previous, previous + 1]);
    for (const [n, a] of years)
      for (const c of COUNT_COLUMNS) constraints.push({ expression: lin(a as number, c).plus(lin(n as number, c), -1), sense: '<=', label });
    const likelihood = indexOf(id, /^Likelihood/);
    for (const c of [W, B]) {
      const p = rows[likelihood]?.[c];
      if (isNumber(p)) percent(p, lin(events, c), lin(population, c));
    }
    const ratioRow = rows[indexOf(id, /^Relative likelihood/)] as readonly Cell[];
    const ratio = ratioRow[FIGURE];
    if (!isNumber(ratio)) continue;
    // Numerator group first: BME for indicator 3, White for 2 and 4.
    const [one, two] = id === '3' ? [B, W] : [W, B];
    // ratio = (a1 · n2) / (n1 · a2), to 2 dp.
    const product = (event: number, pop: number): Linear | undefined => {
      const eventHidden = isHidden(events, event);
      const popHidden = isHidden(population, pop);
      if (eventHidden && popHidden) {
        bilinear = true;
        if (mode === 'exact') return undefined;
        if (mode === 'fix-events') return lin(population, pop).times(truthAt(events, event));
        return lin(events, event).times(truthAt(population, pop));
      }
      const eventValue = at(events, event);
      const popValue = at(population, pop);
      if (typeof eventValue === 'number') return lin(population, pop).times(eventValue);
      return lin(events, event).times(popValue as number);
    };
    if (mode === 'fix-likelihoods' && [one, two].some((c) => isHidden(events, c) && isHidden(population, c))) {
      // Each group's likelihood held at its true value (a·n_true = n·a_true): the ratio then is the true one.
      bilinear = true;
      for (const c of [one, two])
        constraints.push({
          expression: lin(events, c)
            .times(truthAt(population, c))
            .plus(lin(population, c).times(truthAt(events, c)), -1),
          sense: '=',
          label,
        });
      continue;
    }
    const numerator = product(one, two);
    const denominatorTerm = product(two, one);
    if (numerator === undefined || denominatorTerm === undefined) continue;
    if (mode === 'fix-populations') for (const c of [one, two]) if (isHidden(population, c)) equal(lin(population, c), Linear.of(truthAt(population, c)));
    if (mode === 'fix-events') for (const c of [one, two]) if (isHidden(events, c)) equal(lin(events, c), Linear.of(truthAt(events, c)));
    const twoHundred = Math.round(ratio * 200);
    constraints.push({ expression: numerator.times(200).plus(denominatorTerm.times(twoHundred - 1), -1), sense: '>=', label });
    constraints.push({ expression: numerator.times(200).plus(denominatorTerm.times(twoHundred + 1), -1), sense: '<=', label });
  }

  // Indicator 9: each difference is board BME % − workforce BME %, to 1 dp, from unrounded shares.
  // A board is one or more rows added column by column: the whole board is the voting and the
  // non-voting members together, so its counts, and its share's numerator and denominator, are
  // linear in theirs.
  const workforce = indexOf('9', /^Workforce/) >= 0 ? indexOf('9', /^Workforce/) : all;
  const voting = indexOf('9', /^Voting board members/);
  for (const [board, differenceMeasure] of [
    [[voting], 'Voting board BME % minus workforce BME % (percentage points)'],
    [[voting, indexOf('9', 'Non-voting board members')], 'Whole board BME % minus workforce BME % (percentage points)'],
    [[indexOf('9', /^Executive board members/)], 'Executive board BME % minus workforce BME % (percentage points)'],
  ] as const) {
    const differenceRow = indexOf('9', differenceMeasure);
    const d = rows[differenceRow]?.[FIGURE];
    if (board.some((r) => r < 0) || workforce < 0 || !isNumber(d)) continue;
    label = `difference ${differenceMeasure}`;
    const sides = { board, workforce: [workforce] } as const;
    const shownIn = (side: readonly number[]): boolean => side.every((r) => COUNT_COLUMNS.every((c) => !isHidden(r, c)));
    const sum = (side: readonly number[], c: number): Linear => side.reduce((total, r) => total.plus(lin(r, c)), new Linear());
    const wholeOf = (side: readonly number[]): Linear => (denominator === 'all-staff' ? sum(side, T) : sum(side, W).plus(sum(side, B)));
    // A side's BME % from counts read by `value` (the shown ones, or the true ones).
    const shareOf = (side: readonly number[], value: (r: number, c: number) => number): number => {
      const total = (c: number): number => side.reduce((count, r) => count + value(r, c), 0);
      return (100 * total(B)) / (denominator === 'all-staff' ? total(T) : total(W) + total(B));
    };
    const truthTotal = (side: readonly number[], c: number): number => side.reduce((count, r) => count + truthAt(r, c), 0);
    let fixedSide: 'board' | 'workforce';
    if (shownIn(sides.workforce)) fixedSide = 'workforce';
    else if (shownIn(sides.board)) fixedSide = 'board';
    else {
      bilinear = true;
      if (mode === 'exact') continue;
      if (mode === 'fix-likelihoods') {
        // Both shares held at their true values: the difference then is the true one.
        for (const side of [sides.board, sides.workforce]) {
          const trueWhole = denominator === 'all-staff' ? truthTotal(side, T) : truthTotal(side, W) + truthTotal(side, B);
          constraints.push({
            expression: sum(side, B)
              .times(trueWhole)
              .plus(wholeOf(side).times(truthTotal(side, B)), -1),
            sense: '=',
            label,
          });
        }
        continue;
      }
      fixedSide = mode === 'fix-populations' ? 'workforce' : 'board';
      for (const r of sides[fixedSide]) for (const c of COUNT_COLUMNS) if (isHidden(r, c)) equal(lin(r, c), Linear.of(truthAt(r, c)));
    }
    // The shown side's share is exact; the other's lies within the difference's rounding of it.
    const fixed = sides[fixedSide];
    const other = fixedSide === 'workforce' ? sides.board : sides.workforce;
    const known = shownIn(fixed) ? shareOf(fixed, (r, c) => at(r, c) as number) : shareOf(fixed, truthAt);
    const centre = fixedSide === 'workforce' ? known + d : known - d;
    const [low, high] = [centre - 0.05 - 1e-9, centre + 0.05 + 1e-9];
    const part = sum(other, B).times(100);
    const whole = wholeOf(other);
    constraints.push({ expression: part.plus(whole.times(low), -1), sense: '>=', label });
    constraints.push({ expression: part.plus(whole.times(high), -1), sense: '<=', label });
  }
  // The true table must satisfy every constraint, or the attacker (or the pack) is wrong.
  if (truthRows !== undefined) {
    for (const { expression, sense, label: where } of constraints) {
      const value = [...expression.terms].reduce((sum, [v, c]) => sum + c * (truths[v] as number), expression.constant);
      const ok = sense === '=' ? Math.abs(value) < 1e-6 : sense === '>=' ? value >= -1e-6 : value <= 1e-6;
      if (!ok && !Number.isNaN(value)) throw new Error(`the true table breaks a constraint of ${where} (${sense} 0 with ${value}, mode ${mode})`);
    }
  }
  if (mode === 'exact' && bilinear) return undefined;
  if (mode !== 'exact' && !bilinear) return undefined;
  return { variables: lower.length, integer, lower, upper, constraints, hidden };
}

const name = (index: number): string => `x${index}`;

function expressionText(expression: Linear): string {
  const parts = [...expression.terms].filter(([, c]) => c !== 0).map(([v, c]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${name(v)}`);
  return parts.length === 0 ? `0 ${name(0)}` : parts.join(' ');
}

function lpText(model: Model, objective: number, sense: 'Maximize' | 'Minimize', atLeast?: number): string {
  const lines = [sense, ` obj: ${name(objective)}`, 'Subject To', ` floor: ${name(objective)} >= ${atLeast ?? 0}`];
  model.constraints.forEach((constraint, i) => {
    if (constraint.expression.isConstant) return;
    lines.push(` c${i}: ${expressionText(constraint.expression)} ${constraint.sense} ${-constraint.expression.constant}`);
  });
  const free = new Set(model.free ?? []);
  const used = Array.from({ length: model.variables }, (_, v) => v).filter((v) => !free.has(v));
  lines.push('Bounds');
  for (const v of used) lines.push(` ${model.lower[v]} <= ${name(v)} <= ${model.upper[v]}`);
  lines.push('General', ` ${used.map(name).join(' ')}`, 'End');
  return lines.join('\n');
}

/** A constraint on constants only must hold for the published table to be consistent at all. */
function checkConstants(model: Model): void {
  for (const { expression, sense } of model.constraints) {
    if (!expression.isConstant) continue;
    const value = expression.constant;
    const ok = sense === '=' ? Math.abs(value) < 1e-6 : sense === '>=' ? value >= -1e-6 : value <= 1e-6;
    if (!ok) throw new Error(`the published figures contradict each other (${sense} with ${value})`);
  }
}

/**
 * The part of the model that bears on one variable: the constraints linked to it through shared
 * variables (the rest cannot change its range), so each solve is small.
 */
function componentOf(model: Model, variable: number): Model {
  const reached = new Set([variable]);
  const used = new Set<number>();
  for (let grew = true; grew;) {
    grew = false;
    model.constraints.forEach((constraint, i) => {
      if (used.has(i) || ![...constraint.expression.terms.keys()].some((v) => reached.has(v))) return;
      used.add(i);
      grew = true;
      for (const v of constraint.expression.terms.keys()) reached.add(v);
    });
  }
  return {
    ...model,
    constraints: model.constraints.filter((_, i) => used.has(i)),
    free: Array.from({ length: model.variables }, (_, v) => v).filter((v) => !reached.has(v)),
  };
}

/** Whether whole-number values satisfy every constraint and bound of the model. */
function feasible(model: Model, values: readonly number[]): boolean {
  if (values.some((value, v) => value < (model.lower[v] as number) || value > (model.upper[v] as number))) return false;
  return model.constraints.every(({ expression, sense }) => {
    const value = [...expression.terms].reduce((sum, [v, c]) => sum + c * (values[v] as number), expression.constant);
    return sense === '=' ? Math.abs(value) < 1e-6 : sense === '>=' ? value >= -1e-6 : value <= 1e-6;
  });
}

const SECONDS_PER_SOLVE = 2;

/**
 * The model's optimum for the variable, or, when HiGHS stops at its time limit, the best whole
 * solution it found (checked here): a real alternative table either way, so a range built from
 * these lies inside the true one. Undefined when the model is infeasible or nothing was found.
 */
function extreme(highs: Highs, model: Model, variable: number, sense: 'Maximize' | 'Minimize', atLeast?: number): number | undefined {
  const solution = highs.solve(lpText(model, variable, sense, atLeast), { mip_rel_gap: 0, mip_abs_gap: 0, time_limit: SECONDS_PER_SOLVE });
  if (solution.Status === 'Infeasible') return undefined;
  const values = Array.from({ length: model.variables }, (_, v) =>
    Math.round((solution.Columns[name(v)] as { Primal: number } | undefined)?.Primal ?? (model.lower[v] as number)),
  );
  if (solution.Status !== 'Optimal' && !feasible(model, values)) return undefined;
  if (solution.Status !== 'Optimal' && solution.Status !== 'Time limit reached') throw new Error(`HiGHS: ${solution.Status}`);
  return values[variable];
}

/**
 * A reader's range for one hidden count. With `threshold`, only as far as it takes to show the
 * range holds that many values: the least value, then any solution at least threshold − 1 above
 * it (much quicker than proving the largest); the largest is sought only when there is none.
 */
function bounds(highs: Highs, whole: Model, variable: number, truth: number | undefined, threshold: number | undefined): { lower: number; upper: number } {
  checkConstants(whole);
  const model = componentOf(whole, variable);
  const lower = extreme(highs, model, variable, 'Minimize') ?? truth;
  if (lower === undefined) throw new Error('HiGHS: Infeasible');
  if (threshold !== undefined) {
    const witness = extreme(highs, model, variable, 'Minimize', lower + threshold - 1);
    // The truth is a solution too, so the range runs at least to it.
    if (witness !== undefined) return { lower, upper: Math.max(witness, truth ?? witness) };
  }
  const upper = extreme(highs, model, variable, 'Maximize') ?? truth ?? lower;
  return { lower, upper: upper >= BIG - 1 ? Number.POSITIVE_INFINITY : upper };
}

export async function loadHighs(): Promise<Highs> {
  return highsLoader();
}
