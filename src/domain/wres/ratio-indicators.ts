import { percentOf1dp } from '../shared/percent';
import { round1, round2 } from '../shared/rounding';
import type { GroupCounts } from './ethnicity';
import type { WresInput } from './input-schema';
import type { WresOptions } from './options';
import { type ConfidenceInterval, type EventCounts, type GroupLabel, relativeLikelihood } from './relative-likelihood';
import { type Verdict, ratioVerdict } from './verdict';

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
  /** Relative likelihood rounded half away from zero to 2 dp; null when not calculable. */
  readonly value: number | null;
  readonly unrounded: number | null;
  readonly confidenceInterval: ConfidenceInterval | null;
  readonly verdict: Verdict;
  /** Why the verdict is too-few or not-calculable, or why there is no interval. */
  readonly reason: string | null;
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
  '2': { numerator: 'white', people: 'applicants', population: 'applicants shortlisted', withEvent: 'applicants were appointed', toDo: 'be appointed from shortlisting' },
  '3': { numerator: 'bme', people: 'staff', population: 'staff in the headcount', withEvent: 'staff entered the formal disciplinary process', toDo: 'enter the formal disciplinary process' },
  '4': { numerator: 'white', people: 'staff', population: 'staff in the headcount', withEvent: 'staff accessed non-mandatory training or CPD', toDo: 'access non-mandatory training and CPD' },
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

function statementFor(spec: RatioSpec, value: number): string {
  const other = spec.numerator === 'white' ? 'bme' : 'white';
  return `${GROUP_WORD[spec.numerator]} ${spec.people} are ${value.toFixed(2)} times as likely as ${GROUP_WORD[other]} ${spec.people} to ${spec.toDo}.`;
}

/** Counts behind one ratio indicator, already pooled where a reading pools years. */
export interface RatioCounts {
  readonly white: EventCounts;
  readonly bme: EventCounts;
  readonly unknown: EventCounts;
}

/** The ratio, before verdicts: used directly, or built from averaged likelihoods (indicator 3). */
export interface RatioFigure {
  readonly unrounded: number;
  readonly confidenceInterval: ConfidenceInterval | null;
  readonly intervalNote: string | null;
  /** Likelihoods (percent, unrounded) when they are not simply events ÷ population. */
  readonly likelihoods?: { readonly white: number; readonly bme: number };
}

/**
 * Builds the result of indicator 2, 3 or 4 from counts (and optionally a precomputed figure).
 *
 * Value: RL rounded half away from zero to 2 dp, beside the unrounded RL; 95% log-method
 * interval. Verdict, in order:
 * 1. not-calculable, with the reason, when no one has known ethnicity, a group is empty, or the
 *    denominator group had no events;
 * 2. too-few when either group's events are under `options.minimumEvents` (the figure is still
 *    shown);
 * 3. otherwise non-adverse inside 0.80–1.25 (inclusive), adverse above, favourable below, on the
 *    2 dp value or the unrounded one by `options.verdictBasis`.
 * Unknown ethnicity is left out of the ratio; its share of the population is `unknown.excludedPercent`.
 * A ratio outside 0.20–5.00 adds a note asking for the input to be checked (wres.md §8).
 */
export function ratioIndicatorResult(
  id: RatioIndicatorId,
  counts: RatioCounts,
  options: WresOptions,
  figure?: RatioFigure | { readonly reason: string },
): RatioIndicatorResult {
  const spec = SPECS[id];
  const denominatorGroup = spec.numerator === 'white' ? 'bme' : 'white';
  const totalPopulation = counts.white.population + counts.bme.population + counts.unknown.population;
  const unknown: UnknownExcluded = { ...counts.unknown, excludedPercent: percentOf1dp(counts.unknown.population, totalPopulation) };
  const base = { indicator: id, kind: 'relative-likelihood' as const, unknown };
  const notCalculable = (reason: string): RatioIndicatorResult => ({
    ...base,
    value: null,
    unrounded: null,
    confidenceInterval: null,
    verdict: 'not-calculable',
    reason,
    white: groupLikelihood(counts.white),
    bme: groupLikelihood(counts.bme),
    statement: null,
    notes: [],
  });
  if (counts.white.population + counts.bme.population === 0 && totalPopulation > 0) {
    return notCalculable(`the ethnicity of all ${totalPopulation} ${spec.people} is unknown`);
  }
  const computed: RatioFigure | { readonly reason: string } =
    figure ??
    (() => {
      const rl = relativeLikelihood(counts[spec.numerator], counts[denominatorGroup], {
        numerator: label(spec, spec.numerator),
        denominator: label(spec, denominatorGroup),
      });
      return rl.calculable ? rl : { reason: rl.reason };
    })();
  if ('reason' in computed) return notCalculable(computed.reason);

  const value = round2(computed.unrounded);
  const fewest = Math.min(counts.white.events, counts.bme.events);
  const tooFew = fewest < options.minimumEvents;
  const basis = options.verdictBasis === 'rounded' ? value : computed.unrounded;
  const notes: string[] = [];
  if (value < PLAUSIBLE.lower || value > PLAUSIBLE.upper) {
    notes.push('The ratio is outside the plausible range 0.20–5.00: check the input counts.');
  }
  if (computed.intervalNote !== null) notes.push(`No confidence interval: ${computed.intervalNote}.`);
  const tooFewReason = `fewer than ${options.minimumEvents} events in a group (White ${counts.white.events}, BME ${counts.bme.events}), so the ratio is too unstable to judge`;
  return {
    ...base,
    value,
    unrounded: computed.unrounded,
    confidenceInterval: computed.confidenceInterval,
    verdict: tooFew ? 'too-few' : ratioVerdict(basis, options.nonAdverseRange, 'higher'),
    reason: tooFew ? tooFewReason : computed.intervalNote,
    white: groupLikelihood(counts.white, computed.likelihoods?.white),
    bme: groupLikelihood(counts.bme, computed.likelihoods?.bme),
    statement: statementFor(spec, value),
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
