import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { ForbiddenError, type PlanStorage } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { PEOPLE, makeAction } from './build';
import { exampleYear } from '../reports/downloads';
import { renderActions } from './render-actions';

/** Single-choice dropdowns list options; Fluent's multi-select ones list checkable menu items. */
async function choose(user: UserEvent, combobox: string, ...options: (string | RegExp)[]): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: combobox }));
  for (const option of options) await user.click(screen.queryByRole('option', { name: option }) ?? screen.getByRole('menuitemcheckbox', { name: option }));
  await user.keyboard('{Escape}');
}

async function pickOwner(user: UserEvent, text: string, name: string): Promise<void> {
  await user.type(screen.getByRole('combobox', { name: 'Owner' }), text);
  await user.click(await screen.findByRole('option', { name: new RegExp(name) }));
}

// Failed drafts are kept in sessionStorage, which lives as long as this file's jsdom window.
beforeEach(() => sessionStorage.clear());

async function fillForm(user: UserEvent): Promise<void> {
  await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Diverse interview panels');
  await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Every panel at 8a and above');
  await choose(user, 'Linked indicators', '2 · Appointment from shortlisting');
  await choose(user, 'Linked EDS outcomes', /^3\.1 · Fair NHS recruitment/);
  await pickOwner(user, 'Tom', 'Tom Hughes');
  fireEvent.change(screen.getByLabelText(/^Due date/), { target: { value: '2027-04-15' } });
  await choose(user, 'Priority', 'High');
  await user.type(screen.getByRole('textbox', { name: 'Measure of success' }), 'Share of panels with a BME member');
  await user.type(screen.getByRole('textbox', { name: 'Baseline' }), '38%');
  await user.type(screen.getByRole('textbox', { name: 'Target' }), '90%');
}

test('the form has exactly the agreed fields, and a Save button', async () => {
  await renderActions({ path: '/actions/new' });
  expect(screen.getByRole('heading', { level: 1, name: 'New action' })).toBeInTheDocument();
  for (const name of ['Title', 'Description', 'Measure of success', 'Baseline', 'Target']) expect(screen.getByRole('textbox', { name })).toBeInTheDocument();
  for (const name of ['Linked indicators', 'Linked EDS outcomes', 'Owner', 'Status', 'Priority'])
    expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
  // A text field read day first (not the browser's own date input, which follows its locale), with a calendar to open.
  expect(screen.getByRole('combobox', { name: /^Due date/ })).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  expect(screen.getByRole('combobox', { name: /^Due date/ })).toHaveAttribute('aria-haspopup', 'dialog');
  expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
});

test('saving an empty form puts each message on its own field and moves focus to the first', async () => {
  const user = userEvent.setup();
  await renderActions({ path: '/actions/new' });
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const title = screen.getByRole('textbox', { name: 'Title' });
  expect(title).toHaveAttribute('aria-invalid', 'true');
  expect(title).toHaveAccessibleDescription('Enter a title.');
  expect(title).toHaveFocus();
  expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveAccessibleDescription(expect.stringContaining('Choose an owner from the directory.'));
  expect(screen.getByLabelText(/^Due date/)).toHaveAccessibleDescription(expect.stringContaining('Enter a due date.'));
  expect(screen.getByRole('textbox', { name: 'Measure of success' })).toHaveAccessibleDescription(
    expect.stringContaining('Say how you will know the action has worked.'),
  );
  expect(screen.getByRole('textbox', { name: 'Baseline' })).not.toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByText('4 fields need attention. The message is on each field.')).toBeInTheDocument();
  await user.type(title, 'Panels');
  expect(title).not.toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByText('3 fields need attention. The message is on each field.')).toBeInTheDocument();
});

test('the owner picker searches the directory after a pause, saying so, and says when no one is found', async () => {
  const user = userEvent.setup();
  const search = jest.fn((text: string) => Promise.resolve(PEOPLE.filter((person) => person.displayName.toLowerCase().includes(text.toLowerCase()))));
  const storage = memoryPlanStorage({ people: PEOPLE });
  storage.people.search = search;
  await renderActions({ storage, path: '/actions/new' });
  const owner = screen.getByRole('combobox', { name: 'Owner' });
  await user.type(owner, 'a');
  expect(screen.getByText('Type at least two letters of a name or email address.')).toBeInTheDocument();
  await user.type(owner, 'm');
  expect(screen.getByText('Searching…')).toBeInTheDocument();
  expect(await screen.findByRole('option', { name: /Amara Okafor/ })).toBeInTheDocument();
  expect(screen.getByText('1 person found')).toBeInTheDocument();
  // One search for "am", none for the single letter.
  expect(search.mock.calls).toEqual([['am']]);
  await user.click(screen.getByRole('option', { name: /Amara Okafor/ }));
  expect(owner).toHaveValue('Amara Okafor');
  expect(screen.getByText('Amara Okafor, amara@demo-trust.example')).toBeInTheDocument();
  await user.clear(owner);
  await user.type(owner, 'zz');
  expect(await screen.findByText('No one found')).toBeInTheDocument();
});

test('the plan year follows the due date', async () => {
  await renderActions({ path: '/actions/new' });
  fireEvent.change(screen.getByLabelText(/^Due date/), { target: { value: '2027-03-31' } });
  expect(screen.getByText('Plan year 2026/27')).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText(/^Due date/), { target: { value: '2027-04-01' } });
  expect(screen.getByText('Plan year 2027/28')).toBeInTheDocument();
});

test('a due date typed as digits is read day first and shown back as dd/mm/yyyy with its plan year', async () => {
  const user = userEvent.setup();
  await renderActions({ path: '/actions/new' });
  const due = screen.getByRole('combobox', { name: /^Due date/ });
  await user.type(due, '15092027');
  await user.tab();
  await waitFor(() => expect(due).toHaveValue('15/09/2027'));
  expect(screen.getByText('Plan year 2027/28')).toBeInTheDocument();
});

test('an impossible due date stays as typed, is refused with a message on the field, and nothing is saved', async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage({ people: PEOPLE });
  await renderActions({ storage, path: '/actions/new' });
  await fillForm(user);
  const due = screen.getByRole('combobox', { name: /^Due date/ });
  await user.clear(due);
  await user.type(due, '31/02/2027');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('One field needs attention. The message is on each field.')).toBeInTheDocument();
  expect(due).toHaveValue('31/02/2027');
  expect(due).toHaveAttribute('aria-invalid', 'true');
  expect(due).toHaveAccessibleDescription(expect.stringContaining('Due date: 31/02/2027 is not a date (February 2027 has 28 days).'));
  expect(due).toHaveFocus();
  expect((await storage.load()).actions).toHaveLength(0);
});

test("a due date before the plan's first WRES year is refused, naming the day the plan began", async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage({ people: PEOPLE, wresYears: [exampleYear({ year: 2024 })] });
  await renderActions({ storage, path: '/actions/new' });
  await fillForm(user);
  const due = screen.getByRole('combobox', { name: /^Due date/ });
  await user.clear(due);
  await user.type(due, '31/03/2024');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() =>
    expect(due).toHaveAccessibleDescription(expect.stringContaining('Due date: 31/03/2024 is before the plan began on 01/04/2024. Choose a later date.')),
  );
  expect((await storage.load()).actions).toHaveLength(0);
});

test('a saved action appears in the list at once, then is stored with every value', async () => {
  const user = userEvent.setup();
  const existing = makeAction({ title: 'Already there' });
  const storage = memoryPlanStorage({ actions: [existing], people: PEOPLE });
  const create = storage.actions.create;
  const held: (() => void)[] = [];
  const release = () => held.forEach((go) => go());
  storage.actions.create = (action) => new Promise((resolve) => held.push(() => resolve(create(action))));
  const { history } = await renderActions({ storage, path: '/actions/new' });
  await fillForm(user);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  // Shown before the store has answered.
  expect(await screen.findByRole('link', { name: 'Diverse interview panels' })).toBeInTheDocument();
  expect(screen.getByText('Saving…')).toBeInTheDocument();
  expect(history.at(-1)).toBe('/actions/');
  release();
  expect(await screen.findByText('“Diverse interview panels” was saved.')).toBeInTheDocument();
  expect(screen.queryByText('Saving…')).not.toBeInTheDocument();
  const saved = (await storage.load()).actions.find((item) => item.value.title === 'Diverse interview panels')?.value;
  expect(saved).toMatchObject({
    description: 'Every panel at 8a and above',
    indicators: ['2'],
    edsOutcomes: ['3.1'],
    owner: { id: 'tom-id', name: 'Tom Hughes', email: 'tom@demo-trust.example' },
    dueDate: '2027-04-15',
    planYear: '2027/28',
    status: 'Not started',
    priority: 'High',
    measureOfSuccess: 'Share of panels with a BME member',
    baseline: '38%',
    target: '90%',
  });
  expect(saved?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(within(screen.getByRole('grid', { name: 'Actions' })).getAllByRole('link')).toHaveLength(2);
});

test('a failed save is rolled back from the list and kept as a named draft, which Edit brings back with what was typed and why', async () => {
  const user = userEvent.setup();
  const storage: PlanStorage = memoryPlanStorage({ people: PEOPLE });
  storage.actions.create = () => Promise.reject(new ForbiddenError('Access denied.'));
  await renderActions({ storage, path: '/actions/new' });
  await fillForm(user);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('“Diverse interview panels” was not saved.')).toBeInTheDocument();
  expect(screen.getByText(/“Diverse interview panels” was not saved: You do not have permission to change the plan/)).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Diverse interview panels' })).not.toBeInTheDocument();
  expect((await storage.load()).actions).toHaveLength(0);
  await user.click(screen.getByRole('button', { name: 'Edit “Diverse interview panels”' }));
  expect(await screen.findByText(/What you typed is kept below/)).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Diverse interview panels');
  expect(screen.getByRole('textbox', { name: 'Target' })).toHaveValue('90%');
  expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveValue('Tom Hughes');
  expect(screen.getByLabelText(/^Due date/)).toHaveValue('2027-04-15');
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(await screen.findByText('There are no actions yet')).toBeInTheDocument();
  expect(screen.getByText('“Diverse interview panels” was not saved.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Discard “Diverse interview panels”' }));
  expect(screen.queryByText('“Diverse interview panels” was not saved.')).not.toBeInTheDocument();
});

test('starting the next action while the first save fails keeps the first draft, and Retry saves it under its own id', async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage({ people: PEOPLE });
  const realCreate = storage.actions.create;
  let failFirst: ((error: Error) => void) | undefined;
  storage.actions.create = (action) =>
    failFirst === undefined && action.title === 'Diverse interview panels'
      ? new Promise((_, reject) => {
          failFirst = reject;
        })
      : realCreate(action);
  await renderActions({ storage, path: '/actions/new' });
  await fillForm(user);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await user.click(await screen.findByRole('button', { name: 'New action' }));
  await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Reverse mentoring');
  failFirst?.(new Error('The network connection was lost.'));
  expect(await screen.findByText('“Diverse interview panels” was not saved.')).toBeInTheDocument();
  // The form being typed in is left as it is.
  expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Reverse mentoring');
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  const firstId = JSON.parse(sessionStorage.getItem('race-equality-plan:unsaved-actions') ?? '[]')[0]?.action?.id as string;
  expect(firstId).toMatch(/^[0-9a-f-]{36}$/);
  await user.click(await screen.findByRole('button', { name: 'Retry saving “Diverse interview panels”' }));
  expect(await screen.findByText('“Diverse interview panels” was saved.')).toBeInTheDocument();
  expect((await storage.load()).actions.map((action) => action.value.id)).toEqual([firstId]);
  expect(screen.queryByText('Not saved yet')).not.toBeInTheDocument();
  expect(sessionStorage.getItem('race-equality-plan:unsaved-actions')).toBeNull();
});

test('a reader gets no form', async () => {
  await renderActions({ path: '/actions/new', canEdit: false });
  expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  expect(screen.getByText(/You can read the plan but not change it/)).toBeInTheDocument();
});

test('"Create action" from an indicator or an EDS outcome starts the form linked to it; an unknown one is left out', async () => {
  const first = await renderActions({ path: '/actions/new?indicator=2' });
  expect(screen.getByRole('combobox', { name: 'Linked indicators' })).toHaveTextContent(/^2$/);
  expect(screen.getByRole('combobox', { name: 'Linked EDS outcomes' })).toHaveTextContent('Choose');
  first.unmount();
  const second = await renderActions({ path: '/actions/new?eds=3.4' });
  expect(screen.getByRole('combobox', { name: 'Linked EDS outcomes' })).toHaveTextContent(/^3\.4$/);
  expect(screen.getByRole('combobox', { name: 'Linked indicators' })).toHaveTextContent('Choose indicators');
  second.unmount();
  await renderActions({ path: '/actions/new?indicator=12&eds=%3Cscript%3E' });
  expect(screen.getByRole('combobox', { name: 'Linked indicators' })).toHaveTextContent('Choose indicators');
  expect(screen.getByRole('combobox', { name: 'Linked EDS outcomes' })).toHaveTextContent('Choose');
});
