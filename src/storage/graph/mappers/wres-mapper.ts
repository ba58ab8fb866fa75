import type { Validated } from '../../../domain/shared';
import { calculateWres, parseWresInput, type WresInput } from '../../../domain/wres';
import type { GraphListItem } from '../graph-site';
import { readJson, titleText } from './field-values';

export const WRES_FIELDS = ['Title', 'Year', 'OrgCode', 'InputVersion', 'Input'] as const;

/**
 * The counts are stored whole, as versioned JSON; the summary columns repeat the headline results
 * so SharePoint views and Power BI can show them without running the calculation.
 */
export function wresToFields(input: WresInput): Record<string, unknown> {
  const { indicators } = calculateWres(input);
  return {
    Title: titleText(`${input.organisation.odsCode} ${input.year}`),
    Year: input.year,
    OrgCode: input.organisation.odsCode,
    InputVersion: input.schemaVersion,
    Input: JSON.stringify(input),
    I2: indicators['2']?.value ?? null,
    I3: indicators['3']?.value ?? null,
    I4: indicators['4']?.value ?? null,
    I5White: indicators['5']?.white ?? null,
    I5Bme: indicators['5']?.bme ?? null,
    I6White: indicators['6']?.white ?? null,
    I6Bme: indicators['6']?.bme ?? null,
    I7White: indicators['7']?.white ?? null,
    I7Bme: indicators['7']?.bme ?? null,
    I8White: indicators['8']?.white ?? null,
    I8Bme: indicators['8']?.bme ?? null,
    I9Gap: indicators['9']?.value ?? null,
  };
}

export function wresFromItem(item: GraphListItem): Validated<WresInput> {
  return parseWresInput(readJson<unknown>(item.fields?.Input, null));
}
