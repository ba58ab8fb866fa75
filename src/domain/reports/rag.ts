import type { Certainty, Verdict } from '../wres/verdict';

/** A board's traffic-light reading of an indicator or action. Always shown with its words, never as colour alone. */
export type Rag = 'red' | 'amber' | 'green' | 'grey';

/** The RAG in words, for the cell beside (or instead of) the colour. */
export const RAG_WORDS: Readonly<Record<Rag, string>> = Object.freeze({ red: 'Red', amber: 'Amber', green: 'Green', grey: 'Grey' });

/**
 * The RAG of an indicator from its verdict and certainty. NHS England publishes no RAG rating for
 * WRES: it judges each figure adverse or not on the figure alone (relative likelihoods outside
 * 0.80–1.25, gaps on the adverse side). This is the report's local rule, set on top of that:
 * - adverse and clear → red; adverse and could be chance → amber;
 * - adverse with certainty not assessed → red: there is no interval (indicators 1 and 9 count
 *   everyone), so, as NHS England does, the figure is taken as given;
 * - non-adverse, below range or a gap the other way (not adverse for BME staff) → green;
 * - not calculable → grey.
 */
export function ragOf(verdict: Verdict, certainty: Certainty): Rag {
  switch (verdict) {
    case 'not-calculable':
      return 'grey';
    case 'adverse':
      return certainty === 'uncertain' ? 'amber' : 'red';
    case 'non-adverse':
    case 'below-range':
    case 'reversed':
      return 'green';
  }
}
