import fc from 'fast-check';
import { planFramework, reviewToShow, type EdsReview } from '../../../src/domain/eds';

type Status = EdsReview['status'];

function review(id: string, framework: EdsReview['framework'], year: number, status: Status, reviewDate?: string): EdsReview {
  const common = { id, year, status, reviewDate, partners: { organisations: [], people: [] }, characteristics: [], otherGroups: [] };
  return framework === 'eds2' ? { ...common, framework, outcomes: [] } : { ...common, framework, outcomes: [], domainRatings: {} };
}

describe('the review to show', () => {
  // Each row: the reviews held, and what the rule must show (ids), worked out by hand.
  test.each([
    { name: 'nothing held', reviews: [], shown: undefined, inProgress: undefined },
    { name: 'one agreed review', reviews: [review('a24', 'eds2022', 2024, 'Agreed')], shown: 'a24', inProgress: undefined },
    { name: 'only a draft: nothing agreed, the draft in progress', reviews: [review('d25', 'eds2022', 2025, 'Draft')], shown: undefined, inProgress: 'd25' },
    {
      name: 'a newer draft never beats an agreed review',
      reviews: [review('d25', 'eds2022', 2025, 'Draft'), review('a24', 'eds2022', 2024, 'Agreed')],
      shown: 'a24',
      inProgress: 'd25',
    },
    {
      name: 'a draft older than the agreed review is left behind, not in progress',
      reviews: [review('d23', 'eds2022', 2023, 'Draft'), review('a24', 'eds2022', 2024, 'Agreed')],
      shown: 'a24',
      inProgress: undefined,
    },
    {
      name: 'published counts as agreed; same year, the later review date wins',
      reviews: [review('a24', 'eds2022', 2024, 'Agreed', '2025-01-10'), review('p24', 'eds2022', 2024, 'Published', '2025-03-01')],
      shown: 'p24',
      inProgress: undefined,
    },
    {
      name: 'a review of the other framework is never the result',
      reviews: [review('e2-25', 'eds2', 2025, 'Agreed'), review('a23', 'eds2022', 2023, 'Agreed')],
      shown: 'a23',
      inProgress: undefined,
    },
  ])('$name', ({ reviews, shown, inProgress }) => {
    const result = reviewToShow(reviews, 'eds2022');
    expect(result.shown?.id).toBe(shown);
    expect(result.inProgress?.id).toBe(inProgress);
  });

  test('the framework is the setting, else the newest review, else EDS 2022', () => {
    expect(planFramework('eds2', [])).toBe('eds2');
    expect(planFramework('eds2022', [review('x', 'eds2', 2025, 'Agreed')])).toBe('eds2022');
    expect(planFramework(undefined, [review('x', 'eds2', 2024, 'Agreed'), review('y', 'eds2022', 2025, 'Draft')])).toBe('eds2022');
    expect(planFramework('', [review('x', 'eds2', 2024, 'Agreed')])).toBe('eds2');
    expect(planFramework('something else', [])).toBe('eds2022');
  });

  test('property: the result is agreed, of the framework, and no agreed review of it is newer; order does not matter', () => {
    const arbitraryReview = fc
      .record({
        framework: fc.constantFrom<EdsReview['framework']>('eds2', 'eds2022'),
        year: fc.integer({ min: 2018, max: 2026 }),
        status: fc.constantFrom<Status>('Draft', 'Agreed', 'Published'),
        day: fc.option(fc.integer({ min: 10, max: 28 }), { nil: undefined }),
        n: fc.nat(),
      })
      .map((r) =>
        review(
          `r${r.n}-${r.framework}-${r.year}-${r.status}-${r.day ?? 'x'}`,
          r.framework,
          r.year,
          r.status,
          r.day === undefined ? undefined : `${r.year + 1}-01-${r.day}`,
        ),
      );
    fc.assert(
      fc.property(fc.array(arbitraryReview, { maxLength: 8 }), fc.constantFrom<EdsReview['framework']>('eds2', 'eds2022'), (reviews, framework) => {
        const { shown, inProgress } = reviewToShow(reviews, framework);
        const agreed = reviews.filter((r) => r.framework === framework && r.status !== 'Draft');
        const noNewerAgreed = (r: EdsReview) =>
          shown !== undefined && (r.year < shown.year || (r.year === shown.year && (r.reviewDate ?? '') <= (shown.reviewDate ?? '')));
        expect(shown === undefined).toBe(agreed.length === 0);
        expect(shown === undefined || (shown.framework === framework && shown.status !== 'Draft' && agreed.every(noNewerAgreed))).toBe(true);
        expect(
          inProgress === undefined ||
            (inProgress.status === 'Draft' && inProgress.framework === framework && (shown === undefined || inProgress.year >= shown.year)),
        ).toBe(true);
        const reversed = reviewToShow(reviews.toReversed(), framework);
        expect([reversed.shown?.year, reversed.shown?.reviewDate]).toEqual([shown?.year, shown?.reviewDate]);
      }),
    );
  });
});
