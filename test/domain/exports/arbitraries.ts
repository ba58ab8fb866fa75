import fc from 'fast-check';
import { AFC_BANDS, MEDICAL_GRADES, type WresInput, parseWresInput } from '../../../src/domain/wres';
import { okValue } from '../support/validated';

const small = (max = 40) => fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max }));
const groups = (max = 40) => fc.record({ white: small(max), bme: small(max), unknown: small(max) });
/** Events within a population, per group. */
const pair = (max = 60) =>
  groups(max).chain((population) =>
    fc
      .record({
        white: fc.integer({ min: 0, max: population.white }),
        bme: fc.integer({ min: 0, max: population.bme }),
        unknown: fc.integer({ min: 0, max: population.unknown }),
      })
      .map((events) => ({ population, events })),
  );
const survey = fc.record(
  {
    white: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    bme: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    whiteRespondents: small(3000),
    bmeRespondents: small(3000),
  },
  { requiredKeys: ['white', 'bme'] },
);

const bandKeys = [
  ...AFC_BANDS.map((band) => ({ staffGroup: 'non-clinical' as const, band })),
  ...AFC_BANDS.map((band) => ({ staffGroup: 'clinical' as const, band })),
  ...MEDICAL_GRADES.map((band) => ({ staffGroup: 'medical-dental' as const, band })),
];

/** Valid WRES inputs with many small counts, so suppression has work to do. */
export const wresInputs: fc.Arbitrary<WresInput> = fc
  .record(
    {
      name: fc.oneof(
        fc.constant('Demo NHS Trust'),
        fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
      ),
      year: fc.integer({ min: 2015, max: 2100 }),
      indicator1: fc
        .subarray(bandKeys, { minLength: 1, maxLength: 10 })
        .chain((keys) => fc.tuple(...keys.map((key) => groups(80).map((counts) => ({ ...key, ...counts }))))),
      indicator2: pair(200),
      indicator3: fc.record({ current: pair(300), previous: fc.option(pair(300), { nil: undefined }) }),
      indicator4: pair(300),
      indicator5: survey,
      indicator8: survey,
      indicator9: fc.record({
        boardVoting: groups(12),
        boardNonVoting: fc.option(groups(8), { nil: undefined }),
        boardExecutive: fc.option(groups(8), { nil: undefined }),
        workforce: fc.option(groups(500), { nil: undefined }),
      }),
    },
    { requiredKeys: ['name', 'year'] },
  )
  .map((x) =>
    okValue(
      parseWresInput({
        schemaVersion: 1,
        organisation: { name: x.name, odsCode: 'RXX' },
        year: x.year,
        ...(x.indicator1 && { indicator1: { rows: x.indicator1 } }),
        ...(x.indicator2 && { indicator2: { shortlisted: x.indicator2.population, appointed: x.indicator2.events } }),
        ...(x.indicator3 && {
          indicator3: {
            headcount: x.indicator3.current.population,
            entered: x.indicator3.current.events,
            ...(x.indicator3.previous && { previousYear: { headcount: x.indicator3.previous.population, entered: x.indicator3.previous.events } }),
          },
        }),
        ...(x.indicator4 && { indicator4: { headcount: x.indicator4.population, accessed: x.indicator4.events } }),
        ...(x.indicator5 && { indicator5: x.indicator5 }),
        ...(x.indicator8 && { indicator8: x.indicator8 }),
        ...(x.indicator9 && {
          indicator9: {
            boardVoting: x.indicator9.boardVoting,
            ...(x.indicator9.boardNonVoting && { boardNonVoting: x.indicator9.boardNonVoting }),
            ...(x.indicator9.boardExecutive && { boardExecutive: x.indicator9.boardExecutive }),
            ...(x.indicator9.workforce && { workforce: x.indicator9.workforce }),
          },
        }),
      }),
    ),
  );
