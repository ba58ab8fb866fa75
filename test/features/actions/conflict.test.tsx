import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { PEOPLE, TOM, makeAction } from './build';
import { renderActions } from './render-actions';

const action = makeAction({ title: 'Diverse interview panels', target: '80%', baseline: '38%' });

async function editAndSave(user: UserEvent, field: string, value: string): Promise<void> {
  const input = screen.getByRole('textbox', { name: field });
  await user.clear(input);
  await user.type(input, value);
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

/** The alert dialog: in jsdom Fluent's trap hides it until focus is inside, so focus its first button. */
async function conflictDialog(user: UserEvent) {
  const surface = await waitFor(() => document.querySelector<HTMLElement>('[role="alertdialog"]') ?? Promise.reject(new Error('no dialog')));
  await user.click(within(surface).getByText('Keep editing'));
  return surface;
}

async function setup() {
  const storage = memoryPlanStorage({ actions: [action], people: PEOPLE });
  const view = await renderActions({ storage, path: `/actions/${action.id}/edit` });
  // Someone else saves first: a new target and a new owner.
  const opened = (await storage.load()).actions[0];
  if (!opened) throw new Error('no action');
  await storage.actions.update({ ...opened.value, target: '90%', owner: TOM }, opened.eTag);
  return { storage, view };
}

test('a conflict shows what the other person changed beside my change, and re-applying keeps both', async () => {
  const user = userEvent.setup();
  const { storage, view } = await setup();
  await editAndSave(user, 'Title', 'Diverse panels for every post');
  const surface = await waitFor(() => document.querySelector<HTMLElement>('[role="alertdialog"]') ?? Promise.reject(new Error('no dialog')));
  expect(within(surface).getByText('Test changed this action while you were editing it')).toBeInTheDocument();
  const rows = within(surface)
    .getAllByRole('row', { hidden: true })
    .map((row) =>
      within(row)
        .queryAllByRole('cell', { hidden: true })
        .map((cell) => cell.textContent),
    );
  expect(rows.slice(1)).toEqual([
    ['Title', 'Diverse interview panels', 'No change', 'Diverse panels for every post'],
    ['Owner', 'Amara Okafor', 'Tom Hughes', 'No change'],
    ['Target', '80%', '90%', 'No change'],
  ]);
  await user.click(within(surface).getByText('Re-apply my changes'));
  expect(await screen.findByText('Your changes to “Diverse panels for every post” were saved.')).toBeInTheDocument();
  expect((await storage.load()).actions[0]?.value).toMatchObject({ title: 'Diverse panels for every post', target: '90%', owner: TOM });
  expect(view.history.at(-1)).toBe(`/actions/${action.id}`);
});

test('when both changed the same field the dialog says so, and discarding keeps the other version', async () => {
  const user = userEvent.setup();
  const { storage } = await setup();
  await editAndSave(user, 'Target', '85%');
  const surface = await waitFor(() => document.querySelector<HTMLElement>('[role="alertdialog"]') ?? Promise.reject(new Error('no dialog')));
  expect(within(surface).getByText(/You both changed one field: re-applying puts your value there./)).toBeInTheDocument();
  expect(within(surface).getByText('Target (both changed)')).toBeInTheDocument();
  await user.click(within(surface).getByText('Discard my changes'));
  expect(await screen.findByText('Your changes were discarded. This is the version saved by the other person.')).toBeInTheDocument();
  expect((await storage.load()).actions[0]?.value.target).toBe('90%');
});

test('Keep editing returns to the form with my values, and saving again asks again', async () => {
  const user = userEvent.setup();
  await setup();
  await editAndSave(user, 'Baseline', '40%');
  await conflictDialog(user);
  await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull());
  expect(await screen.findByText(/Save again to compare and re-apply your changes/)).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Baseline' })).toHaveValue('40%');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await waitFor(() => document.querySelector('[role="alertdialog"]') ?? Promise.reject(new Error('no dialog')))).toBeInTheDocument();
});
