import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWresInput, type WresInput } from '../../../../src/domain/wres';

type Counts = { white: number; bme: number; unknown: number };

/** Earlier years of the demo trust: fewer BME staff in post and appointed, and a worse staff survey. */
const EARLIER_YEARS = [
  { year: 2022, bmeScale: 0.86, appointedScale: 0.8, surveyShift: 2.4, boardBme: 1 },
  { year: 2023, bmeScale: 0.93, appointedScale: 0.9, surveyShift: 1.1, boardBme: 1 },
] as const;

const scaleBme = (counts: Counts, scale: number): Counts => ({ ...counts, bme: Math.round(counts.bme * scale) });
const round1 = (value: number): number => Math.round(value * 10) / 10;

function earlierYear(latest: WresInput, spec: (typeof EARLIER_YEARS)[number]): unknown {
  const survey = (key: 'indicator5' | 'indicator6' | 'indicator7' | 'indicator8', adverseHigh: boolean) => {
    const value = latest[key];
    if (!value) return undefined;
    const shift = adverseHigh ? spec.surveyShift : -spec.surveyShift;
    return { ...value, bme: round1(value.bme + shift), white: round1(value.white + shift / 3) };
  };
  return {
    ...latest,
    year: spec.year,
    indicator1: latest.indicator1 && { rows: latest.indicator1.rows.map((row) => ({ ...row, bme: Math.round(row.bme * spec.bmeScale) })) },
    indicator2: latest.indicator2 && {
      shortlisted: latest.indicator2.shortlisted,
      appointed: scaleBme(latest.indicator2.appointed, spec.appointedScale),
    },
    indicator3: latest.indicator3 && { headcount: scaleBme(latest.indicator3.headcount, spec.bmeScale), entered: latest.indicator3.entered },
    indicator4: latest.indicator4 && {
      headcount: scaleBme(latest.indicator4.headcount, spec.bmeScale),
      accessed: scaleBme(latest.indicator4.accessed, spec.bmeScale * 0.95),
    },
    indicator5: survey('indicator5', true),
    indicator6: survey('indicator6', true),
    indicator7: survey('indicator7', false),
    indicator8: survey('indicator8', true),
    indicator9: latest.indicator9 && { ...latest.indicator9, boardVoting: { ...latest.indicator9.boardVoting, bme: spec.boardBme } },
  };
}

function valid(data: unknown, label: string): WresInput {
  const parsed = parseWresInput(data);
  if (!parsed.ok) throw new Error(`The demo WRES data for ${label} is not valid: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.value;
}

/** Three reporting years for the demo trust, the latest being the documented example file. */
export function demoWresYears(rootDir: string): WresInput[] {
  const latest = valid(JSON.parse(readFileSync(join(rootDir, 'docs', 'wres-input.example.json'), 'utf8')), 'the example year');
  return [...EARLIER_YEARS.map((spec) => valid(earlierYear(latest, spec), String(spec.year))), latest];
}
