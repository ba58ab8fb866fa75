import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { OfflineError, type HistoryEntry } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { AMARA, PEOPLE, makeAction } from './build';
import { renderActions } from './render-actions';

const LEAH = { id: '8f1c2d3e-0001-4a5b-9c6d-000000000001', name: 'Leah Adeyemi' };

const action = makeAction({
  title: 'Diverse interview panels',
  description: 'Every panel at 8a and above has a BME member.',
  indicators: ['2', '9'],
  edsOutcomes: ['3.1', '2B'],
  owner: AMARA,
  dueDate: '2027-01-15',
  status: 'On track',
  priority: 'High',
  measureOfSuccess: 'Share of panels with a BME member',
  baseline: '38%',
  target: '90%',
});

function setup(options: { canEdit?: boolean; history?: HistoryEntry[] } = {}) {
  const storage = memoryPlanStorage({ actions: [action], people: PEOPLE, signedIn: LEAH });
  if (options.history) storage.actions.history = () => Promise.resolve(options.history ?? []);
  return { storage, view: renderActions({ storage, path: `/actions/${action.id}`, canEdit: options.canEdit }) };
}

/** Fluent's focus trap lets go of the page a moment after its dialog has closed. */
async function pageBack(): Promise<void> {
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument());
}

function detail(term: string): string {
  const dt = screen.getAllByRole('term').find((element) => element.textContent === term);
  return dt?.nextElementSibling?.textContent ?? '(missing)';
}

/**
 * Opens Post update. In jsdom, Fluent's focus trap keeps the dialog hidden from the accessibility
 * tree until focus lands on a field inside it (a browser moves it there itself), so the test
 * starts by putting the cursor in the note.
 */
async function openPostUpdate(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Post update' }));
  const surface = await waitFor(() => document.querySelector<HTMLElement>('[role="dialog"]') ?? Promise.reject(new Error('no dialog')));
  await user.click(surface.querySelector('textarea') as HTMLElement);
  return within(screen.getByRole('dialog'));
}

test('the page shows every value of the action', async () => {
  await setup().view;
  expect(screen.getByRole('heading', { level: 1, name: 'Diverse interview panels' })).toBeInTheDocument();
  expect(detail('Status')).toBe('On track (green)');
  expect(detail('Owner')).toBe('Amara Okafor (amara@demo-trust.example)');
  expect(detail('Due date')).toBe('15/01/2027');
  expect(detail('Plan year')).toBe('2026/27');
  expect(detail('Priority')).toBe('High');
  expect(detail('Linked indicators')).toBe('2 · Appointment from shortlisting9 · Board representation');
  expect(detail('Linked EDS outcomes')).toContain('3.1 · Fair NHS recruitment and selection processes');
  expect(detail('Linked EDS outcomes')).toContain('2B · When at work, staff are free from abuse');
  expect(detail('Description')).toBe('Every panel at 8a and above has a BME member.');
  expect(detail('Measure of success')).toBe('Share of panels with a BME member');
  expect(detail('Baseline')).toBe('38%');
  expect(detail('Target')).toBe('90%');
  expect(screen.queryByRole('button', { name: /Share as good practice/ })).not.toBeInTheDocument();
});

test('someone who may only read sees no edit controls at all', async () => {
  await setup({ canEdit: false }).view;
  expect(screen.getByRole('heading', { level: 1, name: 'Diverse interview panels' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Post update' })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
});

test('Copy link puts a link to the action on the clipboard and says so', async () => {
  const user = userEvent.setup();
  await setup().view;
  const writeText = jest.spyOn(navigator.clipboard, 'writeText');
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${window.location.pathname}#/actions/${action.id}`);
  expect(await screen.findByText('Link copied to the clipboard.')).toBeInTheDocument();
});

test('a move to At risk needs a note; with one, the update is posted and the status changed', async () => {
  const user = userEvent.setup();
  const { storage, view } = setup();
  await view;
  let dialog = await openPostUpdate(user);
  await user.click(dialog.getByRole('radio', { name: 'At risk' }));
  expect(dialog.getByText('Your note must say why.')).toBeInTheDocument();
  await user.click(dialog.getByRole('button', { name: 'Post update' }));
  expect(dialog.getByRole('textbox', { name: 'Note' })).toHaveAccessibleDescription('Say why: a note is needed to change the status from On track to At risk.');
  await user.type(dialog.getByRole('textbox', { name: 'Evidence link' }), 'minutes.docx');
  await user.click(dialog.getByRole('button', { name: 'Post update' }));
  expect(dialog.getByRole('textbox', { name: 'Evidence link' })).toHaveAccessibleDescription(
    expect.stringContaining('Evidence link must be a web address starting https://.'),
  );
  await user.clear(dialog.getByRole('textbox', { name: 'Evidence link' }));
  await user.type(dialog.getByRole('textbox', { name: 'Evidence link' }), 'javascript:alert(1)');
  await user.click(dialog.getByRole('button', { name: 'Post update' }));
  expect(dialog.getByRole('textbox', { name: 'Evidence link' })).toHaveAccessibleDescription(
    expect.stringContaining('Evidence link must be a web address starting https://.'),
  );
  await user.type(dialog.getByRole('textbox', { name: 'Note' }), 'Two panels had no BME member this month.');
  await user.clear(dialog.getByRole('textbox', { name: 'Evidence link' }));
  await user.type(dialog.getByRole('textbox', { name: 'Evidence link' }), 'https://example.nhs.uk/minutes');
  await user.click(dialog.getByRole('button', { name: 'Post update' }));
  expect(await screen.findByText('Update posted. The status is now At risk.')).toBeInTheDocument();
  await pageBack();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  const saved = (await storage.load()).actions[0]?.value;
  expect(saved?.status).toBe('At risk');
  expect(saved?.progressUpdates).toEqual([
    {
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      at: expect.any(String),
      authorId: '8f1c2d3e-0001-4a5b-9c6d-000000000001',
      authorName: 'Leah Adeyemi',
      note: 'Two panels had no BME member this month.',
      statusAfter: 'At risk',
      evidenceUrl: 'https://example.nhs.uk/minutes',
    },
  ]);
  expect(detail('Status')).toBe('At risk (amber)');
  // The history is read again and shows the update.
  expect(await screen.findByText('Leah Adeyemi posted an update and set the status to At risk')).toBeInTheDocument();
  dialog = await openPostUpdate(user);
  expect(
    within(dialog.getByRole('radiogroup', { name: 'Change status' }))
      .getAllByRole('radio')
      .map((radio) => radio.closest('.fui-Radio')?.textContent),
  ).toEqual(['No change (At risk)', 'On track', 'Off track', 'Completed']);
});

test('a plain note needs no status change, and completing sets the completed date to today', async () => {
  const user = userEvent.setup();
  const { storage, view } = setup();
  await view;
  let dialog = await openPostUpdate(user);
  await user.click(dialog.getByRole('button', { name: 'Post update' }));
  expect(dialog.getByRole('textbox', { name: 'Note' })).toHaveAccessibleDescription('Write a short note about progress.');
  await user.type(dialog.getByRole('textbox', { name: 'Note' }), 'Panels booked for December.');
  await user.click(dialog.getByRole('button', { name: 'Post update' }));
  expect(await screen.findByText('Update posted.')).toBeInTheDocument();
  await pageBack();
  expect((await storage.load()).actions[0]?.value.status).toBe('On track');
  dialog = await openPostUpdate(user);
  await user.click(dialog.getByRole('radio', { name: 'Completed' }));
  expect(dialog.getByText('It will be marked completed on 26/11/2026.')).toBeInTheDocument();
  await user.type(dialog.getByRole('textbox', { name: 'Note' }), 'All panels now diverse.');
  await user.click(dialog.getByRole('button', { name: 'Post update' }));
  expect(await screen.findByText('Update posted. The status is now Completed.')).toBeInTheDocument();
  await pageBack();
  expect((await storage.load()).actions[0]?.value).toMatchObject({ status: 'Completed', completedOn: '2026-11-26' });
  expect(detail('Completed on')).toBe('26/11/2026');
});

test('the history lists who changed what and when, newest first, with progress updates', async () => {
  await setup({
    history: [
      {
        kind: 'update',
        at: '2026-11-20T14:05:00Z',
        by: 'Amara Okafor',
        update: {
          at: '2026-11-20T14:05:00Z',
          authorId: 'amara-id',
          authorName: 'Amara Okafor',
          note: 'Panels slipping.',
          statusAfter: 'At risk',
          evidenceUrl: 'https://example.nhs.uk/e',
        },
      },
      {
        kind: 'change',
        at: '2026-11-10T09:00:00Z',
        by: 'Leah Adeyemi',
        changes: [
          { field: 'target', from: '80%', to: '90%' },
          { field: 'owner', from: 'Tom Hughes', to: 'Amara Okafor' },
        ],
      },
      { kind: 'change', at: '2026-07-01T08:30:00Z', by: 'Leah Adeyemi', changes: [{ field: 'created', from: '', to: 'Diverse interview panels' }] },
    ],
  }).view;
  const list = await screen.findByRole('list', { name: 'History, newest first' });
  const entries = within(list)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list);
  expect(entries.map((entry) => entry.querySelector('strong')?.textContent)).toEqual([
    'Amara Okafor posted an update and set the status to At risk',
    'Leah Adeyemi changed 2 fields',
    'Leah Adeyemi created the action',
  ]);
  expect(within(entries[0] as HTMLElement).getByText('20 Nov 2026, 14:05')).toBeInTheDocument();
  expect(within(entries[0] as HTMLElement).getByText('Panels slipping.')).toBeInTheDocument();
  expect(within(entries[0] as HTMLElement).getByRole('link', { name: 'https://example.nhs.uk/e' })).toHaveAttribute('href', 'https://example.nhs.uk/e');
  expect(within(entries[0] as HTMLElement).getByRole('link', { name: 'https://example.nhs.uk/e' })).toHaveAttribute('rel', 'noopener noreferrer');
  expect(within(entries[1] as HTMLElement).getByText('Target: 80% → 90%')).toBeInTheDocument();
  expect(within(entries[1] as HTMLElement).getByText('Owner: Tom Hughes → Amara Okafor')).toBeInTheDocument();
  expect(within(entries[2] as HTMLElement).getByText('Created “Diverse interview panels”')).toBeInTheDocument();
  // British Summer Time is taken into account.
  expect(within(entries[2] as HTMLElement).getByText('1 Jul 2026, 09:30')).toBeInTheDocument();
});

test('an address with no action says so, with a way back', async () => {
  await renderActions({ path: '/actions/no-such-action' });
  expect(screen.getByRole('heading', { level: 1, name: 'Action not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back to all actions' })).toHaveAttribute('href', '/actions/');
});

test('Edit opens the same form filled in, and saving goes back to the page', async () => {
  const user = userEvent.setup();
  const { storage, view } = setup();
  const { history } = await view;
  await user.click(screen.getByRole('button', { name: 'Edit' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Edit: Diverse interview panels' })).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Target' })).toHaveValue('90%');
  expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveValue('Amara Okafor');
  await user.clear(screen.getByRole('textbox', { name: 'Target' }));
  await user.type(screen.getByRole('textbox', { name: 'Target' }), '95%');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Your changes to “Diverse interview panels” were saved.')).toBeInTheDocument();
  expect(history.at(-1)).toBe(`/actions/${action.id}`);
  expect(detail('Target')).toBe('95%');
  await waitFor(async () => expect((await storage.load()).actions[0]?.value.target).toBe('95%'));
});

test('a Post update whose response was lost is sent again under the same key and leaves one update', async () => {
  const user = userEvent.setup();
  const { storage, view } = setup();
  await view;
  const post = storage.actions.postUpdate;
  const keys: string[] = [];
  storage.actions.postUpdate = async (actionId, update) => {
    keys.push(update.id);
    const stored = await post(actionId, update);
    if (keys.length === 1) throw new OfflineError('The connection dropped before the answer came back.');
    return stored;
  };
  const dialog = await openPostUpdate(user);
  await user.type(dialog.getByRole('textbox', { name: 'Note' }), 'Panels booked for December.');
  await user.click(dialog.getByRole('button', { name: 'Post update' }));
  expect(await dialog.findByText(/Your update was not posted: The plan could not be reached/)).toBeInTheDocument();
  await user.click(dialog.getByRole('button', { name: 'Post update' }));
  expect(await screen.findByText('Update posted.')).toBeInTheDocument();
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
  expect((await storage.load()).actions[0]?.value.progressUpdates.map((update) => update.note)).toEqual(['Panels booked for December.']);
});

test('an evidence address that is not a safe web address is shown as text, never as a link', async () => {
  await setup({
    history: [
      {
        kind: 'update',
        at: '2026-11-20T14:05:00Z',
        by: 'Priya Raman',
        update: { at: '2026-11-20T14:05:00Z', authorId: 'priya-id', authorName: 'Priya Raman', note: 'See this.', evidenceUrl: 'javascript:alert(1)' },
      },
    ],
  }).view;
  const list = await screen.findByRole('list', { name: 'History, newest first' });
  expect(within(list).queryByRole('link')).not.toBeInTheDocument();
  expect(within(list).getByText(/javascript:alert\(1\) \(not a web address, so not a link\)/)).toBeInTheDocument();
});
