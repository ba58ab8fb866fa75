import fc from 'fast-check';
import { completeness, describeMissing, EDS2_GRADES, EDS2_OUTCOMES, EDS2022_OUTCOMES, type Eds2Review, type EdsReview } from '../../../src/domain/eds';

const partners = { organisations: ['Demo Healthwatch'], people: [] };
const full = { evidence: [{ title: 'Audit' }], agreedBy: ['Chair'] };

function eds2(outcomes: Eds2Review['outcomes'] = [], extra: Partial<Pick<Eds2Review, 'reviewDate' | 'partners'>> = {}): Eds2Review {
  return {
    id: 'r',
    framework: 'eds2',
    year: 2024,
    status: 'Draft',
    reviewDate: '2024-02-14',
    partners,
    characteristics: [],
    otherGroups: [],
    outcomes,
    ...extra,
  };
}

const allEds2 = EDS2_OUTCOMES.map((outcome) => ({ outcomeId: outcome.id, grade: 'Achieving' as const, ...full }));
const allEds2022 = EDS2022_OUTCOMES.map((outcome) => ({ outcomeId: outcome.id, score: 2, ...full }));
const eds2022: EdsReview = {
  id: 'r22',
  framework: 'eds2022',
  year: 2025,
  status: 'Draft',
  reviewDate: '2025-03-01',
  partners: { organisations: [], people: [{ name: 'Chair' }] },
  characteristics: [],
  otherGroups: [],
  outcomes: allEds2022,
  domainRatings: {},
};
const eds2Ids = EDS2_OUTCOMES.map((outcome) => outcome.id);

describe('what a review lacks before it can be agreed', () => {
  // Each row: a review, and what is missing from it, worked out by hand from the catalogues (EDS2: 18 outcomes 1.1..4.3; EDS 2022: 11, 1A..3C).
  test.each([
    {
      name: 'nothing graded, no date, no partners',
      review: eds2([], { reviewDate: undefined, partners: { organisations: [], people: [] } }),
      missing: { complete: false, notGraded: eds2Ids, noEvidence: [], nobodyAgreed: [], noReviewDate: true, noPartners: true },
      words: 'Not graded: 1.1, 1.2, 1.3, 1.4, 1.5, 2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 4.1, 4.2, 4.3; no review date; no partners.',
    },
    {
      name: 'every EDS2 outcome graded with evidence and agreement',
      review: eds2(allEds2),
      missing: { complete: true, notGraded: [], noEvidence: [], nobodyAgreed: [], noReviewDate: false, noPartners: false },
      words: '',
    },
    {
      name: 'one outcome ungraded, one without evidence, one nobody agreed',
      review: eds2(
        allEds2
          .filter((outcome) => outcome.outcomeId !== '1.2')
          .map((outcome) =>
            outcome.outcomeId === '2.1' ? { ...outcome, evidence: [] } : outcome.outcomeId === '3.4' ? { ...outcome, agreedBy: [] } : outcome,
          ),
      ),
      missing: { complete: false, notGraded: ['1.2'], noEvidence: ['2.1'], nobodyAgreed: ['3.4'], noReviewDate: false, noPartners: false },
      words: 'Not graded: 1.2; no evidence: 2.1; nobody agreed: 3.4.',
    },
    {
      name: 'a complete EDS 2022 review, its one partner a person',
      review: eds2022,
      missing: { complete: true, notGraded: [], noEvidence: [], nobodyAgreed: [], noReviewDate: false, noPartners: false },
      words: '',
    },
    {
      name: 'EDS 2022 with two outcomes unscored says "not scored"',
      review: { ...eds2022, outcomes: allEds2022.filter((outcome) => outcome.outcomeId !== '1A' && outcome.outcomeId !== '3C') },
      missing: { complete: false, notGraded: ['1A', '3C'], noEvidence: [], nobodyAgreed: [], noReviewDate: false, noPartners: false },
      words: 'Not scored: 1A, 3C.',
    },
    {
      name: 'everything graded but no review date',
      review: eds2(allEds2, { reviewDate: undefined }),
      missing: { complete: false, notGraded: [], noEvidence: [], nobodyAgreed: [], noReviewDate: true, noPartners: false },
      words: 'No review date.',
    },
  ])('$name', ({ review, missing, words }) => {
    const found = completeness(review);
    expect(found).toEqual(missing);
    expect(describeMissing(found, review.framework)).toBe(words);
  });

  test('a review is complete exactly when nothing is listed as missing, and every outcome is either graded or named as not graded', () => {
    const outcome = fc.record({
      id: fc.constantFrom(...eds2Ids),
      grade: fc.constantFrom(...EDS2_GRADES),
      evidence: fc.boolean(),
      agreed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(outcome, { selector: (item) => item.id }), fc.boolean(), fc.boolean(), (items, dated, partnered) => {
        const review = eds2(
          items.map((item) => ({
            outcomeId: item.id,
            grade: item.grade,
            evidence: item.evidence ? [{ title: 'Audit' }] : [],
            agreedBy: item.agreed ? ['Chair'] : [],
          })),
          { reviewDate: dated ? '2024-02-14' : undefined, partners: partnered ? partners : { organisations: [], people: [] } },
        );
        const found = completeness(review);
        expect(found.notGraded.length + items.length).toBe(eds2Ids.length);
        expect(found.noEvidence.length).toBe(items.filter((item) => !item.evidence).length);
        expect(found.nobodyAgreed.length).toBe(items.filter((item) => !item.agreed).length);
        expect(found.complete).toBe(describeMissing(found, 'eds2') === '');
      }),
    );
  });
});
