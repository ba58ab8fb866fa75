import {
  canDeleteReview,
  canReopenReview,
  duplicateReview,
  duplicateReviewMessage,
  parseEdsReview,
  reopenReview,
  type EdsReview,
} from '../../../src/domain/eds';
import { okValue } from '../support/validated';

function review(id: string, framework: 'eds2' | 'eds2022', year: number, status: 'Draft' | 'Agreed' | 'Published'): EdsReview {
  return okValue(parseEdsReview({ id, framework, year, status, partners: {}, outcomes: [] }));
}

const agreed2024 = review('a', 'eds2022', 2024, 'Agreed');
const draft2025 = review('b', 'eds2022', 2025, 'Draft');
const eds2of2024 = review('c', 'eds2', 2024, 'Published');
const all = [agreed2024, draft2025, eds2of2024];

describe('EDS review lifecycle', () => {
  test.each([
    ['the same framework and year is a duplicate', 'eds2022', 2024, undefined, 'a'],
    ['another year is not', 'eds2022', 2023, undefined, undefined],
    ['the other framework in the same year is not', 'eds2', 2025, undefined, undefined],
    ['EDS2 of 2024 finds the EDS2 review', 'eds2', 2024, undefined, 'c'],
    ['saving the review itself again is not a duplicate', 'eds2022', 2024, 'a', undefined],
  ] as const)('%s', (_name, framework, year, exceptId, expected) => {
    expect(duplicateReview(all, framework, year, exceptId)?.id).toBe(expected);
  });

  test('the refusal names the existing review by framework, year and status', () => {
    expect(duplicateReviewMessage(agreed2024)).toBe('There is already an EDS 2022 review for 2024 (agreed). Open that review instead of starting another.');
    expect(duplicateReviewMessage(eds2of2024)).toBe('There is already an EDS2 review for 2024 (published). Open that review instead of starting another.');
  });

  test.each([
    ['Draft', true, false],
    ['Agreed', false, true],
    ['Published', false, true],
  ] as const)('a %s review: can delete %s, can reopen %s', (status, deletable, reopenable) => {
    const subject = review('x', 'eds2022', 2024, status);
    expect(canDeleteReview(subject)).toBe(deletable);
    expect(canReopenReview(subject)).toBe(reopenable);
  });

  test('reopening an agreed review makes it a draft and keeps who, when, the change and the trimmed reason', () => {
    const first = reopenReview(agreed2024, '  Partners asked to rescore 2B ', 'Alex Lead', '2025-03-01T10:00:00Z');
    expect(first).toEqual({
      ok: true,
      review: {
        ...agreed2024,
        status: 'Draft',
        history: [{ at: '2025-03-01T10:00:00Z', by: 'Alex Lead', from: 'Agreed', to: 'Draft', reason: 'Partners asked to rescore 2B' }],
      },
    });
    // A second reopening (after agreeing again) adds to the history rather than replacing it.
    if (!first.ok) throw new Error('expected the first reopening to succeed');
    const second = reopenReview({ ...first.review, status: 'Agreed' }, 'Evidence link was wrong', 'Sam Panel', '2025-04-01T09:00:00Z');
    expect(second.ok && second.review.history?.map((event) => event.reason)).toEqual(['Partners asked to rescore 2B', 'Evidence link was wrong']);
    // The reopened review still parses, so the store can keep its history.
    expect(second.ok && parseEdsReview(second.review).ok).toBe(true);
  });

  test.each([
    ['a draft', draft2025, 'Reason', 'This review is a draft already, so there is nothing to reopen.'],
    ['a blank reason', agreed2024, '   ', 'Give a reason for reopening the review: it is kept in its history.'],
  ] as const)('reopening is refused for %s', (_name, subject, reason, error) => {
    expect(reopenReview(subject, reason, 'Alex Lead', '2025-03-01T10:00:00Z')).toEqual({ ok: false, error });
  });
});
