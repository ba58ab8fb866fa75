import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { PlanDataProvider, usePlanData } from '../../../src/app/plan-data';
import type { CaseStudy } from '../../../src/domain/practice';
import { adoptedActionId, useCaseStudyPage } from '../../../src/features/practice/use-case-study-page';
import { useLibrary } from '../../../src/features/practice/use-library';
import { useShareCaseStudyPage } from '../../../src/features/practice/use-share-case-study-page';
import { InvalidError, type PlanStorage, type PracticeLibrary } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { memoryPracticeLibrary } from '../../support/memory-practice-library';
import { TEST_USER } from '../../support/render-with-plan';

const panels: CaseStudy = {
  id: 'cs-panels',
  title: 'Diverse interview panels',
  problem: 'BME applicants were less likely to be appointed.',
  whatWasDone: 'Trained panel members from staff networks.',
  impact: 'Relative likelihood fell from 1.61 to 1.22.',
  measures: [{ indicator: '2', before: 1.61, after: 1.22 }],
  indicators: ['2'],
  edsOutcomes: ['3.1'],
  organisation: { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Acute trust', region: 'London' },
  links: [],
  publishedOn: '2026-10-01',
};
const settings = { organisationName: 'Demo NHS Trust', odsCode: 'rxx' };
const submitted = { preventDefault: () => undefined };

/** Renders a practice hook over a plan and a library in memory; `history` records where it navigated. */
function renderPractice<T>(hook: () => T, { storage, library }: { storage: PlanStorage; library?: PracticeLibrary }) {
  const location = memoryLocation({ path: '/', record: true });
  const wrapper = ({ children }: { children: ReactNode }) => (
    // oxlint-disable-next-line react/hooks -- wouter's documented API takes the location hook as a prop.
    <Router hook={location.hook} searchHook={location.searchHook}>
      <PlanDataProvider
        storage={storage}
        user={TEST_USER}
        canEdit
        clock={() => new Date('2026-11-26T09:00:00Z')}
        openLibrary={() => (library ? Promise.resolve(library) : Promise.reject(new Error('No library in this test.')))}
        subscribeRetries={() => () => undefined}
      >
        {children}
      </PlanDataProvider>
    </Router>
  );
  return { ...renderHook(hook, { wrapper }), history: location.history ?? [] };
}

test('the library is read once it opens, and a library that cannot be opened says why', async () => {
  const opened = renderPractice(() => useLibrary(), { storage: memoryPlanStorage(), library: memoryPracticeLibrary([panels]) });
  expect(opened.result.current.status).toBe('loading');
  await waitFor(() => expect(opened.result.current.status).toBe('ready'));
  expect(opened.result.current.entries.map((entry) => entry.value.caseStudy.id)).toEqual(['cs-panels']);

  const missing = renderPractice(() => useLibrary(), { storage: memoryPlanStorage() });
  await waitFor(() => expect(missing.result.current.status).toBe('failed'));
  expect(missing.result.current.error).toBe('No library in this test.');
  expect(missing.result.current.entries).toEqual([]);
});

test("an adoption whose count fails is in the plan all the same, and says the count will be retried; the trust's own case study may be withdrawn", async () => {
  const storage = memoryPlanStorage({ settings });
  const library = { ...memoryPracticeLibrary([panels]), recordAdoption: () => Promise.reject(new Error('The hub is busy.')) };
  const { result, history } = renderPractice(() => useCaseStudyPage('cs-panels'), { storage, library });
  await waitFor(() => expect(result.current.entry?.caseStudy.id).toBe('cs-panels'));
  expect(result.current.ours).toBe(true);
  expect(result.current.alreadyAdopted).toBe(false);

  await act(async () => {
    await result.current.adoption.run();
  });
  expect(result.current.adoption.status).toEqual({ kind: 'done', value: { actionId: adoptedActionId('cs-panels'), countPending: 'The hub is busy.' } });
  expect((await storage.load()).actions.map((action) => action.value.id)).toEqual([adoptedActionId('cs-panels')]);
  await waitFor(() => expect(result.current.alreadyAdopted).toBe(true));

  act(() => result.current.setConfirming(true));
  act(() => result.current.withdraw());
  await waitFor(() => expect(history.at(-1)).toBe('/'));
  expect(result.current.confirming).toBe(false);
  expect(await library.list()).toEqual([]);
});

test("a published case study's draft fails its checks on the fields, and a value the library refuses is put on its field", async () => {
  const library = {
    ...memoryPracticeLibrary(),
    publish: () => Promise.reject(new InvalidError('The case study was refused.', { 'links[0].url': 'is not an address the hub links to' })),
  };
  // The page opens the form once the plan has loaded; so does the test.
  const form = renderPractice(() => ({ share: useShareCaseStudyPage(undefined, panels.organisation), plan: usePlanData() }), {
    storage: memoryPlanStorage({ settings }),
    library,
  });
  await waitFor(() => expect(form.result.current.plan.status).toBe('ready'));
  const { history } = form;
  const result = {
    get current() {
      return form.result.current.share;
    },
  };

  act(() => result.current.submit(submitted));
  await waitFor(() => expect(result.current.publication.status).toMatchObject({ kind: 'failed', message: 'Check the fields marked above.' }));
  expect(Object.keys(result.current.errors).toSorted()).toEqual(['impact', 'problem', 'title', 'whatWasDone']);

  act(() => {
    result.current.set('title', 'Panels');
    result.current.set('problem', 'Appointments');
    result.current.set('whatWasDone', 'Panels');
    result.current.set('impact', 'Fewer gaps');
    result.current.set('links', 'Toolkit | https://example.nhs.uk/toolkit');
  });
  act(() => result.current.submit(submitted));
  await waitFor(() => expect(result.current.errors).toEqual({ links: 'is not an address the hub links to' }));
  expect(result.current.publication.status).toMatchObject({
    kind: 'failed',
    message: 'The good-practice library refused a value: The case study was refused. links[0].url: is not an address the hub links to',
  });
  expect(history).toEqual(['/']);
});
