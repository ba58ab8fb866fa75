import { calculateWres, type Indicator1Result, type Indicator1Row, type WresOptions } from '../../../src/domain/wres';
import { input } from './build';

const rows: Indicator1Row[] = [
  { staffGroup: 'non-clinical', band: 'Band 8a', white: 40, bme: 5, unknown: 1 },
  { staffGroup: 'non-clinical', band: 'Band 2', white: 300, bme: 100, unknown: 20 },
  { staffGroup: 'clinical', band: 'Band 5', white: 500, bme: 400, unknown: 30 },
  { staffGroup: 'clinical', band: 'Band 8b', white: 30, bme: 4, unknown: 0 },
  { staffGroup: 'non-clinical', band: 'VSM', white: 8, bme: 1, unknown: 0 },
  { staffGroup: 'medical-dental', band: 'Consultant', white: 100, bme: 80, unknown: 5 },
];

function i1(given: Indicator1Row[], options: Partial<WresOptions> = {}): Indicator1Result {
  return calculateWres(input({ indicator1: { rows: given } }), options).indicators['1'] as Indicator1Result;
}

describe('indicator 1: representation by pay band', () => {
  test('worked example', () => {
    // Workforce: White 978, BME 590, Unknown 56, total 1624. BME 590/1624 = 36.330% → 36.3;
    // White 978/1624 = 60.222% → 60.2; Unknown 56/1624 = 3.448% → 3.4.
    // Senior (8a, 8b, VSM; consultants excluded): White 78, BME 10, Unknown 1 = 89;
    // BME 10/89 = 11.236% → 11.2; difference 11.236 − 36.330 = −25.094 → −25.1 pp: adverse.
    const result = i1(rows);
    expect(result.workforce).toMatchObject({ white: 978, bme: 590, unknown: 56, total: 1624, bmePercent: 36.3, whitePercent: 60.2, unknownPercent: 3.4 });
    expect(result.senior).toMatchObject({ white: 78, bme: 10, unknown: 1, total: 89, bmePercent: 11.2, differenceFromWorkforce: -25.1 });
    expect(result.verdict).toBe('adverse');
    expect(result.certainty).toBe('not-assessed');
    expect(result.reason).toBeNull();
  });

  test('staff groups keep their order and sort bands by pay', () => {
    const result = i1(rows);
    expect(result.staffGroups.map((group) => group.staffGroup)).toEqual(['non-clinical', 'clinical', 'medical-dental']);
    expect(result.staffGroups[0]?.bands.map((band) => band.band)).toEqual(['Band 2', 'Band 8a', 'VSM']);
    // Clinical Band 5: 400/930 = 43.011% → 43.0; 43.011 − 36.330 = 6.681 → 6.7.
    expect(result.staffGroups[1]?.bands[0]).toMatchObject({ band: 'Band 5', bmePercent: 43, differenceFromWorkforce: 6.7 });
    // Medical-dental: 80/185 = 43.243% → 43.2; difference 6.913 → 6.9.
    expect(result.staffGroups[2]).toMatchObject({ bmePercent: 43.2, differenceFromWorkforce: 6.9 });
  });

  test('only the groups given appear', () => {
    expect(i1([{ staffGroup: 'clinical', band: 'VSM', white: 1, bme: 1, unknown: 0 }]).staffGroups).toHaveLength(1);
  });

  test('known-ethnicity denominator leaves Unknown out of BME %', () => {
    // 590 / (978 + 590) = 37.628% → 37.6; Unknown is still 56/1624 = 3.4%.
    const result = i1(rows, { percentDenominator: 'known-ethnicity' });
    expect(result.workforce).toMatchObject({ bmePercent: 37.6, unknownPercent: 3.4 });
  });

  test.each([
    // Senior BME share equal to the workforce share: 1/2 senior, 2/4 overall.
    [
      'equal shares',
      [
        { staffGroup: 'clinical', band: 'Band 9', white: 1, bme: 1, unknown: 0 },
        { staffGroup: 'clinical', band: 'Band 3', white: 1, bme: 1, unknown: 0 },
      ],
      'non-adverse',
    ],
    // Senior 2/2 = 100% vs 3/4 = 75%: the gap runs the other way, reversed.
    [
      'senior above',
      [
        { staffGroup: 'clinical', band: 'Band 9', white: 0, bme: 2, unknown: 0 },
        { staffGroup: 'clinical', band: 'Band 3', white: 1, bme: 1, unknown: 0 },
      ],
      'reversed',
    ],
  ] as [string, Indicator1Row[], string][])('%s', (_name, given, verdict) => {
    expect(i1(given).verdict).toBe(verdict);
  });

  test('the unrounded basis judges a 0.04 pp gap adverse; the rounded one does not', () => {
    // Senior 0/1 = 0% vs workforce 1/2501 = 0.03998%: difference −0.04 pp, which is 0.0 at 1 dp.
    const given: Indicator1Row[] = [
      { staffGroup: 'clinical', band: 'Band 9', white: 1, bme: 0, unknown: 0 },
      { staffGroup: 'clinical', band: 'Band 3', white: 2499, bme: 1, unknown: 0 },
    ];
    expect(i1(given).verdict).toBe('non-adverse');
    expect(i1(given, { verdictBasis: 'unrounded' }).verdict).toBe('adverse');
  });

  test.each([
    ['no senior staff', [{ staffGroup: 'clinical', band: 'Band 3', white: 5, bme: 5, unknown: 0 }], 'there are no staff in bands 8a–9 or VSM'],
    [
      'all unknown',
      [{ staffGroup: 'clinical', band: 'Band 8c', white: 0, bme: 0, unknown: 12 }],
      'the ethnicity of every member of staff in bands 8a–9 and VSM is unknown',
    ],
  ] as [string, Indicator1Row[], string][])('not calculable: %s', (_name, given, reason) => {
    const result = i1(given);
    expect(result).toMatchObject({ verdict: 'not-calculable', certainty: 'not-assessed', reason });
  });

  test.each(['all-staff', 'known-ethnicity'] as const)(
    'all unknown (%s): unknown share is 100% and there is no BME or White figure, not 0%',
    (percentDenominator) => {
      const result = i1([{ staffGroup: 'clinical', band: 'Band 8c', white: 0, bme: 0, unknown: 12 }], { percentDenominator });
      expect(result.workforce).toMatchObject({ unknownPercent: 100, bmePercent: null, whitePercent: null, bmePercentUnrounded: null });
      expect(result.senior).toMatchObject({ bmePercent: null, differenceFromWorkforce: null });
    },
  );

  test('a VSM row whose members are all of unknown ethnicity has no BME figure and no difference, while the others keep theirs', () => {
    // Workforce 40/(160+40+3) = 19.704% → 19.7 over all staff; the VSM row 0 White, 0 BME, 3 Unknown.
    // Senior = Band 8a (2 of 10 BME) + VSM (none known): 2/13 = 15.385% → 15.4; 15.385 − 19.704 = −4.3 pp.
    const result = i1([
      { staffGroup: 'non-clinical', band: 'VSM', white: 0, bme: 0, unknown: 3 },
      { staffGroup: 'non-clinical', band: 'Band 8a', white: 8, bme: 2, unknown: 0 },
      { staffGroup: 'clinical', band: 'Band 5', white: 152, bme: 38, unknown: 0 },
    ]);
    const vsm = result.staffGroups[0]?.bands.find((band) => band.band === 'VSM');
    expect(vsm).toMatchObject({ bmePercent: null, whitePercent: null, unknownPercent: 100, differenceFromWorkforce: null });
    expect(result.workforce.bmePercent).toBe(19.7);
    expect(result.senior).toMatchObject({ bmePercent: 15.4, differenceFromWorkforce: -4.3 });
    expect(result.verdict).toBe('adverse');
  });

  test('an empty band row has no percentages, not NaN', () => {
    const result = i1([
      { staffGroup: 'clinical', band: 'Band 8a', white: 0, bme: 0, unknown: 0 },
      { staffGroup: 'clinical', band: 'Band 9', white: 3, bme: 1, unknown: 0 },
    ]);
    expect(result.staffGroups[0]?.bands[0]).toMatchObject({ bmePercent: null, differenceFromWorkforce: null });
  });
});
