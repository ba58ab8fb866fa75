import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { PlanDataProvider } from '../../../src/app/plan-data';
import { newReview, outcomesOf, withGrade } from '../../../src/features/eds/review-draft';
import { AUTOSAVE_DELAY_MS, ReviewNotValid, useReviewPage } from '../../../src/features/eds/use-review-page';
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
  act(() => result.current?.evidence('3.1', 'Recruitment audit'));
  act(() => result.current?.agreedBy('3.1', ['Demo Healthwatch']));
  expect(result.current?.unsaved).toBe(true);
  expect(result.current?.saveState).toBe('Unsaved changes');
  expect(result.current?.rollUp.framework === 'eds2' && result.current.rollUp.graded).toBe(1);
  act(() => result.current?.saveDraft());
  await waitFor(() => expect(result.current?.save.status).toEqual({ kind: 'done', value: 'Saved' }));
  expect(result.current?.saveState).toBe('Saved');
  expect(result.current?.unsaved).toBe(false);
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
  act(() => result.current?.saveDraft());
  await waitFor(() => expect(result.current?.save.status.kind).toBe('failed'));
  expect(result.current?.saveState).toMatch(/^Not saved — You do not have permission/);
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

test('a draft saves itself once changes stop, and changes typed while it saves are kept and saved next', async () => {
  const storage = memoryPlanStorage({ edsReviews: [draft] });
  // The first save waits until the test lets it go, so a change can be typed while it runs.
  const release = { go: (): void => undefined };
  const held = new Promise<void>((resolve) => (release.go = resolve));
  const saveReview = storage.eds.saveReview.bind(storage.eds);
  const slow: PlanStorage = { ...storage, eds: { ...storage.eds, saveReview: (review, eTag) => held.then(() => saveReview(review, eTag)) } };
  const { result } = await renderReview(slow);
  act(() => result.current?.grade('3.1', 'Developing'));
  await waitFor(() => expect(result.current?.saveState).toBe('Saving…'), { timeout: AUTOSAVE_DELAY_MS * 3 });
  act(() => result.current?.grade('1.1', 'Achieving'));
  release.go();
  await waitFor(() => expect(result.current?.unsaved).toBe(false), { timeout: AUTOSAVE_DELAY_MS * 4 });
  expect((await storage.load()).edsReviews[0]?.value.outcomes.map((outcome) => outcome.outcomeId)).toEqual(['1.1', '3.1']);
  expect(result.current?.saveState).toBe('Saved');
});

test('partners are added and removed once for the review', async () => {
  const { result } = await renderReview(memoryPlanStorage({ edsReviews: [draft] }));
  act(() => result.current?.addPerson({ name: 'Jo Bloggs', role: 'Chair' }));
  act(() => result.current?.addOrganisation('Demo Healthwatch'));
  act(() => result.current?.addOrganisation('Carers Forum'));
  act(() => result.current?.removeOrganisation('Demo Healthwatch'));
  expect(result.current?.review.partners).toEqual({ organisations: ['Carers Forum'], people: [{ name: 'Jo Bloggs', role: 'Chair' }] });
  act(() => result.current?.removePerson(0));
  expect(result.current?.review.partners.people).toEqual([]);
});

test('"Mark as agreed" on an incomplete review names what is missing and saves nothing; a complete one asks first, then agrees', async () => {
  const storage = memoryPlanStorage({ edsReviews: [{ ...draft, reviewDate: '2026-11-20' }] });
  const { result } = await renderReview(storage);
  act(() => result.current?.markAgreed());
  expect(result.current?.refusal?.missing).toBe(
    `Not graded: ${outcomesOf('eds2')
      .map((outcome) => outcome.id)
      .join(', ')}.`,
  );
  expect(result.current?.confirming).toBeUndefined();
  for (const outcome of outcomesOf('eds2')) {
    act(() => result.current?.grade(outcome.id, 'Achieving'));
    act(() => result.current?.evidence(outcome.id, 'Audit'));
    act(() => result.current?.agreedBy(outcome.id, ['Demo Healthwatch']));
  }
  act(() => result.current?.markAgreed());
  expect(result.current?.refusal).toBeUndefined();
  expect(result.current?.confirming).toBe(
    'Mark the 2026 EDS2 review as agreed? It will be the review the dashboard and board report show, and it is then kept as a record: changing it means reopening it with a reason.',
  );
  act(() => result.current?.cancelAgreed());
  expect(result.current?.confirming).toBeUndefined();
  act(() => result.current?.markAgreed());
  act(() => result.current?.confirmAgreed());
  await waitFor(() => expect(result.current?.locked).toBe(true));
  expect(result.current?.save.status).toEqual({ kind: 'done', value: 'The review is agreed.' });
  expect((await storage.load()).edsReviews[0]?.value).toMatchObject({ status: 'Agreed', outcomes: outcomesOf('eds2').map(() => ({ grade: 'Achieving' })) });
});

test('the review date is set and cleared on the page, and agreeing without one is refused', async () => {
  const { result } = await renderReview(memoryPlanStorage({ edsReviews: [draft] }));
  act(() => result.current?.setReviewDate('2026-11-20'));
  expect(result.current?.review.reviewDate).toBe('2026-11-20');
  act(() => result.current?.setReviewDate(undefined));
  expect(result.current?.review).not.toHaveProperty('reviewDate');
  act(() => result.current?.markAgreed());
  expect(result.current?.refusal?.missing).toMatch(/; no review date\.$/);
});
