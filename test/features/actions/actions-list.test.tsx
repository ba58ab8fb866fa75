import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AMARA, LEAH, TOM, makeAction } from './build';
import { renderActions } from './render-actions';

// "Today" is 26 November 2026.
const panels = makeAction({
  title: 'Diverse interview panels',
  indicators: ['2'],
  edsOutcomes: ['3.1'],
  status: 'At risk',
  owner: AMARA,
  dueDate: '2027-01-10',
  priority: 'High',
});
const adverts = makeAction({
  title: 'De-bias job adverts',
  indicators: ['2'],
  edsOutcomes: ['3.1'],
  status: 'On track',
  owner: TOM,
  dueDate: '2026-11-01',
  priority: 'Low',
});
const mentoring = makeAction({
  title: 'Reverse mentoring',
  indicators: ['9'],
  edsOutcomes: ['4.1'],
  status: 'Off track',
  owner: LEAH,
  dueDate: '2026-11-28',
  priority: 'Medium',
});
const report = makeAction({
  title: 'Board report',
  indicators: ['3'],
  edsOutcomes: ['2B'],
  status: 'Completed',
  completedOn: '2026-10-01',
  owner: LEAH,
  dueDate: '2026-09-30',
  priority: 'Medium',
});
const ACTIONS = [panels, adverts, mentoring, report];

async function sortBy(column: string, user = userEvent.setup()): Promise<void> {
  await user.click(within(screen.getByRole('columnheader', { name: new RegExp(column) })).getByRole('button'));
}

function visibleTitles(): string[] {
  const grid = screen.getByRole('grid', { name: 'Actions' });
  return within(grid)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

test('the list shows every action with its owner, due date and status in words', async () => {
  await renderActions({ actions: ACTIONS });
  expect(screen.getByRole('heading', { level: 1, name: 'Actions' })).toBeInTheDocument();
  expect(visibleTitles()).toEqual(['Board report', 'De-bias job adverts', 'Reverse mentoring', 'Diverse interview panels']);
  const row = screen.getByRole('link', { name: 'Diverse interview panels' }).closest('[role="row"]') as HTMLElement;
  expect(within(row).getByText('Amara Okafor')).toBeInTheDocument();
  expect(within(row).getByText('At risk (amber)')).toBeInTheDocument();
  expect(within(row).getByText('10/01/2027')).toBeInTheDocument();
  const overdueRow = screen.getByRole('link', { name: 'De-bias job adverts' }).closest('[role="row"]') as HTMLElement;
  expect(within(overdueRow).getByText('01/11/2026 (overdue)')).toBeInTheDocument();
  expect(screen.getByText('Showing 4 of 4 actions')).toBeInTheDocument();
});

test('filters come from the address, as the dashboard links them, and combine', async () => {
  await renderActions({ actions: ACTIONS, path: '/actions?indicator=2&state=at-risk' });
  expect(visibleTitles()).toEqual(['Diverse interview panels']);
  expect(screen.getByRole('combobox', { name: 'Indicator' })).toHaveTextContent('2 · Appointment from shortlisting');
  expect(screen.getByRole('combobox', { name: 'Due' })).toHaveTextContent('At risk or off track');
  expect(screen.getByText('Showing 1 of 4 actions')).toBeInTheDocument();
});

test('an EDS outcome link and an overdue link each filter the list', async () => {
  const first = await renderActions({ actions: ACTIONS, path: '/actions?eds=3.1' });
  expect(visibleTitles()).toEqual(['De-bias job adverts', 'Diverse interview panels']);
  first.unmount();
  await renderActions({ actions: ACTIONS, path: '/actions?indicator=2&state=overdue' });
  expect(visibleTitles()).toEqual(['De-bias job adverts']);
});

test('choosing a filter writes it to the address, keeping the others', async () => {
  const user = userEvent.setup();
  const { history } = await renderActions({ actions: ACTIONS, path: '/actions?indicator=2' });
  await user.click(screen.getByRole('combobox', { name: 'Owner' }));
  await user.click(screen.getByRole('option', { name: 'Tom Hughes' }));
  expect(history.at(-1)).toBe('/actions/?indicator=2&owner=tom-id');
  expect(visibleTitles()).toEqual(['De-bias job adverts']);
  await user.click(screen.getByRole('combobox', { name: 'Status' }));
  await user.click(screen.getByRole('option', { name: 'Completed' }));
  expect(history.at(-1)).toBe('/actions/?indicator=2&status=Completed&owner=tom-id');
  expect(screen.getByText('No actions match')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Clear filters and search' }));
  expect(history.at(-1)).toBe('/actions/?');
  expect(visibleTitles()).toHaveLength(4);
});

test('plan year and due filters offer only sensible choices', async () => {
  const user = userEvent.setup();
  const nextYear = makeAction({ title: 'Next year’s work', dueDate: '2027-06-01', planYear: '2027/28' });
  await renderActions({ actions: [...ACTIONS, nextYear] });
  await user.click(screen.getByRole('combobox', { name: 'Plan year' }));
  expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Any year', '2027/28', '2026/27']);
  await user.click(screen.getByRole('option', { name: '2027/28' }));
  expect(visibleTitles()).toEqual(['Next year’s work']);
  await user.click(screen.getByRole('combobox', { name: 'Plan year' }));
  await user.click(screen.getByRole('option', { name: 'Any year' }));
  await user.click(screen.getByRole('combobox', { name: 'Due' }));
  await user.click(screen.getByRole('option', { name: 'Due this month' }));
  expect(visibleTitles()).toEqual(['Reverse mentoring']);
});

test('search matches title, owner and measure words, and is kept in the address', async () => {
  const user = userEvent.setup();
  const { history } = await renderActions({ actions: ACTIONS });
  await user.type(screen.getByRole('searchbox', { name: 'Search actions' }), 'tom');
  expect(visibleTitles()).toEqual(['De-bias job adverts']);
  expect(history.at(-1)).toBe('/actions/?q=tom');
  await user.clear(screen.getByRole('searchbox', { name: 'Search actions' }));
  await user.type(screen.getByRole('searchbox', { name: 'Search actions' }), 'nothing like it');
  expect(screen.getByText('No actions match')).toBeInTheDocument();
  expect(screen.getByText('Showing 0 of 4 actions')).toBeInTheDocument();
});

test('columns sort when their header is chosen, and again to reverse', async () => {
  await renderActions({ actions: ACTIONS });
  await sortBy('Title');
  expect(visibleTitles()).toEqual(['Board report', 'De-bias job adverts', 'Diverse interview panels', 'Reverse mentoring']);
  expect(screen.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
  await sortBy('Title');
  expect(visibleTitles()).toEqual(['Reverse mentoring', 'Diverse interview panels', 'De-bias job adverts', 'Board report']);
  await sortBy('Priority');
  expect(visibleTitles()).toEqual(['Diverse interview panels', 'Board report', 'Reverse mentoring', 'De-bias job adverts']);
  await sortBy('Status');
  expect(visibleTitles()).toEqual(['De-bias job adverts', 'Diverse interview panels', 'Reverse mentoring', 'Board report']);
});

test('the summary counts the actions shown by status, and overdue, in words', async () => {
  const first = await renderActions({ actions: ACTIONS });
  const summary = screen.getByRole('region', { name: 'Summary of 4 actions' });
  const items = within(summary)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
  expect(items).toEqual(['0Not started (grey)', '1On track (green)', '1At risk (amber)', '1Off track (red)', '1Completed (blue)', '1overdue']);
  first.unmount();
  await renderActions({ actions: ACTIONS, path: '/actions?indicator=2' });
  expect(
    within(screen.getByRole('region', { name: 'Summary of 2 actions' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['0Not started (grey)', '1On track (green)', '1At risk (amber)', '0Off track (red)', '0Completed (blue)', '1overdue']);
});

test('a row opens its action with Enter, and its title is a link to it', async () => {
  const user = userEvent.setup();
  const { history } = await renderActions({ actions: ACTIONS });
  expect(screen.getByRole('link', { name: 'Reverse mentoring' })).toHaveAttribute('href', `/actions/${mentoring.id}`);
  const row = screen.getByRole('link', { name: 'Reverse mentoring' }).closest('[role="row"]') as HTMLElement;
  row.focus();
  await user.keyboard('{Enter}');
  expect(history.at(-1)).toBe(`/actions/${mentoring.id}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Reverse mentoring' })).toBeInTheDocument();
});

test('with no actions at all the list says so, and a reader sees no New action button', async () => {
  const first = await renderActions({ actions: [] });
  expect(screen.getByText('There are no actions yet')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'New action' })).toBeInTheDocument();
  first.unmount();
  await renderActions({ actions: ACTIONS, canEdit: false });
  expect(screen.queryByRole('button', { name: 'New action' })).not.toBeInTheDocument();
  expect(visibleTitles()).toHaveLength(4);
});

test("clicking an action's title opens it with one history entry, so Back returns to the list in one step", async () => {
  const user = userEvent.setup();
  const { history } = await renderActions({ actions: ACTIONS, path: '/actions?indicator=9' });
  const before = history.length;
  await user.click(screen.getByRole('link', { name: 'Reverse mentoring' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Reverse mentoring' })).toBeInTheDocument();
  expect(history.slice(before)).toEqual([`/actions/${mentoring.id}`]);
});

test('clicking elsewhere on a row opens its action once', async () => {
  const user = userEvent.setup();
  const { history } = await renderActions({ actions: ACTIONS });
  const before = history.length;
  const row = screen.getByRole('link', { name: 'Reverse mentoring' }).closest('[role="row"]') as HTMLElement;
  await user.click(within(row).getAllByRole('gridcell')[1] as HTMLElement);
  expect(await screen.findByRole('heading', { level: 1, name: 'Reverse mentoring' })).toBeInTheDocument();
  expect(history.slice(before)).toEqual([`/actions/${mentoring.id}`]);
});
