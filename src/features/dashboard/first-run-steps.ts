import type { FirstRunStepId } from '../../domain/plan';

/** A place where a step is done, in words that make sense on their own (a screen reader may list links alone). */
export interface FirstRunLink {
  href: string;
  text: string;
}

export interface FirstRunStepText {
  /** What the step sets up, e.g. "Organisation type and region". */
  label: string;
  links: readonly FirstRunLink[];
}

/** Each first-run step in words, with where it is done: Settings, WRES entry or import, EDS, Actions. */
export const FIRST_RUN_STEP_TEXT: Readonly<Record<FirstRunStepId, FirstRunStepText>> = {
  organisation: { label: 'Organisation name and ODS code', links: [{ href: '~/settings', text: 'Set the name and ODS code in Settings' }] },
  'type-and-region': {
    label: 'Organisation type and region',
    links: [{ href: '~/settings', text: 'Set the type and region in Settings' }],
  },
  framework: { label: 'EDS framework', links: [{ href: '~/settings', text: 'Choose the EDS framework in Settings' }] },
  'wres-year': {
    label: 'First WRES year',
    links: [
      { href: '/wres/new', text: 'Enter a year by form' },
      { href: '~/reports/import', text: 'Import a year from a file' },
    ],
  },
  'eds-review': { label: 'First EDS review', links: [{ href: '~/eds/new', text: 'Start an EDS review' }] },
  action: { label: 'First action', links: [{ href: '~/actions/new', text: 'Create an action' }] },
};
