import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { PlanDataProvider } from '../../../src/app/plan-data';
import { newReview, outcomesOf, withGrade } from '../../../src/features/eds/review-draft';
import { ReviewNotValid, useReviewPage } from '../../../src/features/eds/use-review-page';
import { ConflictError, type PlanStorage } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { TEST_USER } from '../../support/render-with-plan';

const draft = { ...newReview('eds2-2026', 'eds2', 2026), partners: { organisations: ['Demo Healthwatch'], people: [] } };

/** The plan in memory around a hook, as the app provides it. */
function planWrapper(storage: PlanStorage, canEdit = true) {
  const location = memoryLocation({ path: '/' });
  return ({ children }: { children: ReactNode }) => (
    // oxlint-disable-next-line react/hooks -- wouter's documented API takes the location hook as a prop.
    <Router hook={location.hook}>
      <PlanDataProvider
        storage={storage}
        user={TEST_USER}
        canEdit={canEdit}
        clock={() => new Date('2026-11-26T09:00:00Z')}
        subscribeRetries={() => () => undefined}
      >
        {children}
      </PlanDataProvider>
    </Router>
  );
}

/** The review page's hook over a plan in memory, once the plan has loaded and holds the review. */
async function renderReview(storage: PlanStorage, reviewId = 'eds2-2026', canEdit = true) {
  const view = renderHook(() => useReviewPage(reviewId), { wrapper: planWrapper(storage, canEdit) });
  await waitFor(() => expect(view.result.current).toBeDefined());
  return view;
}

test('there is no state for a review the plan does not hold', async () => {
  let loaded = false;
  const storage = memoryPlanStorage({ edsReviews: [draft] });
  const load = storage.load.bind(storage);
  const watched: PlanStorage = { ...storage, load: () => load().finally(() => (loaded = true)) };
  const { result } = renderHook(() => useReviewPage('eds2-1999'), { wrapper: planWrapper(watched) });
  await waitFor(() => expect(loaded).toBe(true));
  expect(result.current).toBeUndefined();
});

test('grades change the draft and its roll-up, and a save stores them and says so', async () => {
  const storage = memoryPlanStorage({ edsReviews: [draft] });
  const { result } = await renderReview(storage);
  expect(result.current?.name).toBe('EDS2 review 2026');
  expect(result.current?.groups.map((group) => group.id)).toEqual([1, 2, 3, 4]);
  expect(result.current?.groups.flatMap((group) => group.outcomes)).toEqual(outcomesOf('eds2'));
  act(() => result.current?.grade('3.1', 'Developing'));
  act(() => result.current?.note('3.1', 'Recruitment audit', 'Demo Healthwatch'));
  expect(result.current?.rollUp.framework === 'eds2' && result.current.rollUp.graded).toBe(1);
  act(() => result.current?.saveDraft());
  await waitFor(() => expect(result.current?.save.status).toEqual({ kind: 'done', value: 'Review saved.' }));
  expect((await storage.load()).edsReviews[0]?.value.outcomes).toEqual([
    { outcomeId: '3.1', grade: 'Developing', evidence: [{ title: 'Recruitment audit' }], agreedBy: ['Demo Healthwatch'] },
  ]);
});

test('a review its checks refuse is not saved, and the checks say why', async () => {
  const storage = memoryPlanStorage({ edsReviews: [{ ...newReview('eds2022-2026', 'eds2022', 2026) }] });
  const { result } = await renderReview(storage, 'eds2022-2026');
  act(() => result.current?.grade('1A', 'not a score'));
  act(() => result.current?.saveDraft());
  await waitFor(() => expect(result.current?.save.status.kind).toBe('failed'));
  const status = result.current?.save.status;
  expect(status?.kind === 'failed' && status.error).toBeInstanceOf(ReviewNotValid);
  expect(status?.kind === 'failed' && status.message).toMatch(/score/);
  expect((await storage.load()).edsReviews[0]?.value.outcomes).toEqual([]);
});

test('a review someone else saved first is a conflict: the grades stay until the person reloads theirs', async () => {
  const storage = memoryPlanStorage({ edsReviews: [draft] });
  const { result } = await renderReview(storage);
  const theirs = (await storage.load()).edsReviews[0];
  await storage.eds.saveReview(withGrade(draft, '1.1', 'Achieving'), theirs?.eTag);
  act(() => result.current?.grade('3.1', 'Developing'));
  act(() => result.current?.saveDraft());
  await waitFor(() => expect(result.current?.save.status.kind).toBe('failed'));
  const status = result.current?.save.status;
  expect(status?.kind === 'failed' && status.error).toBeInstanceOf(ConflictError);
  expect(status?.kind === 'failed' && status.message).toBe('Your grades are still here. Reload to see theirs, then grade again.');
  expect(result.current?.review.outcomes.map((outcome) => outcome.outcomeId)).toEqual(['3.1']);
  act(() => result.current?.reloadTheirs());
  await waitFor(() => expect(result.current?.review.outcomes.map((outcome) => outcome.outcomeId)).toEqual(['1.1']));
  expect(result.current?.save.status.kind).toBe('idle');
});

test('a refused save is worded for the review, and the grades stay', async () => {
  const { result } = await renderReview(memoryPlanStorage({ edsReviews: [draft], readOnly: true }));
  act(() => result.current?.grade('3.1', 'Developing'));
  act(() => result.current?.markAgreed());
  await waitFor(() => expect(result.current?.save.status.kind).toBe('failed'));
  expect(result.current?.save.status).toMatchObject({
    message: 'You do not have permission to change this review. You have read-only access to this plan. Your grades are still here.',
  });
  expect(result.current?.review).toMatchObject({ status: 'Draft', outcomes: [{ outcomeId: '3.1', grade: 'Developing' }] });
});

test('an agreed review is locked, and a reader cannot edit a draft', async () => {
  const agreed = await renderReview(memoryPlanStorage({ edsReviews: [{ ...draft, status: 'Agreed' }] }));
  expect(agreed.result.current).toMatchObject({ locked: true, editable: false });
  const reader = await renderReview(memoryPlanStorage({ edsReviews: [draft] }), 'eds2-2026', false);
  expect(reader.result.current).toMatchObject({ locked: false, editable: false });
});
