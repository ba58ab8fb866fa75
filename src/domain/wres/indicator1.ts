import { round1 } from '../shared/rounding';
import { type StaffGroup, SENIOR_BANDS, STAFF_GROUPS, bandOrder } from './bands';
import { type GroupCounts, NO_PEOPLE, addCounts } from './ethnicity';
import type { Indicator1Row } from './input-schema';
import type { WresOptions } from './options';
import { type Share, shareOf } from './shares';
import { type Certainty, type Verdict, gapVerdict } from './verdict';

export interface BandShare extends Share {
  readonly staffGroup: StaffGroup;
  readonly band: string;
  /** BME % in the band minus BME % in the whole workforce, percentage points, 1 dp. */
  readonly differenceFromWorkforce: number | null;
}

export interface StaffGroupShare extends Share {
  readonly staffGroup: StaffGroup;
  readonly differenceFromWorkforce: number | null;
  readonly bands: readonly BandShare[];
}

export interface Indicator1Result {
  readonly indicator: '1';
  readonly kind: 'representation';
  readonly workforce: Share;
  /** Only the staff groups the input gives, in the order non-clinical, clinical, medical-dental. */
  readonly staffGroups: readonly StaffGroupShare[];
  /** AfC bands 8a–9 and VSM, non-clinical and clinical together. */
  readonly senior: Share & { readonly differenceFromWorkforce: number | null };
  /** Of the senior summary: adverse when the senior BME share is below the workforce's. */
  readonly verdict: Verdict;
  /** Always 'not-assessed': indicator 1 counts all staff, it is not a sample, so there is no interval. */
  readonly certainty: Extract<Certainty, 'not-assessed'>;
  readonly reason: string | null;
}

function difference(share: Share, workforce: Share): number | null {
  if (share.bmePercentUnrounded === null || workforce.bmePercentUnrounded === null) return null;
  return round1(share.bmePercentUnrounded - workforce.bmePercentUnrounded);
}

function sum(rows: readonly GroupCounts[]): GroupCounts {
  return rows.reduce<GroupCounts>(addCounts, NO_PEOPLE);
}

/**
 * Indicator 1: representation by pay band.
 *
 * For each band, staff group, the senior bands and the whole workforce: counts, and White / BME /
 * Unknown % (1 dp; BME % = BME ÷ denominator × 100, the denominator chosen by
 * `options.percentDenominator`). `differenceFromWorkforce` = band BME % − workforce BME %, in
 * percentage points, from unrounded shares, 1 dp. Senior = AfC 8a, 8b, 8c, 8d, 9 and VSM of
 * non-clinical and clinical staff. Verdict, on the senior difference: within
 * ±`options.representationGapTolerance` non-adverse, below adverse, above reversed (BME staff
 * better represented at senior level than in the workforce); not-calculable when there are no
 * senior staff or no one of known ethnicity. Certainty is always 'not-assessed' (a count of
 * everyone, not a sample). A band, staff group or workforce in which no one has a known ethnicity
 * has no White or BME % and no difference (null), never 0%. Rows are sorted by pay order within
 * each group.
 */
export function indicator1Result(rows: readonly Indicator1Row[], options: WresOptions): Indicator1Result {
  const denominator = options.percentDenominator;
  const workforce = shareOf(sum(rows), denominator);
  const staffGroups = STAFF_GROUPS.flatMap((group): StaffGroupShare[] => {
    const inGroup = rows.filter((row) => row.staffGroup === group);
    if (inGroup.length === 0) return [];
    const bands = inGroup
      .toSorted((a, b) => bandOrder(group, a.band) - bandOrder(group, b.band))
      .map((row): BandShare => {
        const share = shareOf(row, denominator);
        return { ...share, staffGroup: group, band: row.band, differenceFromWorkforce: difference(share, workforce) };
      });
    const share = shareOf(sum(inGroup), denominator);
    return [{ ...share, staffGroup: group, differenceFromWorkforce: difference(share, workforce), bands }];
  });
  const seniorRows = rows.filter((row) => row.staffGroup !== 'medical-dental' && SENIOR_BANDS.some((band) => band === row.band));
  const seniorShare = shareOf(sum(seniorRows), denominator);
  const seniorDifference = difference(seniorShare, workforce);
  const senior = { ...seniorShare, differenceFromWorkforce: seniorDifference };
  const base = { indicator: '1' as const, kind: 'representation' as const, workforce, staffGroups, senior, certainty: 'not-assessed' as const };
  if (seniorShare.total === 0) return { ...base, verdict: 'not-calculable', reason: 'there are no staff in bands 8a–9 or VSM' };
  // Someone senior of known ethnicity means someone in the workforce of known ethnicity too.
  const unrounded =
    seniorShare.bmePercentUnrounded === null || workforce.bmePercentUnrounded === null ? null : seniorShare.bmePercentUnrounded - workforce.bmePercentUnrounded;
  if (unrounded === null || seniorDifference === null) {
    return { ...base, verdict: 'not-calculable', reason: 'the ethnicity of every member of staff in bands 8a–9 and VSM is unknown' };
  }
  const basis = options.verdictBasis === 'rounded' ? seniorDifference : unrounded;
  return { ...base, verdict: gapVerdict(basis, options.representationGapTolerance, 'lower'), reason: null };
}
