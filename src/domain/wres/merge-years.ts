import type { WresInput } from './input-schema';

const INDICATOR_KEYS = ['indicator1', 'indicator2', 'indicator3', 'indicator4', 'indicator5', 'indicator6', 'indicator7', 'indicator8', 'indicator9'] as const;

/** The indicators a year gives, as their numbers ("1".."9"), in order. */
export function indicatorsGiven(input: WresInput): string[] {
  return INDICATOR_KEYS.filter((key) => input[key] !== undefined).map((key) => key.slice('indicator'.length));
}

/**
 * The stored year with the imported one laid over it: every indicator the import gives replaces the
 * stored one whole; an indicator the import leaves out keeps its stored figures. So a file of Staff
 * Survey results (indicators 5–8) adds them to a year without touching indicators 1–4 and 9.
 * The organisation and year are the import's (they match the stored year's by ODS code and year).
 * No figure is combined or summed: a year is replaced indicator by indicator.
 */
export function mergeYears(stored: WresInput, imported: WresInput): WresInput {
  return {
    ...stored,
    organisation: imported.organisation,
    year: imported.year,
    ...Object.fromEntries(INDICATOR_KEYS.filter((key) => imported[key] !== undefined).map((key) => [key, imported[key]])),
  };
}
