/**
 * Orders for text that people read, shared by every sort. `String.prototype.localeCompare` with a
 * locale or options builds a collator on each call; sorting 10,000 actions makes hundreds of
 * thousands of comparisons, so one collator is made once and reused.
 */
const byName = new Intl.Collator('en-GB');
const natural = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Ascending British English order of two names or titles (accents and case break ties). */
export function compareText(a: string, b: string): number {
  return byName.compare(a, b);
}

/** Ascending order ignoring case and accents, with numbers by value: "2" before "10", "3.1" before "3.10". */
export function compareNatural(a: string, b: string): number {
  return natural.compare(a, b);
}

/** Ascending order of code-unit strings, such as ISO dates and ids, which sort correctly as they are. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
