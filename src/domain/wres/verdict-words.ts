import type { Certainty, Verdict } from './verdict';

/**
 * Verdicts as a board reads them: short labels for badges and table cells. The words carry the
 * meaning, so no screen, print or export ever relies on colour alone.
 */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = Object.freeze({
  'non-adverse': 'Non-adverse',
  adverse: 'Adverse',
  'below-range': 'Below range',
  reversed: 'Gap the other way',
  'not-calculable': 'Not calculable',
});

/** Certainty as a board reads it: "Clear", "Could be chance", "Not assessed". */
const CERTAINTY_WORDS: Readonly<Record<Certainty, string>> = Object.freeze({
  clear: 'Clear',
  uncertain: 'Could be chance',
  'not-assessed': 'Not assessed',
});

/** The verdict in words, e.g. "Adverse". */
export function verdictWords(verdict: Verdict): string {
  return VERDICT_WORDS[verdict];
}

/** The certainty in words, e.g. "Could be chance". */
export function certaintyWords(certainty: Certainty): string {
  return CERTAINTY_WORDS[certainty];
}

/**
 * Verdict and certainty together, as one phrase for a table cell or a sentence: "Adverse, clear",
 * "Adverse, could be chance", "Non-adverse (certainty not assessed)", "Not calculable".
 */
export function verdictWithCertainty(verdict: Verdict, certainty: Certainty): string {
  if (verdict === 'not-calculable') return VERDICT_WORDS[verdict];
  if (certainty === 'not-assessed') return `${VERDICT_WORDS[verdict]} (certainty not assessed)`;
  return `${VERDICT_WORDS[verdict]}, ${CERTAINTY_WORDS[certainty].toLowerCase()}`;
}

/**
 * The certainty with its reason, as one sentence for a card, report or export: "Could be chance:
 * the 95% interval, 0.70–3.19, reaches outside 0.80–1.25". `reason` is a result's
 * `certaintyReason`, which starts with the certainty in lower case and a colon; only what follows
 * the colon is kept, after the words of `certainty`.
 */
export function certaintySentence(certainty: Certainty, reason: string): string {
  const colon = reason.indexOf(':');
  const because = colon < 0 ? reason.trim() : reason.slice(colon + 1).trim();
  return because === '' ? CERTAINTY_WORDS[certainty] : `${CERTAINTY_WORDS[certainty]}: ${because}`;
}
