import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { type WresInput, indicatorsGiven, mergeYears, parseWresInput } from '../../../src/domain/wres';
import { wresInputs } from '../exports/arbitraries';

const example = (() => {
  const parsed = parseWresInput(JSON.parse(readFileSync('docs/wres-input.example.json', 'utf8')));
  if (!parsed.ok) throw new Error('the example input is invalid');
  return parsed.value;
})();

const { indicator5, indicator6, indicator7, indicator8, ...withoutSurvey } = example;
const surveyOnly: WresInput = {
  schemaVersion: example.schemaVersion,
  organisation: example.organisation,
  year: example.year,
  indicator5,
  indicator6,
  indicator7,
  indicator8,
};

describe('merging an imported year over a stored one', () => {
  test('indicatorsGiven names the indicators a year has, in order', () => {
    expect(indicatorsGiven(example)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(indicatorsGiven(withoutSurvey)).toEqual(['1', '2', '3', '4', '9']);
    expect(indicatorsGiven(surveyOnly)).toEqual(['5', '6', '7', '8']);
  });

  test('a Staff Survey file adds indicators 5–8 and keeps the stored 1–4 and 9', () => {
    expect(mergeYears(withoutSurvey, surveyOnly)).toEqual(example);
  });

  test('an indicator the file gives replaces the stored one whole', () => {
    const changed = { ...surveyOnly, indicator5: { white: 1, bme: 2 } };
    expect(mergeYears(example, changed)).toEqual({ ...example, indicator5: { white: 1, bme: 2 } });
  });

  test('the organisation and year are the imported ones', () => {
    const renamed = { ...surveyOnly, organisation: { name: 'Renamed NHS Trust', odsCode: 'RXX' } };
    expect(mergeYears(example, renamed).organisation.name).toBe('Renamed NHS Trust');
  });

  test('property: every indicator comes from the import when given, else from the stored year', () => {
    fc.assert(
      fc.property(wresInputs, wresInputs, (stored, imported) => {
        const merged = mergeYears(stored, imported);
        for (const id of ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const) {
          const key = `indicator${id}` as const;
          expect(merged[key]).toEqual(imported[key] ?? stored[key]);
        }
        expect(indicatorsGiven(merged)).toEqual([...new Set([...indicatorsGiven(stored), ...indicatorsGiven(imported)])].toSorted());
      }),
    );
  });
});
