import { WRES_INDICATORS, type Certainty, type Verdict, type WresResult, certaintySentence, verdictWithCertainty } from '../../../src/domain/wres';

const pct = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(1)}%`);
const signed = (value: number): string => `${value > 0 ? '+' : ''}${value.toFixed(1)}`;
const pp = (value: number | null): string => (value === null ? 'n/a' : `${signed(value)} pp`);

function row(id: string, title: string, figure: string, interval: string, verdict: string): string {
  return `${id.padEnd(3)}${title.padEnd(44)}${figure.padEnd(52)} ${interval.padEnd(18)} ${verdict}`;
}

/**
 * A readable plain-text table of a result: one line per indicator with its figure, 95% interval,
 * verdict and certainty; then every note the result carries (why a figure is missing, how sure
 * each verdict is and why, small numbers, plausibility and interval methods), then the readings.
 */
export function formatTable(result: WresResult): string {
  const out = [`WRES ${result.year}: ${result.organisation.name} (${result.organisation.odsCode})`, ''];
  out.push(row('#', 'Indicator', 'Figure', '95% CI', 'Verdict, certainty'));
  const notes: string[] = [];
  const line = (id: keyof typeof WRES_INDICATORS, figure: string, interval: string, verdict: Verdict, certainty: Certainty) =>
    out.push(row(id, WRES_INDICATORS[id].shortTitle, figure, interval, verdictWithCertainty(verdict, certainty)));
  const note = (id: string, text: string | null) => {
    if (text !== null && text !== '') notes.push(`  ${id}: ${text}`);
  };
  const { indicators: ind } = result;
  const i1 = ind['1'];
  if (i1) {
    line(
      '1',
      `senior BME ${pct(i1.senior.bmePercent)} vs ${pct(i1.workforce.bmePercent)} (${pp(i1.senior.differenceFromWorkforce)})`,
      '',
      i1.verdict,
      'not-assessed',
    );
    note('1', i1.reason);
  }
  for (const id of ['2', '3', '4'] as const) {
    const r = ind[id];
    if (!r) continue;
    const ci = r.confidenceInterval ? `${r.confidenceInterval.lower.toFixed(2)}–${r.confidenceInterval.upper.toFixed(2)}` : '';
    const figure = r.value === null ? (r.figureWords ?? 'n/a') : `${r.value.toFixed(2)} (unknown ${pct(r.unknown.excludedPercent)} excluded)`;
    line(id, figure, ci, r.verdict, r.certainty);
    note(id, r.verdict === 'not-calculable' ? r.reason : r.meaning);
    if (r.verdict !== 'not-calculable') note(id, certaintySentence(r.certainty, r.certaintyReason));
    for (const text of r.notes) note(id, text);
  }
  for (const id of ['5', '6', '7', '8'] as const) {
    const r = ind[id];
    if (!r) continue;
    const ci = r.gapInterval ? `${signed(r.gapInterval.lower)} to ${pp(r.gapInterval.upper)}` : '';
    line(id, `White ${pct(r.white)}, BME ${pct(r.bme)} (gap ${pp(r.gap)})`, ci, r.verdict, r.certainty);
    note(id, certaintySentence(r.certainty, r.certaintyReason));
    note(id, r.reason);
  }
  const i9 = ind['9'];
  if (i9) {
    line('9', `voting board ${pct(i9.boardBmePercent)} vs ${pct(i9.workforceBmePercent)} (${pp(i9.value)})`, '', i9.verdict, 'not-assessed');
    note('9', i9.reason);
    if (i9.totalBoard) {
      line('9', `whole board ${pct(i9.totalBoard.boardBmePercent)} (${pp(i9.totalBoard.value)})`, '', i9.totalBoard.verdict, 'not-assessed');
      note('9', i9.totalBoard.reason === null ? null : `whole board: ${i9.totalBoard.reason}`);
    }
    if (i9.executive) {
      line('9', `executive ${pct(i9.executive.boardBmePercent)} (${pp(i9.executive.value)})`, '', i9.executive.verdict, 'not-assessed');
      note('9', i9.executive.reason === null ? null : `executive: ${i9.executive.reason}`);
    }
  }
  if (notes.length > 0) out.push('', 'Notes:', ...notes);
  const rd = result.readings;
  out.push(
    '',
    `Readings: indicator 3 ${rd.indicator3Average}; verdicts on ${rd.verdictBasis} figures; non-adverse ${rd.nonAdverseRange.lower.toFixed(2)}–${rd.nonAdverseRange.upper.toFixed(2)}; ` +
      `zero cells ${rd.zeroCellCorrection}; small-numbers caution under ${rd.minimumEvents} events or ${rd.minimumRespondents} respondents; BME % of ${rd.percentDenominator}.`,
  );
  return `${out.join('\n')}\n`;
}
