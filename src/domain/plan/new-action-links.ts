import { EDS2022_OUTCOMES } from '../eds/eds2022';
import { EDS2_OUTCOMES } from '../eds/eds2';
import { WRES_INDICATOR_IDS } from '../wres/indicator-catalogue';

/** What a new action is started from: a WRES indicator ("1".."9") or an EDS outcome ("3.4", "2B"). */
export type NewActionCause = { readonly indicator: string } | { readonly eds: string };

/** The links a new action starts with, read from its address. */
export interface NewActionLinks {
  readonly indicators: string[];
  readonly edsOutcomes: string[];
}

const EDS_OUTCOME_IDS: ReadonlySet<string> = new Set([...EDS2_OUTCOMES, ...EDS2022_OUTCOMES].map((outcome) => outcome.id));
const INDICATOR_IDS: ReadonlySet<string> = new Set(WRES_INDICATOR_IDS);

/**
 * The query of the new-action page started from a cause, without its "?": `indicator=2` or
 * `eds=3.4`, the names the Actions list's filters use, so the two addresses read alike.
 */
export function newActionSearch(cause: NewActionCause): string {
  const params = new URLSearchParams('indicator' in cause ? { indicator: cause.indicator } : { eds: cause.eds });
  return params.toString();
}

/**
 * Reads the links a new action starts with from its query (with or without its "?"). Only a known
 * indicator ("1".."9") or EDS outcome is taken; anything else (a typo, an old link, a hostile
 * address) is left out, so the form never starts with a link it cannot save.
 */
export function newActionLinksFrom(search: string): NewActionLinks {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const indicator = params.get('indicator')?.trim() ?? '';
  const eds = params.get('eds')?.trim() ?? '';
  return {
    indicators: INDICATOR_IDS.has(indicator) ? [indicator] : [],
    edsOutcomes: EDS_OUTCOME_IDS.has(eds) ? [eds] : [],
  };
}
