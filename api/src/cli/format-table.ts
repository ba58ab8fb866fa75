import { WRES_INDICATORS, type WresResult } from '../../../src/domain/wres';

const pct = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(1)}%`);
const pp = (value: number | null): string => (value === null ? 'n/a' : `${value > 0 ? '+' : ''}${value.toFixed(1)} pp`);

function row(id: string, title: string, figure: string, interval: string, verdict: string): string {
  return `${id.padEnd(3)}${title.padEnd(44)}${figure.padEnd(46)}${interval.padEnd(13)}${verdict}`;
}

/** A readable plain-text table of a result: one line per indicator, then the readings used. */
export function formatTable(result: WresResult): string {
  const out = [`WRES ${result.year}: ${result.organisation.name} (${result.organisation.odsCode})`, ''];
  out.push(row('#', 'Indicator', 'Figure', '95% CI', 'Verdict'));
  const line = (id: keyof typeof WRES_INDICATORS, figure: string, interval: string, verdict: string) =>
    row(id, WRES_INDICATORS[id].shortTitle, figure, interval, verdict);
  const { indicators: ind } = result;
  const i1 = ind['1'];
  if (i1) out.push(line('1', `senior BME ${pct(i1.senior.bmePercent)} vs ${pct(i1.workforce.bmePercent)} (${pp(i1.senior.differenceFromWorkforce)})`, '', i1.verdict));
  for (const id of ['2', '3', '4'] as const) {
    const r = ind[id];
    if (!r) continue;
    const ci = r.confidenceInterval ? `${r.confidenceInterval.lower.toFixed(2)}–${r.confidenceInterval.upper.toFixed(2)}` : '';
    out.push(line(id, r.value === null ? 'n/a' : `${r.value.toFixed(2)} (unknown ${pct(r.unknown.excludedPercent)} excluded)`, ci, r.verdict));
  }
  for (const id of ['5', '6', '7', '8'] as const) {
    const r = ind[id];
    if (r) out.push(line(id, `White ${pct(r.white)}, BME ${pct(r.bme)} (gap ${pp(r.gap)})`, '', r.verdict));
  }
  const i9 = ind['9'];
  if (i9) {
    out.push(line('9', `board ${pct(i9.boardBmePercent)} vs ${pct(i9.workforceBmePercent)} (${pp(i9.value)})`, '', i9.verdict));
    if (i9.executive) out.push(line('9', `executive ${pct(i9.executive.boardBmePercent)} (${pp(i9.executive.value)})`, '', i9.executive.verdict));
  }
  const reasons = Object.values(ind).flatMap((r) => (r.reason ? [`  ${r.indicator}: ${r.reason}`] : []));
  if (reasons.length > 0) out.push('', 'Notes:', ...reasons);
  const rd = result.readings;
  out.push(
    '',
    `Readings: indicator 3 ${rd.indicator3Average}; verdicts on ${rd.verdictBasis} figures; non-adverse ${rd.nonAdverseRange.lower.toFixed(2)}–${rd.nonAdverseRange.upper.toFixed(2)}; too few under ${rd.minimumEvents} events or ${rd.minimumRespondents} respondents; BME % of ${rd.percentDenominator}.`,
  );
  return `${out.join('\n')}\n`;
}
