/** The nine WRES indicators, as keys of `WresResult.indicators`. */
export const WRES_INDICATOR_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type WresIndicatorId = (typeof WRES_INDICATOR_IDS)[number];

/** Which way a figure moves when things get worse for BME staff. */
export type AdverseDirection = 'higher' | 'lower';

export type IndicatorKind = 'representation' | 'relative-likelihood' | 'staff-survey' | 'board';

export interface IndicatorDefinition {
  readonly id: WresIndicatorId;
  readonly shortTitle: string;
  /** NHS England's wording, as verified in wres.md §4. */
  readonly wording: string;
  readonly kind: IndicatorKind;
  readonly source: string;
  readonly unit: 'percent' | 'relative likelihood' | 'percentage points';
  readonly adverseDirection: AdverseDirection;
  readonly formula: string;
}

const SURVEY_SOURCE = 'NHS Staff Survey, run in the autumn before the 31 March reporting date, White and BME respondents separately';
const SURVEY_FORMULA = 'gap (percentage points) = % BME − % White, each as published by the survey';

/** Every WRES indicator with its wording, source, unit, adverse direction and formula (wres.md §4). */
export const WRES_INDICATORS: Readonly<Record<WresIndicatorId, IndicatorDefinition>> = Object.freeze({
  '1': {
    id: '1',
    shortTitle: 'Representation by pay band',
    wording:
      'Percentage of staff in each of the AfC Bands 1-9 and VSM (including executive Board members) compared with the percentage of staff in the overall workforce',
    kind: 'representation',
    source: 'Electronic Staff Record (ESR) snapshot at 31 March, clinical and non-clinical separately, medical and dental by grade',
    unit: 'percent',
    adverseDirection: 'lower',
    formula: '% BME in band = BME in band ÷ (White + BME + Unknown in band) × 100, compared with the same share of the whole workforce',
  },
  '2': {
    id: '2',
    shortTitle: 'Appointment from shortlisting',
    wording: 'Relative likelihood of white applicants being appointed from shortlisting compared to BME applicants',
    kind: 'relative-likelihood',
    source: "The trust's recruitment system, financial year to 31 March",
    unit: 'relative likelihood',
    adverseDirection: 'higher',
    formula: '(White appointed ÷ White shortlisted) ÷ (BME appointed ÷ BME shortlisted)',
  },
  '3': {
    id: '3',
    shortTitle: 'Entry into formal disciplinary process',
    wording:
      'Relative likelihood of BME staff entering the formal disciplinary process compared to white staff, as measured by entry into a formal disciplinary investigation',
    kind: 'relative-likelihood',
    source: 'HR employee-relations case records, with headcount from ESR',
    unit: 'relative likelihood',
    adverseDirection: 'higher',
    formula: '(BME entering ÷ BME headcount) ÷ (White entering ÷ White headcount); note BME is the numerator',
  },
  '4': {
    id: '4',
    shortTitle: 'Access to non-mandatory training and CPD',
    wording: 'Relative likelihood of white staff accessing non-mandatory training and CPD compared to BME staff',
    kind: 'relative-likelihood',
    source: 'Learning and development records (OLM/ESR or a local system), with headcount from ESR',
    unit: 'relative likelihood',
    adverseDirection: 'higher',
    formula: '(White accessing ÷ White headcount) ÷ (BME accessing ÷ BME headcount)',
  },
  '5': {
    id: '5',
    shortTitle: 'Harassment from patients and the public',
    wording: 'Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months',
    kind: 'staff-survey',
    source: SURVEY_SOURCE,
    unit: 'percent',
    adverseDirection: 'higher',
    formula: SURVEY_FORMULA,
  },
  '6': {
    id: '6',
    shortTitle: 'Harassment from staff',
    wording: 'Percentage of staff experiencing harassment, bullying or abuse from staff in the last 12 months',
    kind: 'staff-survey',
    source: SURVEY_SOURCE,
    unit: 'percent',
    adverseDirection: 'higher',
    formula: SURVEY_FORMULA,
  },
  '7': {
    id: '7',
    shortTitle: 'Equal opportunities for progression',
    wording: 'Percentage of staff believing that the trust provides equal opportunities for career progression or promotion',
    kind: 'staff-survey',
    source: SURVEY_SOURCE,
    unit: 'percent',
    adverseDirection: 'lower',
    formula: SURVEY_FORMULA,
  },
  '8': {
    id: '8',
    shortTitle: 'Discrimination from a manager or colleague',
    wording:
      'In the last 12 months have you personally experienced discrimination at work from a manager/team leader or other colleagues? (percentage answering yes)',
    kind: 'staff-survey',
    source: SURVEY_SOURCE,
    unit: 'percent',
    adverseDirection: 'higher',
    formula: SURVEY_FORMULA,
  },
  '9': {
    id: '9',
    shortTitle: 'Board representation',
    wording: "Percentage difference between the organisations' Board voting membership and its overall workforce",
    kind: 'board',
    source: 'Board register at 31 March (voting members; executive members where given), workforce from ESR',
    unit: 'percentage points',
    adverseDirection: 'lower',
    formula: '% BME among voting board members − % BME in the overall workforce',
  },
});

/** The definition of one indicator. */
export function indicatorDefinition(id: WresIndicatorId): IndicatorDefinition {
  return WRES_INDICATORS[id];
}
