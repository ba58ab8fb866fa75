import type { Verdict, WresIndicatorId } from '../../domain/wres';

export interface DetailTable {
  caption: string;
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

export interface TrendRow {
  year: number;
  value: number | null;
  text: string;
  verdict: string;
  interval: string;
}

/** BME % by AfC band for non-clinical and clinical staff, for the band chart. */
export interface BandPoint {
  band: string;
  nonClinical: number | null;
  clinical: number | null;
}

export interface IndicatorDetailModel {
  id: WresIndicatorId;
  title: string;
  wording: string;
  formula: string;
  source: string;
  year: number;
  measureLabel: string;
  value: string;
  verdict: Verdict | null;
  verdictText: string;
  /** The certainty in words with its reason, e.g. "Clear: the whole of the 95% interval, …"; null without a figure. */
  certaintyText: string | null;
  /** The verdict as a sentence naming who is less likely (indicators 2–4), or null. */
  meaning: string | null;
  reason: string | null;
  /** The calculation in words, e.g. "White applicants: 21.80% appointed; BME applicants: 13.80% → 1.58". */
  calculation: string | null;
  /** The domain's own sentence, e.g. "White applicants are 1.58 times as likely as …". */
  statement: string | null;
  notes: string[];
  tables: DetailTable[];
  england: string[];
  trend: TrendRow[];
  /** Whether the trend is in ratios (2 dp) or percentage points / percent (1 dp). */
  trendUnit: 'ratio' | 'percent' | 'points';
  bands: BandPoint[];
}

/** The part of the detail that depends on which indicator it is: its calculation, notes and tables. */
export interface DetailParts {
  calculation: string | null;
  statement: string | null;
  meaning: string | null;
  notes: string[];
  tables: DetailTable[];
}
