/**
 * The order of text that people read, shared by every sort. `String.prototype.localeCompare` with a
 * locale or options builds a collator on each call; sorting 10,000 actions makes hundreds of
 * thousands of comparisons, so the collator is made once and reused (its `compare` is bound to it).
 */

/** Ascending British English order of two names or titles (accents and case break ties). */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en-GB').compare;

/**
 * Ascending order of titles as a list shows them: case and accents ignored, numbers by value
 * ("Action 2" before "Action 10", "3.1" before "3.10"). The plan's actions come by due date, then in
 * this order, as the Actions list's default order is, so the list's sort of them is a single pass.
 */
export const compareTitles: (a: string, b: string) => number = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true }).compare;

/**
 * Ascending order of two ISO dates (YYYY-MM-DD), which sort correctly as written: plain string
 * comparison, with no collator to build or consult. An empty string comes before any date.
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
