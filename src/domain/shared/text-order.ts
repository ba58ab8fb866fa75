/**
 * The order of text that people read, shared by every sort. `String.prototype.localeCompare` with a
 * locale or options builds a collator on each call; sorting 10,000 actions makes hundreds of
 * thousands of comparisons, so the collator is made once and reused (its `compare` is bound to it).
 */

/** Ascending British English order of two names or titles (accents and case break ties). */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en-GB').compare;
