import { round1 } from '../shared/rounding';
import { type GroupCounts, NO_PEOPLE, addCounts } from './ethnicity';
import type { WresInput } from './input-schema';
import type { WresOptions } from './options';
import { type Share, shareOf } from './shares';
import { type Certainty, type Verdict, gapVerdict } from './verdict';

/** One group of board members set against the workforce. */
export interface BoardComparison {
  /** Board BME % minus workforce BME %, percentage points, 1 dp; negative = under-represented. */
  readonly value: number | null;
  /** The same difference before rounding, percentage points. */
  readonly unrounded: number | null;
  /** BME % of these board members, 1 dp; null when none has a known ethnicity. */
  readonly boardBmePercent: number | null;
  readonly workforceBmePercent: number | null;
  readonly board: Share;
  readonly verdict: Verdict;
  /** Always 'not-assessed': a board is counted in full, not sampled, so there is no interval. */
  readonly certainty: Extract<Certainty, 'not-assessed'>;
  readonly reason: string | null;
}

/**
 * Indicator 9. The fields of {@link BoardComparison} at the top level are the voting board's,
 * the figure WRES defines; `totalBoard` and `executive` hold the same comparison for the whole
 * board and for executive members.
 */
export interface Indicator9Result extends BoardComparison {
  readonly indicator: '9';
  readonly kind: 'board';
  readonly workforce: Share | null;
  /** Where the workforce figures came from: given in indicator 9, or the total of indicator 1. */
  readonly workforceSource: 'indicator9.workforce' | 'indicator1' | null;
  /** The same comparison for executive board members, when given. */
  readonly executive: BoardComparison | null;
  /**
   * The same comparison for the whole board, voting and non-voting members together, when
   * `boardNonVoting` is given (0 counts included); null otherwise, as the voting board alone is
   * not the whole board. England's published board figure is of all board members, so this, not
   * the voting board, is the one set beside it.
   */
  readonly totalBoard: BoardComparison | null;
}

function compare(members: GroupCounts, who: string, workforce: Share | null, options: WresOptions): BoardComparison {
  const board = shareOf(members, options.percentDenominator);
  const base = { board, boardBmePercent: board.bmePercent, workforceBmePercent: workforce?.bmePercent ?? null, certainty: 'not-assessed' as const };
  const fail = (reason: string): BoardComparison => ({ ...base, value: null, unrounded: null, verdict: 'not-calculable', reason });
  if (board.total === 0) return fail(`no ${who} are given`);
  if (board.bmePercentUnrounded === null) return fail(`the ethnicity of every one of the ${who} is unknown`);
  if (workforce === null) return fail('there are no workforce figures: give indicator9.workforce or indicator 1');
  if (workforce.bmePercentUnrounded === null) return fail('the ethnicity of everyone in the workforce is unknown');
  const unrounded = board.bmePercentUnrounded - workforce.bmePercentUnrounded;
  const value = round1(unrounded);
  const basis = options.verdictBasis === 'rounded' ? value : unrounded;
  return { ...base, value, unrounded, verdict: gapVerdict(basis, options.representationGapTolerance, 'lower'), reason: null };
}

/**
 * Indicator 9: board representation, compared like with like.
 *
 * - Voting board (the WRES definition, the top-level fields): value = % BME among voting board
 *   members − % BME in the overall workforce;
 * - whole board (`totalBoard`), when `boardNonVoting` is given: the board is voting + non-voting
 *   members (White, BME and Unknown added separately), and value = its BME % − the workforce's;
 * - executive members (`executive`), when `boardExecutive` is given, likewise.
 *
 * Units: percentage points, taken from unrounded shares and rounded half away from zero to 1 dp.
 * BME % uses `options.percentDenominator`. The workforce is `indicator9.workforce`, else the total
 * of indicator 1's rows, else absent (then not-calculable). Verdict within
 * ±`options.representationGapTolerance` non-adverse, below adverse (under-represented), above
 * reversed (BME people better represented on the board than in the workforce); certainty is always
 * 'not-assessed' (a count of everyone, not a sample). A board group that is empty, or in which no
 * one has a known ethnicity, gives no figure (not-calculable, BME % null), never 0%.
 */
export function indicator9Result(input: NonNullable<WresInput['indicator9']>, indicator1: WresInput['indicator1'], options: WresOptions): Indicator9Result {
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
    totalBoard:
      input.boardNonVoting === undefined
        ? null
        : compare(addCounts(input.boardVoting, input.boardNonVoting), 'board members (voting and non-voting)', workforce, options),
  };
}
