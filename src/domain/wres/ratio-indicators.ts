import { present } from '../shared/checked-access';
import { percentOf1dp } from '../shared/percent';
import { round1, round2 } from '../shared/rounding';
import type { GroupCounts } from './ethnicity';
import type { WresInput } from './input-schema';
import type { WresOptions } from './options';
import {
  type ConfidenceInterval,
  type CountModel,
  type EventCounts,
  type GroupLabel,
  type IntervalPart,
  intervalPart,
  relativeLikelihood,
} from './relative-likelihood';
import { type Certainty, type Verdict, certaintyOf, ratioVerdict } from './verdict';

export type RatioIndicatorId = '2' | '3' | '4';

/** One ethnic group's events, population and likelihood (percent, 1 dp). */
export interface GroupLikelihood extends EventCounts {
  readonly likelihoodPercent: number | null;
}

/** Unknown ethnicity: reported, never in the ratio; `excludedPercent` is its share of the population. */
export interface UnknownExcluded extends EventCounts {
  readonly excludedPercent: number | null;
}

export interface RatioIndicatorResult {
  readonly indicator: RatioIndicatorId;
  readonly kind: 'relative-likelihood';
  /**
   * Relative likelihood rounded half away from zero to 2 dp; null when not calculable, or when it
   * has no finite value (the denominator group had no events): then `figureWords` says so.
   */
  readonly value: number | null;
  readonly unrounded: number | null;
  readonly confidenceInterval: ConfidenceInterval | null;
  /** NHS England's reading of the 2 dp figure against 0.80–1.25 (see {@link ratioIndicatorResult}). */
  readonly verdict: Verdict;
  /** How sure the evidence is of the verdict, from the interval. */
  readonly certainty: Certainty;
  /** The certainty in a sentence, e.g. "the whole 95% interval, 1.31–1.90, is above 1.25". */
  readonly certaintyReason: string;
  /** The verdict in a sentence naming the group that is less likely, e.g. "BME applicants are less likely …". */
  readonly meaning: string;
  /** The figure in words where no number can show it, e.g. "No BME applicants were appointed (White: 200 of 1000, 20.0%)". */
  readonly figureWords: string | null;
  /** Why the verdict is not-calculable, why the ratio has no finite value, or why there is no interval. */
  readonly reason: string | null;
  /** Fewer than `options.minimumEvents` events in a group: a caution, never a verdict. */
  readonly smallNumbers: boolean;
  readonly white: GroupLikelihood;
  readonly bme: GroupLikelihood;
  readonly unknown: UnknownExcluded;
  /** A plain sentence of the result, e.g. "White applicants are 1.52 times as likely as …". */
  readonly statement: string | null;
  readonly notes: readonly string[];
  /** Indicator 3 only: the rolling-average reading actually used. */
  readonly reading?: WresOptions['indicator3Average'];
}

interface RatioSpec {
  readonly numerator: 'white' | 'bme';
  readonly people: string;
  readonly population: string;
  readonly withEvent: string;
  readonly toDo: string;
}

const SPECS: Readonly<Record<RatioIndicatorId, RatioSpec>> = {
  '2': {
    numerator: 'white',
    people: 'applicants',
    population: 'applicants shortlisted',
    withEvent: 'applicants were appointed',
    toDo: 'be appointed from shortlisting',
  },
  '3': {
    numerator: 'bme',
    people: 'staff',
    population: 'staff in the headcount',
    withEvent: 'staff entered the formal disciplinary process',
    toDo: 'enter the formal disciplinary process',
  },
  '4': {
    numerator: 'white',
    people: 'staff',
    population: 'staff in the headcount',
    withEvent: 'staff accessed non-mandatory training or CPD',
    toDo: 'access non-mandatory training and CPD',
  },
};

const GROUP_WORD = { white: 'White', bme: 'BME' } as const;
const PLAUSIBLE = { lower: 0.2, upper: 5 };

function label(spec: RatioSpec, group: 'white' | 'bme'): GroupLabel {
  return { population: `${GROUP_WORD[group]} ${spec.population}`, withEvent: `${GROUP_WORD[group]} ${spec.withEvent}` };
}

function eventCounts(events: GroupCounts, population: GroupCounts, group: keyof GroupCounts): EventCounts {
  return { events: events[group], population: population[group] };
}

function groupLikelihood(counts: EventCounts, likelihoodPercent?: number): GroupLikelihood {
  const percent = likelihoodPercent === undefined ? percentOf1dp(counts.events, counts.population) : round1(likelihoodPercent);
  return { ...counts, likelihoodPercent: percent };
}

function otherGroup(group: 'white' | 'bme'): 'white' | 'bme' {
  return group === 'white' ? 'bme' : 'white';
}

function statementFor(spec: RatioSpec, value: number): string {
  return `${GROUP_WORD[spec.numerator]} ${spec.people} are ${value.toFixed(2)} times as likely as ${GROUP_WORD[otherGroup(spec.numerator)]} ${spec.people} to ${spec.toDo}.`;
}

/** "No BME applicants were appointed (White: 200 of 1000, 20.0%)" for a group with no events. */
function noEventsWords(spec: RatioSpec, none: 'white' | 'bme', other: GroupLikelihood): string {
  // The other group had events, so it has people and a likelihood.
  const percent = present(other.likelihoodPercent, `the ${GROUP_WORD[otherGroup(none)]} likelihood`).toFixed(1);
  return `No ${GROUP_WORD[none]} ${spec.withEvent} (${GROUP_WORD[otherGroup(none)]}: ${other.events} of ${other.population}, ${percent}%)`;
}

/**
 * The verdict as a sentence naming who is less likely. For indicators 2 and 4 (White ÷ BME) a
 * high ratio means BME staff are less likely; for 3 (BME ÷ White) it means BME staff are more
 * likely to enter the disciplinary process.
 */
function meaningOf(spec: RatioSpec, verdict: Verdict, range: WresOptions['nonAdverseRange']): string {
  const numerator = `${GROUP_WORD[spec.numerator]} ${spec.people}`;
  const denominator = `${GROUP_WORD[otherGroup(spec.numerator)]} ${spec.people}`;
  const outside = `beyond the ${range.lower.toFixed(2)}–${range.upper.toFixed(2)} range`;
  switch (verdict) {
    case 'adverse':
      // BME staff named first: less likely to be appointed or trained (2, 4), more likely to be disciplined (3).
      return spec.numerator === 'bme'
        ? `${numerator} are more likely than ${denominator} to ${spec.toDo}, ${outside}: adverse for BME staff.`
        : `${denominator} are less likely than ${numerator} to ${spec.toDo}, ${outside}: adverse for BME staff.`;
    case 'below-range':
      return `${numerator} are less likely than ${denominator} to ${spec.toDo}, ${outside} the other way.`;
    default:
      return `The likelihoods are within the ${range.lower.toFixed(2)}–${range.upper.toFixed(2)} range: non-adverse.`;
  }
}

function certaintyReasonOf(
  certainty: Certainty,
  verdict: Verdict,
  bounds: { readonly lower: number; readonly upper: number },
  range: WresOptions['nonAdverseRange'],
): string {
  const interval = `the 95% interval, ${bounds.lower.toFixed(2)}–${bounds.upper.toFixed(2)},`;
  const rangeText = `${range.lower.toFixed(2)}–${range.upper.toFixed(2)}`;
  if (verdict === 'non-adverse') {
    return certainty === 'clear' ? `clear: ${interval} lies inside ${rangeText}` : `could be chance: ${interval} reaches outside ${rangeText}`;
  }
  const side = verdict === 'adverse' ? `above ${range.upper.toFixed(2)}` : `below ${range.lower.toFixed(2)}`;
  return certainty === 'clear' ? `clear: the whole of ${interval} is ${side}` : `could be chance: ${interval} is not wholly ${side}`;
}

/** The interval's bounds as verdicts read them: as shown (2 dp) on the rounded basis, else unrounded. */
function boundsOf(ci: ConfidenceInterval, options: WresOptions): { readonly lower: number; readonly upper: number } {
  return options.verdictBasis === 'rounded' ? { lower: ci.lower, upper: ci.upper } : { lower: ci.lowerUnrounded, upper: ci.upperUnrounded };
}

/** Counts behind one ratio indicator, already pooled where a reading pools years. */
export interface RatioCounts {
  readonly white: EventCounts;
  readonly bme: EventCounts;
  readonly unknown: EventCounts;
}

/** The ratio, before verdicts: used directly, or built from averaged likelihoods (indicator 3). */
export type RatioFigure = IntervalPart & {
  /** The unrounded ratio; null when it has no finite value (the denominator group had no events). */
  readonly unrounded: number | null;
  /** Why the ratio has no finite value, when it has none. */
  readonly infiniteReason?: string;
  /** Likelihoods (percent, unrounded) when they are not simply events ÷ population. */
  readonly likelihoods?: { readonly white: number; readonly bme: number };
};

/** The relative likelihood of `counts` as a {@link RatioFigure}, or why it is not calculable. */
export function ratioFigure(
  id: RatioIndicatorId,
  counts: RatioCounts,
  options: WresOptions,
  model: CountModel = 'people',
): RatioFigure | { readonly reason: string } {
  const spec = SPECS[id];
  const denominatorGroup = otherGroup(spec.numerator);
  const rl = relativeLikelihood(
    counts[spec.numerator],
    counts[denominatorGroup],
    { numerator: label(spec, spec.numerator), denominator: label(spec, denominatorGroup) },
    options.zeroCellCorrection,
    model,
  );
  if (!rl.calculable) return { reason: rl.reason };
  if (!rl.finite) return { unrounded: null, infiniteReason: rl.reason, ...intervalPart(rl) };
  return { unrounded: rl.unrounded, ...intervalPart(rl) };
}

/**
 * Builds the result of indicator 2, 3 or 4 from counts (and optionally a precomputed figure).
 *
 * Value: RL rounded half away from zero to 2 dp, beside the unrounded RL, with its 95% interval
 * (see {@link relativeLikelihood}). Verdict, as NHS England reads the figure:
 * 1. not-calculable, with the reason, when no one has known ethnicity, a group is empty, or
 *    neither group had an event;
 * 2. otherwise the figure against 0.80–1.25 (inclusive), on the 2 dp value or the unrounded one by
 *    `options.verdictBasis`: inside non-adverse, above adverse, below below-range. A ratio with no
 *    finite value (the denominator group had no events, e.g. no BME applicant appointed while White
 *    applicants were) is above the range, so adverse for 2 and 4; its `value` is null and
 *    `figureWords` says what happened.
 * Certainty ({@link certaintyOf}): clear when the whole interval is on the verdict's side (bounds
 * rounded to 2 dp when verdicts are on rounded figures), uncertain when it is not, not-assessed
 * when there is no interval. Fewer than `options.minimumEvents` events in a group sets
 * `smallNumbers` and adds a caution note; it does not change the verdict.
 * Unknown ethnicity is left out of the ratio; its share of the population is `unknown.excludedPercent`.
 * A finite ratio outside 0.20–5.00 adds a note asking for the input to be checked (wres.md §8).
 */
export function ratioIndicatorResult(
  id: RatioIndicatorId,
  counts: RatioCounts,
  options: WresOptions,
  figure?: RatioFigure | { readonly reason: string },
): RatioIndicatorResult {
  const spec = SPECS[id];
  const range = options.nonAdverseRange;
  const totalPopulation = counts.white.population + counts.bme.population + counts.unknown.population;
  const unknown: UnknownExcluded = { ...counts.unknown, excludedPercent: percentOf1dp(counts.unknown.population, totalPopulation) };
  const smallNumbers = Math.min(counts.white.events, counts.bme.events) < options.minimumEvents;
  const base = { indicator: id, kind: 'relative-likelihood' as const, unknown, smallNumbers };
  const notCalculable = (reason: string): RatioIndicatorResult => ({
    ...base,
    value: null,
    unrounded: null,
    confidenceInterval: null,
    verdict: 'not-calculable',
    certainty: 'not-assessed',
    certaintyReason: `not assessed: there is no figure (${reason})`,
    meaning: `Not calculable: ${reason}.`,
    figureWords: null,
    reason,
    white: groupLikelihood(counts.white),
    bme: groupLikelihood(counts.bme),
    statement: null,
    notes: [],
  });
  if (counts.white.population + counts.bme.population === 0 && totalPopulation > 0) {
    return notCalculable(`the ethnicity of all ${totalPopulation} ${spec.people} is unknown`);
  }
  const computed = figure ?? ratioFigure(id, counts, options);
  if ('reason' in computed) return notCalculable(computed.reason);

  const white = groupLikelihood(counts.white, computed.likelihoods?.white);
  const bme = groupLikelihood(counts.bme, computed.likelihoods?.bme);
  const unrounded = computed.unrounded;
  const finite = unrounded !== null;
  const value = unrounded === null ? null : round2(unrounded);
  const basis = unrounded === null ? Number.POSITIVE_INFINITY : options.verdictBasis === 'rounded' ? round2(unrounded) : unrounded;
  const verdict = ratioVerdict(basis, range, 'higher');
  const ci = computed.confidenceInterval;
  const bounds = ci === null ? null : boundsOf(ci, options);
  const certainty = certaintyOf(verdict, bounds, range, 'higher');
  const certaintyReason =
    computed.confidenceInterval === null
      ? `not assessed: ${computed.intervalNote}`
      : certaintyReasonOf(certainty, verdict, boundsOf(computed.confidenceInterval, options), range);
  const group = { white, bme };
  const noEvents = !finite ? otherGroup(spec.numerator) : value === 0 && counts[spec.numerator].events === 0 ? spec.numerator : null;
  const figureWords = noEvents === null ? null : noEventsWords(spec, noEvents, group[otherGroup(noEvents)]);

  const notes: string[] = [];
  if (value !== null && (value < PLAUSIBLE.lower || value > PLAUSIBLE.upper)) {
    notes.push('The ratio is outside the plausible range 0.20–5.00: check the input counts.');
  }
  if (computed.intervalNote !== null) notes.push(`No confidence interval: ${computed.intervalNote}.`);
  if (ci !== null && ci.method !== 'log (Katz)') notes.push(`The 95% interval is by the ${ci.method} method.`);
  if (smallNumbers) {
    notes.push(
      `Small numbers: fewer than ${options.minimumEvents} events in a group (White ${counts.white.events}, BME ${counts.bme.events}), so the figure can swing widely from year to year; read it with its certainty.`,
    );
  }
  return {
    ...base,
    value,
    unrounded: computed.unrounded,
    confidenceInterval: ci,
    verdict,
    certainty,
    certaintyReason,
    meaning: meaningOf(spec, verdict, range),
    figureWords,
    reason: computed.infiniteReason ?? computed.intervalNote,
    white,
    bme,
    // Words are given for every ratio with no finite value, so a statement has a value to state.
    statement: figureWords === null ? statementFor(spec, present(value, 'the relative likelihood')) : `${figureWords}.`,
    notes,
  };
}

/** Indicator 2: White ÷ BME likelihood of appointment from shortlisting. */
export function indicator2Result(input: NonNullable<WresInput['indicator2']>, options: WresOptions): RatioIndicatorResult {
  const { appointed, shortlisted } = input;
  return ratioIndicatorResult(
    '2',
    {
      white: eventCounts(appointed, shortlisted, 'white'),
      bme: eventCounts(appointed, shortlisted, 'bme'),
      unknown: eventCounts(appointed, shortlisted, 'unknown'),
    },
    options,
  );
}

/** Indicator 4: White ÷ BME likelihood of accessing non-mandatory training and CPD. */
export function indicator4Result(input: NonNullable<WresInput['indicator4']>, options: WresOptions): RatioIndicatorResult {
  const { accessed, headcount } = input;
  return ratioIndicatorResult(
    '4',
    {
      white: eventCounts(accessed, headcount, 'white'),
      bme: eventCounts(accessed, headcount, 'bme'),
      unknown: eventCounts(accessed, headcount, 'unknown'),
    },
    options,
  );
}
