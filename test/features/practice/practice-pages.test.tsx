import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Action } from '../../../src/domain/plan';
import type { CaseStudy } from '../../../src/domain/practice';
import { PracticePage } from '../../../src/features/practice/practice-page';
import { filterLibrary, NO_FILTER } from '../../../src/features/practice/library-filters';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { memoryPracticeLibrary } from '../../support/memory-practice-library';
import { renderWithPlan } from '../../support/render-with-plan';

const panels: CaseStudy = {
  id: 'cs-panels',
  title: 'Diverse interview panels',
  problem: 'BME applicants were less likely to be appointed.',
  whatWasDone: 'Trained panel members from staff networks.',
  impact: 'Relative likelihood fell from 1.61 to 1.22.',
  measures: [{ indicator: '2', before: 1.61, after: 1.22 }],
  indicators: ['2'],
  edsOutcomes: ['3.1'],
  organisation: { name: 'Second Demo Trust', odsCode: 'RYY', type: 'Mental health trust', region: 'North West' },
  links: [],
  publishedOn: '2026-10-01',
};
const civility: CaseStudy = {
  ...panels,
  id: 'cs-civility',
  title: 'Civility toolkit for teams',
  problem: 'Harassment from colleagues',
  indicators: ['6'],
  edsOutcomes: ['3.4'],
  organisation: { ...panels.organisation, region: 'London', type: 'Acute trust' },
};

const completed: Action = {
  id: 'a-done',
  title: 'Reverse mentoring for the executive team',
  description: 'BME staff mentor executive directors.',
  indicators: ['4', '9'],
  edsOutcomes: ['4.1'],
  owner: { id: 'owner-1', name: 'Tom Hughes', email: 'tom.hughes@demo-trust.example' },
  dueDate: '2026-09-30',
  status: 'Completed',
  priority: 'Medium',
  measureOfSuccess: 'Pairs completing the programme',
  baseline: '0 pairs',
  target: '12 pairs',
  planYear: '2026/27',
  completedOn: '2026-09-20',
  progressUpdates: [{ at: '2026-09-20T09:00:00Z', authorId: 'owner-1', authorName: 'Tom Hughes', note: 'Internal note about pair 3' }],
};
/** A plan whose Settings name the organisation, its type and its region: what sharing needs. */
const SETTINGS = { organisationName: 'Demo NHS Trust', odsCode: 'RXX', organisationType: 'Community trust', region: 'Midlands' };

test('the library filters by indicator, EDS outcome, organisation type and region, and searches the text', () => {
  const entries = [panels, civility].map((caseStudy) => ({ value: { caseStudy, adoptions: 0 } }));
  expect(filterLibrary(entries, { ...NO_FILTER, indicator: '2' }).map((e) => e.value.caseStudy.id)).toEqual(['cs-panels']);
  expect(filterLibrary(entries, { ...NO_FILTER, edsOutcome: '3.4' }).map((e) => e.value.caseStudy.id)).toEqual(['cs-civility']);
  expect(filterLibrary(entries, { ...NO_FILTER, organisationType: 'Mental health trust' }).map((e) => e.value.caseStudy.id)).toEqual(['cs-panels']);
  expect(filterLibrary(entries, { ...NO_FILTER, region: 'London' }).map((e) => e.value.caseStudy.id)).toEqual(['cs-civility']);
  expect(filterLibrary(entries, { ...NO_FILTER, text: 'HARASSMENT colleagues' }).map((e) => e.value.caseStudy.id)).toEqual(['cs-civility']);
  expect(filterLibrary(entries, NO_FILTER)).toHaveLength(2);
});

test('a leader finds a case study, reads it, and adopts it into their plan; the library counts the adoption', async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage();
  const library = memoryPracticeLibrary([panels, civility]);
  await renderWithPlan(<PracticePage />, { storage, library });
  const cards = await screen.findByRole('list', { name: 'Case studies' });
  expect(within(cards).getAllByRole('listitem')).toHaveLength(2);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Indicator' }), '2');
  expect(within(cards).getAllByRole('listitem')).toHaveLength(1);
  await user.click(within(cards).getByRole('link', { name: 'Diverse interview panels' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Diverse interview panels' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Adopt' }));
  expect(await screen.findByText(/Added to your plan as a new action/)).toBeInTheDocument();
  const adopted = (await storage.load()).actions.map((action) => action.value);
  expect(adopted).toEqual([
    expect.objectContaining({ title: 'Diverse interview panels', status: 'Not started', indicators: ['2'], edsOutcomes: ['3.1'], dueDate: '2027-02-24' }),
  ]);
  expect((await library.list()).find((entry) => entry.value.caseStudy.id === 'cs-panels')?.value.adoptions).toBe(1);
});

test('a completed action becomes a published case study without its internal notes or owner', async () => {
  const user = userEvent.setup();
  const library = memoryPracticeLibrary();
  await renderWithPlan(<PracticePage />, {
    storage: memoryPlanStorage({ actions: [completed], settings: SETTINGS }),
    library,
    path: '/new?from=a-done',
  });
  expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('Reverse mentoring for the executive team');
  expect(screen.getByRole('checkbox', { name: 'Indicator 9' })).toBeChecked();
  await user.type(screen.getByRole('textbox', { name: /The problem/ }), ' Few BME staff reached the board.');
  await user.click(screen.getByRole('button', { name: 'Publish' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Reverse mentoring for the executive team' })).toBeInTheDocument();
  const [published] = library.published;
  expect(published).toMatchObject({
    sourceActionId: 'a-done',
    indicators: ['4', '9'],
    organisation: { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Community trust', region: 'Midlands' },
  });
  const text = JSON.stringify(published);
  for (const internal of ['Tom Hughes', 'owner-1', 'pair 3']) expect(text).not.toContain(internal);
});

test('until Settings give the organisation type and region, the share page says so, links to Settings and offers no Publish', async () => {
  const library = memoryPracticeLibrary();
  await renderWithPlan(<PracticePage />, {
    storage: memoryPlanStorage({ actions: [completed], settings: { organisationName: 'Demo NHS Trust', odsCode: 'RXX' } }),
    library,
    path: '/new?from=a-done',
  });
  expect(screen.getByRole('heading', { level: 1, name: 'Share a case study' })).toBeInTheDocument();
  expect(screen.getByText(/Not set yet: organisation type and region\./)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Set them in Settings' })).toHaveAttribute('href', '/settings');
  expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
  expect(library.published).toEqual([]);
});

test('a case study missing its impact is not published, and the field says why', async () => {
  const user = userEvent.setup();
  const library = memoryPracticeLibrary();
  await renderWithPlan(<PracticePage />, {
    library,
    path: '/new',
    storage: memoryPlanStorage({ settings: SETTINGS }),
  });
  await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Panels');
  await user.type(screen.getByRole('textbox', { name: /The problem/ }), 'Appointments');
  await user.type(screen.getByRole('textbox', { name: /What was done/ }), 'Panels');
  await user.click(screen.getByRole('button', { name: 'Publish' }));
  expect(await screen.findByText('Check the fields marked above.')).toBeInTheDocument();
  expect(library.published).toEqual([]);
});

test('when the library cannot be opened, the page says why and offers to try again', async () => {
  await renderWithPlan(<PracticePage />, { storage: memoryPlanStorage() });
  expect(await screen.findByText(/The library could not be opened: No library in this test./)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
});
