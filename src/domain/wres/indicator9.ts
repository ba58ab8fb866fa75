import { round1 } from '../shared/rounding';
import { type GroupCounts, NO_PEOPLE, addCounts } from './ethnicity';
import type { WresInput } from './input-schema';
import type { WresOptions } from './options';
import { type Share, shareOf } from './shares';
import { type Verdict, gapVerdict } from './verdict';

export interface BoardComparison {
  /** Board BME % minus workforce BME %, percentage points, 1 dp; negative = under-represented. */
  readonly value: number | null;
  readonly unrounded: number | null;
  readonly boardBmePercent: number | null;
  readonly workforceBmePercent: number | null;
  readonly board: Share;
  readonly verdict: Verdict;
  readonly reason: string | null;
}

export interface Indicator9Result extends BoardComparison {
  readonly indicator: '9';
  readonly kind: 'board';
  readonly workforce: Share | null;
  /** Where the workforce figures came from: given in indicator 9, or the total of indicator 1. */
  readonly workforceSource: 'indicator9.workforce' | 'indicator1' | null;
  /** The same comparison for executive board members, when given. */
  readonly executive: BoardComparison | null;
}

function compare(members: GroupCounts, who: string, workforce: Share | null, options: WresOptions): BoardComparison {
  const board = shareOf(members, options.percentDenominator);
  const base = { board, boardBmePercent: board.bmePercent, workforceBmePercent: workforce?.bmePercent ?? null };
  const fail = (reason: string): BoardComparison => ({ ...base, value: null, unrounded: null, verdict: 'not-calculable', reason });
  if (board.total === 0) return fail(`no ${who} are given`);
  if (board.white + board.bme === 0) return fail(`the ethnicity of every one of the ${who} is unknown`);
  if (workforce === null) return fail('there are no workforce figures: give indicator9.workforce or indicator 1');
  if (workforce.white + workforce.bme === 0) return fail('the ethnicity of everyone in the workforce is unknown');
  // Both shares have a non-zero denominator once someone of known ethnicity is present.
  const unrounded = (board.bmePercentUnrounded as number) - (workforce.bmePercentUnrounded as number);
  const value = round1(unrounded);
  const basis = options.verdictBasis === 'rounded' ? value : unrounded;
  return { ...base, value, unrounded, verdict: gapVerdict(basis, options.representationGapTolerance, 'lower'), reason: null };
}

/**
 * Indicator 9: board representation. value = % BME among voting board members − % BME in the
 * overall workforce, in percentage points from unrounded shares, rounded half away from zero to
 * 1 dp; the same for executive members when `boardExecutive` is given. BME % uses
 * `options.percentDenominator`.
 *
 * The workforce is `indicator9.workforce`, else the total of indicator 1's rows, else absent
 * (then not-calculable). Verdict within ±`options.representationGapTolerance` non-adverse, below
 * adverse (under-represented), above favourable. An empty or all-unknown board is not-calculable.
 */
export function indicator9Result(
  input: NonNullable<WresInput['indicator9']>,
  indicator1: WresInput['indicator1'],
  options: WresOptions,
): Indicator9Result {
  const fromIndicator1 = indicator1 === undefined ? null : indicator1.rows.reduce<GroupCounts>(addCounts, NO_PEOPLE);
  const workforceCounts = input.workforce ?? fromIndicator1;
  const workforce = workforceCounts === null ? null : shareOf(workforceCounts, options.percentDenominator);
  const workforceSource = input.workforce !== undefined ? 'indicator9.workforce' : fromIndicator1 !== null ? 'indicator1' : null;
  return {
    indicator: '9',
    kind: 'board',
    ...compare(input.boardVoting, 'voting board members', workforce, options),
    workforce,
    workforceSource,
    executive: input.boardExecutive === undefined ? null : compare(input.boardExecutive, 'executive board members', workforce, options),
  };
}
