import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EDS2_OUTCOMES, type EdsReview } from '../../../src/domain/eds';
import { EdsPage } from '../../../src/features/eds/eds-page';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';

const agreed: EdsReview = {
  id: 'eds2-2024',
  framework: 'eds2',
  year: 2024,
  status: 'Agreed',
  partners: { organisations: ['Demo Healthwatch'], people: [] },
  characteristics: ['Race'],
  otherGroups: [],
  outcomes: EDS2_OUTCOMES.slice(0, 3).map((outcome) => ({
    outcomeId: outcome.id,
    grade: 'Achieving',
    evidence: [{ title: 'Audit' }],
    agreedBy: ['Demo Healthwatch'],
  })),
};

test('past reviews are listed, and an agreed review is read-only', async () => {
  const user = userEvent.setup();
  await renderWithPlan(<EdsPage />, { storage: memoryPlanStorage({ edsReviews: [agreed] }) });
  const table = screen.getByRole('table', { name: 'EDS reviews' });
  expect(within(table).getByText('3 of 18')).toBeInTheDocument();
  await user.click(within(table).getByRole('link', { name: 'EDS2 review 2024' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'EDS2 review 2024' })).toBeInTheDocument();
  expect(screen.getByText(/kept as a record, and is changed only by reopening it with a reason/)).toBeInTheDocument();
  expect(screen.queryByRole('combobox', { name: /Grade for outcome/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Save review' })).not.toBeInTheDocument();
});

test('a review is started with its partners and graded outcome by outcome; agreeing it while outcomes are ungraded is refused, naming them', async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage({ settings: { edsFramework: 'eds2' } });
  await renderWithPlan(<EdsPage />, { storage, path: '/new' });
  await user.type(screen.getByRole('textbox', { name: /Partner organisations/ }), 'Demo Healthwatch');
  await user.type(screen.getByRole('textbox', { name: /People taking part/ }), 'Chair, BME staff network');
  await user.click(screen.getByRole('checkbox', { name: 'Disability' }));
  await user.click(screen.getByRole('button', { name: 'Start review' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'EDS2 review 2026' })).toBeInTheDocument();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Grade for outcome 3.1' }), 'Developing');
  await user.type(screen.getByRole('textbox', { name: 'Evidence for outcome 3.1' }), 'Recruitment audit');
  const rollUp = screen.getByRole('table', { name: 'Roll-up by goal' });
  expect(within(rollUp).getByRole('row', { name: /All goals/ })).toHaveTextContent('1 of 18');
  await user.click(within(screen.getByRole('group', { name: 'Agreed by, for outcome 3.1' })).getByRole('checkbox', { name: 'Demo Healthwatch' }));
  await user.click(screen.getByRole('button', { name: 'Save review' }));
  expect(await screen.findByText('Saved')).toBeInTheDocument();

  const saved = (await storage.load()).edsReviews[0]?.value;
  expect(saved).toMatchObject({
    status: 'Draft',
    partners: { organisations: ['Demo Healthwatch'], people: [{ name: 'Chair', role: 'BME staff network' }] },
    characteristics: ['Race', 'Disability'],
    outcomes: [{ outcomeId: '3.1', grade: 'Developing', evidence: [{ title: 'Recruitment audit' }], agreedBy: ['Demo Healthwatch'] }],
  });
  await user.click(screen.getByRole('button', { name: 'Mark as agreed' }));
  const refusal = await screen.findByRole('alert');
  expect(refusal).toHaveTextContent('The review cannot be agreed yet');
  expect(refusal).toHaveTextContent('Not graded: 1.1, 1.2, 1.3, 1.4, 1.5, 2.1');
  expect(refusal).toHaveFocus();
  expect((await storage.load()).edsReviews[0]?.value.status).toBe('Draft');
});

test('partners added once on the review are offered under each outcome, and an earlier name can still be removed', async () => {
  const user = userEvent.setup();
  const draft: EdsReview = {
    ...agreed,
    status: 'Draft',
    outcomes: [{ outcomeId: '1.1', grade: 'Achieving', evidence: [], agreedBy: ['Old Partner'] }],
  };
  const storage = memoryPlanStorage({ edsReviews: [draft] });
  await renderWithPlan(<EdsPage />, { storage, path: '/eds2-2024' });
  const date = await screen.findByRole('combobox', { name: /Review date/ });
  await user.type(date, '20/11/2026');
  await user.type(screen.getByRole('textbox', { name: "Person's name" }), 'Jo Bloggs');
  await user.type(screen.getByRole('textbox', { name: 'Role' }), 'Chair{Enter}');
  expect(within(screen.getByRole('list', { name: 'People taking part' })).getByText('Jo Bloggs (Chair)')).toBeInTheDocument();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Grade for outcome 3.4' }), 'Developing');
  const agreedBy = screen.getByRole('group', { name: 'Agreed by, for outcome 3.4' });
  expect(
    within(agreedBy)
      .getAllByRole('checkbox')
      .map((box) => box.closest('span')?.textContent),
  ).toEqual(['Jo Bloggs (Chair)', 'Demo Healthwatch']);
  await user.click(within(agreedBy).getByRole('checkbox', { name: 'Jo Bloggs (Chair)' }));
  const earlier = within(screen.getByRole('group', { name: 'Agreed by, for outcome 1.1' })).getByRole('checkbox', {
    name: 'Old Partner (no longer a partner)',
  });
  expect(earlier).toBeChecked();
  await user.click(earlier);
  await user.click(screen.getByRole('button', { name: 'Save review' }));
  await waitFor(async () => expect((await storage.load()).edsReviews[0]?.value.reviewDate).toBe('2026-11-20'));
  await waitFor(async () =>
    expect((await storage.load()).edsReviews[0]?.value.outcomes).toMatchObject([
      { outcomeId: '1.1', agreedBy: [] },
      { outcomeId: '3.4', agreedBy: ['Jo Bloggs'] },
    ]),
  );
});

test('a reader cannot start a review', async () => {
  await renderWithPlan(<EdsPage />, { storage: memoryPlanStorage({ edsReviews: [agreed] }), canEdit: false });
  expect(screen.queryByRole('button', { name: 'Start a review' })).not.toBeInTheDocument();
});

test('a review someone else saved first says so and offers to reload theirs, keeping the grades typed until then', async () => {
  const user = userEvent.setup();
  const draft: EdsReview = { ...agreed, status: 'Draft', outcomes: [] };
  const storage = memoryPlanStorage({ edsReviews: [draft] });
  await renderWithPlan(<EdsPage />, { storage, path: '/eds2-2024' });
  const theirs = (await storage.load()).edsReviews[0];
  await storage.eds.saveReview({ ...draft, outcomes: [{ outcomeId: '1.1', grade: 'Excelling', evidence: [], agreedBy: [] }] }, theirs?.eTag);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Grade for outcome 3.1' }), 'Developing');
  await user.click(screen.getByRole('button', { name: 'Save review' }));
  const warning = await screen.findByRole('alert');
  expect(warning).toHaveTextContent('Someone else saved this review since you opened it');
  expect(warning).toHaveTextContent('Your grades are still here. Reload to see theirs, then grade again.');
  expect(screen.getByRole('combobox', { name: 'Grade for outcome 3.1' })).toHaveValue('Developing');

  await user.click(within(warning).getByRole('button', { name: 'Reload' }));
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Grade for outcome 1.1' })).toHaveValue('Excelling'));
  expect(screen.getByRole('combobox', { name: 'Grade for outcome 3.1' })).toHaveValue('');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('a review that could not be started says why, and the form stays', async () => {
  const user = userEvent.setup();
  await renderWithPlan(<EdsPage />, { storage: memoryPlanStorage({ settings: { edsFramework: 'eds2' }, readOnly: true }), path: '/new' });
  await user.type(screen.getByRole('textbox', { name: /Partner organisations/ }), 'Demo Healthwatch');
  await user.click(screen.getByRole('button', { name: 'Start review' }));
  const failure = await screen.findByRole('alert');
  expect(failure).toHaveTextContent('The review was not started');
  expect(failure).toHaveTextContent('You do not have permission to change the plan.');
  expect(screen.getByRole('textbox', { name: /Partner organisations/ })).toHaveValue('Demo Healthwatch');
});

test('each outcome of a review offers "Create action", linked to that outcome, to people who may edit the plan (even once agreed)', async () => {
  const view = await renderWithPlan(<EdsPage />, { storage: memoryPlanStorage({ edsReviews: [agreed] }), path: '/eds2-2024' });
  const link = await screen.findByRole('link', { name: 'Create action for EDS outcome 3.4' });
  expect(link).toHaveAttribute('href', '/actions/new?eds=3.4');
  expect(screen.getAllByRole('link', { name: /^Create action for EDS outcome / })).toHaveLength(EDS2_OUTCOMES.length);
  view.unmount();
  await renderWithPlan(<EdsPage />, { storage: memoryPlanStorage({ edsReviews: [agreed] }), path: '/eds2-2024', canEdit: false });
  expect(await screen.findByRole('heading', { level: 1, name: 'EDS2 review 2024' })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: /^Create action/ })).not.toBeInTheDocument();
});
