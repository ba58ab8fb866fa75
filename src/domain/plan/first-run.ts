import { NHS_REGIONS, ORGANISATION_TYPES } from '../practice/case-study';

/**
 * What a new trust does first, in the order it is best done: name the organisation, say its type
 * and region (the shared library files its case studies under them), choose the EDS framework,
 * then its first WRES year, first EDS review and first action.
 */
export const FIRST_RUN_STEPS = ['organisation', 'type-and-region', 'framework', 'wres-year', 'eds-review', 'action'] as const;
export type FirstRunStepId = (typeof FIRST_RUN_STEPS)[number];

/** What the first-run rules read of the loaded plan: its settings by key, and how many of each record it holds. */
export interface FirstRunPlan {
  readonly settings: Readonly<Record<string, string | undefined>>;
  readonly wresYears: number;
  readonly edsReviews: number;
  readonly actions: number;
}

export interface FirstRunStep {
  readonly id: FirstRunStepId;
  readonly done: boolean;
}

export interface FirstRunProgress {
  /** Every step, in {@link FIRST_RUN_STEPS} order. */
  readonly steps: readonly FirstRunStep[];
  /** How many steps are done. */
  readonly done: number;
  /** True once every step is done: the checklist has nothing left to say. */
  readonly complete: boolean;
}

const filled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';
const oneOf = (options: readonly string[], value: string | undefined): boolean => value !== undefined && options.includes(value);

const RULES: Readonly<Record<FirstRunStepId, (plan: FirstRunPlan) => boolean>> = {
  organisation: ({ settings }) => filled(settings.organisationName) && filled(settings.odsCode),
  // Only a type and region the library knows count: anything else would not file the trust's case studies.
  'type-and-region': ({ settings }) => oneOf(ORGANISATION_TYPES, settings.organisationType) && oneOf(NHS_REGIONS, settings.region),
  framework: ({ settings }) => oneOf(['eds2', 'eds2022'], settings.edsFramework),
  'wres-year': ({ wresYears }) => wresYears > 0,
  'eds-review': ({ edsReviews }) => edsReviews > 0,
  action: ({ actions }) => actions > 0,
};

/**
 * Which first-run steps the plan has done, worked out from the plan alone (nothing is ticked by
 * hand), so a step ticks itself however it was done: by form, by file import, or by a colleague.
 */
export function firstRunProgress(plan: FirstRunPlan): FirstRunProgress {
  const steps = FIRST_RUN_STEPS.map((id) => ({ id, done: RULES[id](plan) }));
  const done = steps.filter((step) => step.done).length;
  return { steps, done, complete: done === steps.length };
}
