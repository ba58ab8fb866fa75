import { present } from '../shared/checked-access';
/** EDS 2022 outcome ratings by score 0–3 (eds-and-action-plans.md §2.3). */
export const EDS2022_RATINGS = ['Undeveloped activity', 'Developing activity', 'Achieving activity', 'Excelling activity'] as const;
export type Eds2022Rating = (typeof EDS2022_RATINGS)[number];
export type Eds2022Score = 0 | 1 | 2 | 3;
export type Eds2022OverallRating = 'Undeveloped' | 'Developing' | 'Achieving' | 'Excelling';

export interface Eds2022Domain {
  readonly domain: 1 | 2 | 3;
  readonly name: string;
}

export interface Eds2022Outcome {
  readonly id: string;
  readonly domain: 1 | 2 | 3;
  readonly wording: string;
}

export const EDS2022_DOMAINS: readonly Eds2022Domain[] = Object.freeze([
  { domain: 1, name: 'Commissioned or provided services' },
  { domain: 2, name: 'Workforce health and well-being' },
  { domain: 3, name: 'Inclusive leadership' },
]);

const o = (id: string, wording: string): Eds2022Outcome => ({
  id,
  domain: present(
    EDS2022_DOMAINS.find((domain) => domain.domain === Number(id.charAt(0))),
    `the domain of outcome ${id}`,
  ).domain,
  wording,
});

/** The 11 EDS 2022 outcomes, 1A–3C, in the official wording confirmed in eds-and-action-plans.md §2.2. */
export const EDS2022_OUTCOMES: readonly Eds2022Outcome[] = Object.freeze([
  o('1A', 'Patients (service users) have required levels of access to the service'),
  o('1B', 'Individual patients (service users) health needs are met'),
  o('1C', 'When patients (service users) use the service, they are free from harm'),
  o('1D', 'Patients (service users) report positive experiences of the service'),
  o('2A', 'When at work, staff are provided with support to manage obesity, diabetes, asthma, COPD and mental health conditions'),
  o('2B', 'When at work, staff are free from abuse, harassment, bullying and physical violence from any source'),
  o('2C', 'Staff have access to independent support and advice when suffering from stress, abuse, bullying harassment and physical violence from any source'),
  o('2D', 'Staff recommend the organisation as a place to work and receive treatment'),
  o(
    '3A',
    'Board members, system leaders (Band 9 and VSM) and those with line management responsibilities routinely demonstrate their understanding of, and commitment to, equality and health inequalities',
  ),
  o(
    '3B',
    'Board/Committee papers (including minutes) identify equality and health inequalities related impacts and risks and how they will be mitigated and managed',
  ),
  o('3C', 'Board members and system leaders (Band 9 and VSM) ensure levers are in place to manage performance and monitor progress with staff and patients'),
]);

/** The rating label of an outcome score: 0 Undeveloped activity … 3 Excelling activity. */
export function eds2022Rating(score: Eds2022Score): Eds2022Rating {
  return EDS2022_RATINGS[score];
}

/** An overall-rating band: totals from `min` to `max` inclusive. */
export interface Eds2022Band {
  readonly rating: Eds2022OverallRating;
  readonly min: number;
  readonly max: number;
  /** False where the reference marks the band [unverified]; only 8–21 Developing is confirmed. */
  readonly confirmed: boolean;
}

/**
 * Overall bands for the sum of all 11 scores (0–33): under 8 Undeveloped, 8–21 Developing,
 * 22–32 Achieving, 33 Excelling. 22–32 is the reading believed to be on the national score card
 * and the only one without a gap (Leeds' 22–30 would leave 31–32 unrated).
 */
export const EDS2022_OVERALL_BANDS: readonly Eds2022Band[] = Object.freeze([
  { rating: 'Undeveloped', min: 0, max: 7, confirmed: false },
  { rating: 'Developing', min: 8, max: 21, confirmed: true },
  { rating: 'Achieving', min: 22, max: 32, confirmed: false },
  { rating: 'Excelling', min: 33, max: 33, confirmed: false },
]);

/**
 * The overall rating of a total of all 11 outcome scores, by {@link EDS2022_OVERALL_BANDS}.
 * E.g. 21 → Developing, 22 → Achieving (Leeds' 2023/24 → 2024/25 move). Totals outside 0–33 or
 * not whole are a RangeError. The bands are defined on the full 0–33 total only: they do not rate
 * a domain's subtotal or a partial total, and no national domain bands are published, so a domain
 * is shown as its score out of its maximum (e.g. "7 of 12") with at most the rating its review
 * panel agreed.
 */
export function eds2022OverallRating(total: number): Eds2022OverallRating {
  const band = EDS2022_OVERALL_BANDS.find((b) => Number.isInteger(total) && total >= b.min && total <= b.max);
  if (band === undefined) throw new RangeError(`an EDS 2022 total must be a whole number from 0 to 33 (got ${total})`);
  return band.rating;
}
