import type { IndicatorRow } from './indicator-rows';

/** What the summary sentence is written from. */
export interface SummaryFacts {
  readonly rows: readonly IndicatorRow[];
  readonly overdue: number;
  /** Open actions whose owners report them At risk or Off track. */
  readonly atRisk: number;
  /** The EDS review to show, named ("EDS 2022 review 2024, agreed") with its result ("Developing"); null when none is agreed. */
  readonly eds: { readonly name: string; readonly result: string } | null;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The report's one-paragraph summary, written from the figures in fixed words, e.g. "7 of 9
 * indicators adverse (5 clearly); 5 actions overdue, 3 at risk; EDS 2022 review 2024, agreed:
 * Developing." Indicators not given or not calculable are counted apart, so the "of 9" is never
 * inflated.
 */
export function boardSummary(facts: SummaryFacts): string {
  const { rows } = facts;
  const adverse = rows.filter((row) => row.verdict === 'adverse');
  const clearly = adverse.filter((row) => row.certaintyText === 'Clear').length;
  const unknown = rows.filter((row) => row.verdict === null || row.verdict === 'not-calculable').length;
  const indicators = `${adverse.length} of ${rows.length} indicators adverse (${clearly} clearly)${unknown === 0 ? '' : `, ${unknown} not calculable or not given`}`;
  const actions = `${count(facts.overdue, 'action', 'actions')} overdue, ${facts.atRisk} at risk or off track`;
  const eds = facts.eds === null ? 'no agreed EDS review yet' : `${facts.eds.name}: ${facts.eds.result}`;
  return `${indicators}; ${actions}; ${eds}.`;
}
