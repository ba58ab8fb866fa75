import fc from 'fast-check';
import {
  EDS2022_OUTCOMES,
  EDS2022_OVERALL_BANDS,
  type Eds2022OverallRating,
  type Eds2022Review,
  eds2022DomainScore,
  parseEdsReview,
  rollUpEds2022,
} from '../../../src/domain/eds';
import { okValue } from '../support/validated';

const IDS = EDS2022_OUTCOMES.map((outcome) => outcome.id);
const RATINGS: readonly Eds2022OverallRating[] = ['Undeveloped', 'Developing', 'Achieving', 'Excelling'];

function review(scores: Readonly<Record<string, number>>, domainRatings: Partial<Record<'1' | '2' | '3', Eds2022OverallRating>> = {}): Eds2022Review {
  const parsed = okValue(
    parseEdsReview({
      id: 'r',
      framework: 'eds2022',
      year: 2024,
      status: 'Agreed',
      partners: {},
      outcomes: Object.entries(scores).map(([outcomeId, score]) => ({ outcomeId, score })),
      domainRatings,
    }),
  );
  if (parsed.framework !== 'eds2022') throw new Error('expected an EDS 2022 review');
  return parsed;
}

/** Every outcome scored 2, with some changed. */
const allTwos = (changed: Readonly<Record<string, number>> = {}) => ({ ...Object.fromEntries(IDS.map((id) => [id, 2])), ...changed });

describe('EDS 2022 roll-up: domains are scores out of their maximum, the overall rating needs all 11', () => {
  test.each([
    // Leeds moved from Developing (total 21, 2023/24) to Achieving (total 22, 2024/25) when 2D rose by one
    // point (eds-and-action-plans.md §2.3, S8, S28). The other ten scores are taken as 2 each, which gives those
    // totals; the published totals and the 2D change are what is checked.
    // 2023/24: domain 1 2+2+2+2 = 8 of 12; domain 2 2+2+2+1 = 7 of 12; domain 3 2+2+2 = 6 of 9; 21 → Developing.
    ['Leeds 2023/24', allTwos({ '2D': 1 }), ['8 of 12', '7 of 12', '6 of 9'], 21, 'Developing'],
    // 2024/25: 2D 2, so domain 2 is 8 of 12; 22 → Achieving.
    ['Leeds 2024/25', allTwos(), ['8 of 12', '8 of 12', '6 of 9'], 22, 'Achieving'],
    // Domain 3 scored 3+3+2 = 8 of 9 stays "8 of 9"; total 0 + (1+1+1+1) + 8 = 12 → Developing.
    [
      '8 of 9 in domain 3',
      { '1A': 0, '1B': 0, '1C': 0, '1D': 0, '2A': 1, '2B': 1, '2C': 1, '2D': 1, '3A': 3, '3B': 3, '3C': 2 },
      ['0 of 12', '4 of 12', '8 of 9'],
      12,
      'Developing',
    ],
    // Band edges: all 0 → 0 Undeveloped; seven 1s → 7 Undeveloped; eight 1s → 8 Developing; all 3 → 33 Excelling; one 2 among 3s → 32 Achieving.
    ['all 0', Object.fromEntries(IDS.map((id) => [id, 0])), ['0 of 12', '0 of 12', '0 of 9'], 0, 'Undeveloped'],
    ['seven 1s', Object.fromEntries(IDS.map((id, i) => [id, i < 7 ? 1 : 0])), ['4 of 12', '3 of 12', '0 of 9'], 7, 'Undeveloped'],
    ['eight 1s', Object.fromEntries(IDS.map((id, i) => [id, i < 8 ? 1 : 0])), ['4 of 12', '4 of 12', '0 of 9'], 8, 'Developing'],
    ['all 3', Object.fromEntries(IDS.map((id) => [id, 3])), ['12 of 12', '12 of 12', '9 of 9'], 33, 'Excelling'],
    ['one 2 among 3s', { ...Object.fromEntries(IDS.map((id) => [id, 3])), '3C': 2 }, ['12 of 12', '12 of 12', '8 of 9'], 32, 'Achieving'],
  ] as const)('%s', (_name, scores, domainScores, total, overall) => {
    const rollUp = rollUpEds2022(review(scores));
    expect(rollUp.domains.map(eds2022DomainScore)).toEqual(domainScores);
    // No domain is rated from its scores: Leeds 2023/24's 8 of 12 is not "Achieving", 8 of 9 is not "Excelling".
    expect(rollUp.domains.map((d) => d.agreedRating)).toEqual([null, null, null]);
    expect(rollUp).toMatchObject({ total, scored: 11, overallRating: overall, reason: null });
  });

  test('a rating the panel agreed for a domain is shown as agreed, whatever the scores', () => {
    const rollUp = rollUpEds2022(review(allTwos({ '2D': 1 }), { '3': 'Achieving' }));
    expect(rollUp.domains.map((d) => [eds2022DomainScore(d), d.agreedRating])).toEqual([
      ['8 of 12', null],
      ['7 of 12', null],
      ['6 of 9', 'Achieving'],
    ]);
    expect(rollUp.overallRating).toBe('Developing');
  });

  test('ten of eleven scored: a total but no overall rating, even when ten scores of 3 pass 22', () => {
    const { '3C': _left, ...ten } = Object.fromEntries(IDS.map((id) => [id, 3]));
    const rollUp = rollUpEds2022(review(ten));
    expect(rollUp).toMatchObject({
      total: 30,
      scored: 10,
      overallRating: null,
      reason: 'only 10 of 11 outcomes are scored, and the overall bands need all 11',
    });
    expect(rollUp.domains.map(eds2022DomainScore)).toEqual(['12 of 12', '12 of 12', '6 of 9']);
  });

  const scored = fc.dictionary(fc.constantFrom(...IDS), fc.integer({ min: 0, max: 3 }));
  const agreed = fc.record({ '1': fc.constantFrom(...RATINGS), '2': fc.constantFrom(...RATINGS), '3': fc.constantFrom(...RATINGS) }, { requiredKeys: [] });

  test('a domain shows only the rating its panel agreed, and its score is the sum out of 3 × its outcomes', () => {
    fc.assert(
      fc.property(scored, agreed, (scores, ratings) => {
        const rollUp = rollUpEds2022(review(scores, ratings));
        for (const domain of rollUp.domains) {
          const inDomain = EDS2022_OUTCOMES.filter((outcome) => outcome.domain === domain.domain);
          expect(domain.agreedRating).toBe(ratings[String(domain.domain) as '1' | '2' | '3'] ?? null);
          expect(domain.maximum).toBe(3 * inDomain.length);
          expect(domain.subtotal).toBe(inDomain.reduce((sum, outcome) => sum + (scores[outcome.id] ?? 0), 0));
          expect(domain.scored).toBe(inDomain.filter((outcome) => scores[outcome.id] !== undefined).length);
          expect(eds2022DomainScore(domain)).toBe(`${domain.subtotal} of ${domain.maximum}`);
        }
        expect(rollUp.total).toBe(rollUp.domains.reduce((sum, domain) => sum + domain.subtotal, 0));
      }),
    );
  });

  test('the overall rating exists exactly when all 11 are scored, and is the national band of the total', () => {
    fc.assert(
      fc.property(scored, (scores) => {
        const rollUp = rollUpEds2022(review(scores));
        const complete = Object.keys(scores).length === 11;
        const band = EDS2022_OVERALL_BANDS.find((b) => rollUp.total >= b.min && rollUp.total <= b.max)?.rating;
        expect(rollUp.overallRating).toBe(complete ? band : null);
        expect(rollUp.reason === null).toBe(complete);
      }),
    );
  });

  test('changing the scores never changes a domain rating', () => {
    fc.assert(
      fc.property(scored, scored, agreed, (before, after, ratings) => {
        const a = rollUpEds2022(review(before, ratings)).domains.map((d) => d.agreedRating);
        const b = rollUpEds2022(review(after, ratings)).domains.map((d) => d.agreedRating);
        expect(b).toEqual(a);
      }),
    );
  });
});
