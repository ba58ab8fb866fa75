import { eds2022DomainScore, parseEdsReview, rollUpEds2, rollUpEds2022, type Eds2022Review, type Eds2Review } from '../../../src/domain/eds';
import { errorsOf, okValue } from '../support/validated';

const eds2022 = {
  id: 'review-2024',
  framework: 'eds2022',
  year: 2024,
  reviewDate: '2025-02-10',
  status: 'Agreed',
  partners: { organisations: ['Healthwatch Demo'], people: [{ name: 'A. Partner', role: 'Staff-side lead' }] },
  characteristics: ['Race', 'Disability'],
  otherGroups: ['Carers'],
  // Leeds' 2024/25 example: 22 in all. Domain 1: 2+2+2+2 = 8; domain 2: 2+2+2+2 = 8; domain 3: 2+2+2 = 6.
  outcomes: ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C'].map((outcomeId) => ({
    outcomeId,
    score: 2,
    evidence: [{ title: 'Board paper', url: 'https://example.org/paper' }],
  })),
};

function parsed<T>(data: unknown): T {
  return okValue(parseEdsReview(data)) as T;
}

describe('EDS review model', () => {
  test('EDS 2022 roll-up of a full review: 22 is Achieving overall; the domains are scores, not ratings', () => {
    const rollUp = rollUpEds2022(parsed<Eds2022Review>(eds2022));
    expect(rollUp).toMatchObject({ total: 22, scored: 11, overallRating: 'Achieving', reason: null, readings: { achievingBand: '22-32' } });
    expect(rollUp.domains.map((d) => [eds2022DomainScore(d), d.agreedRating])).toEqual([
      ['8 of 12', null],
      ['8 of 12', null],
      ['6 of 9', null],
    ]);
  });

  test('a partial review has subtotals but no overall rating; a rating the panel agreed is kept as agreed', () => {
    const review = parsed<Eds2022Review>({
      ...eds2022,
      outcomes: [
        { outcomeId: '2D', score: 1 },
        { outcomeId: '2B', score: 2 },
      ],
      domainRatings: { '2': 'Developing' },
    });
    const rollUp = rollUpEds2022(review);
    expect(rollUp).toMatchObject({ total: 3, scored: 2, overallRating: null, reason: 'only 2 of 11 outcomes are scored, and the overall bands need all 11' });
    expect(rollUp.domains.map((d) => [d.scored, eds2022DomainScore(d), d.agreedRating])).toEqual([
      [0, '0 of 12', null],
      [2, '3 of 12', 'Developing'],
      [0, '0 of 9', null],
    ]);
  });

  test('EDS2 roll-up counts grades per goal and lists what was not graded', () => {
    const review = parsed<Eds2Review>({
      id: 'r',
      framework: 'eds2',
      year: 2018,
      status: 'Published',
      partners: {},
      outcomes: [
        { outcomeId: '2.1', grade: 'Achieving' },
        { outcomeId: '2.2', grade: 'Developing' },
        { outcomeId: '3.4', grade: 'Developing' },
      ],
    });
    const rollUp = rollUpEds2(review);
    expect(rollUp.graded).toBe(3);
    expect(rollUp.grades).toEqual({ Undeveloped: 0, Developing: 2, Achieving: 1, Excelling: 0 });
    expect(rollUp.goals[1]).toMatchObject({ goal: 2, graded: 2, outcomes: 4 });
    expect(rollUp.notGraded).toHaveLength(15);
    expect(review.characteristics).toEqual([]);
  });

  test.each([
    [{ ...eds2022, outcomes: [{ outcomeId: '1A', score: 4 }] }, 'outcomes[0].score must be at most 3 (got 4)'],
    [{ ...eds2022, outcomes: [{ outcomeId: '1E', score: 1 }] }, 'outcomes[0].outcomeId must be one of'],
    [
      {
        ...eds2022,
        outcomes: [
          { outcomeId: '1A', score: 1 },
          { outcomeId: '1A', score: 2 },
        ],
      },
      'outcomes[1].outcomeId (1A) is already graded in outcomes[0]',
    ],
    [{ ...eds2022, reviewDate: '2025-02-30' }, 'reviewDate must be a real date written YYYY-MM-DD (got "2025-02-30")'],
    [{ ...eds2022, characteristics: ['Height'] }, 'characteristics[0] must be one of "Age"'],
    [{ ...eds2022, framework: 'eds3' }, 'framework'],
  ])('rejects a bad review (%#)', (data, message) => {
    expect(
      errorsOf(parseEdsReview(data))
        .map((e) => e.message)
        .join('\n'),
    ).toContain(message);
  });

  test('something other than an object is refused as one', () => {
    expect(errorsOf(parseEdsReview(5))).toEqual([{ path: '(input)', message: '(input) must be an object (got 5)' }]);
  });

  test('an unknown framework is refused naming the frameworks there are', () => {
    expect(errorsOf(parseEdsReview({ ...eds2022, framework: 'eds3' }))).toEqual([
      { path: 'framework', message: "framework: Invalid discriminator value. Expected 'eds2' | 'eds2022'" },
    ]);
  });
});
