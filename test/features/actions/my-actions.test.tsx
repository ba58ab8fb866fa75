import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { groupMyActions, isMine } from '../../../src/features/actions/my-actions-rules';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { AMARA, LEAH, PEOPLE, makeAction, versioned } from './build';
import { renderActions } from './render-actions';

const me = { id: LEAH.id, email: LEAH.email };
const overdue = makeAction({ title: 'Overdue one', owner: LEAH, dueDate: '2026-11-01' });
const soon = makeAction({ title: 'Due soon', owner: LEAH, dueDate: '2026-12-03', status: 'At risk' });
const later = makeAction({ title: 'Later on', owner: LEAH, dueDate: '2027-03-01' });
const byEmail = makeAction({
  title: 'Recorded by email',
  owner: { id: 'someone-else-id', name: 'Leah A', email: 'LEAD@demo-trust.example' },
  dueDate: '2027-02-01',
});
const done = makeAction({ title: 'Done', owner: LEAH, dueDate: '2026-10-01', status: 'Completed', completedOn: '2026-10-02' });
const notMine = makeAction({ title: 'Amara’s', owner: AMARA });

test('mine by directory id or by email, grouped overdue first', () => {
  expect(isMine(byEmail, me)).toBe(true);
  expect(isMine(notMine, me)).toBe(false);
  const groups = groupMyActions([notMine, later, done, byEmail, soon, overdue].map(versioned), me, '2026-11-26');
  expect(groups.map((group) => [group.heading, group.items.map((item) => item.value.title)])).toEqual([
    ['Overdue', ['Overdue one']],
    ['Due in the next two weeks', ['Due soon']],
    ['Due later', ['Recorded by email', 'Later on']],
    ['Completed', ['Done']],
  ]);
});

test('My actions lists my actions by due state, each linking to its page, with a quick Post update', async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage({ actions: [notMine, later, done, byEmail, soon, overdue], people: PEOPLE });
  await renderActions({ storage, path: '/my-actions' });
  expect(screen.getByRole('heading', { level: 1, name: 'My actions' })).toBeInTheDocument();
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
    'Overdue (1)',
    'Due in the next two weeks (1)',
    'Due later (2)',
    'Completed (1)',
  ]);
  expect(screen.queryByText('Amara’s')).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Overdue one' })).toHaveAttribute('href', `/actions/${overdue.id}`);
  expect(screen.getByText('Due 01/11/2026 (overdue)')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Post update on Due soon' }));
  const surface = await waitFor(() => document.querySelector<HTMLElement>('[role="dialog"]') ?? Promise.reject(new Error('no dialog')));
  await user.click(surface.querySelector('textarea') as HTMLElement);
  const dialog = within(screen.getByRole('dialog'));
  await user.type(dialog.getByRole('textbox', { name: 'Note' }), 'Back on track after the panel review.');
  await user.click(dialog.getByRole('radio', { name: 'On track' }));
  await user.click(dialog.getByRole('button', { name: 'Post update' }));
  expect(await screen.findByText('Update posted. The status is now On track.')).toBeInTheDocument();
  expect((await storage.load()).actions.find((item) => item.value.id === soon.id)?.value).toMatchObject({
    status: 'On track',
    progressUpdates: [{ note: 'Back on track after the panel review.', statusAfter: 'On track' }],
  });
});

test('a reader sees their actions without Post update, and someone with none is told so', async () => {
  const first = await renderActions({ actions: [overdue], path: '/my-actions', canEdit: false });
  expect(screen.getByRole('link', { name: 'Overdue one' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Post update/ })).not.toBeInTheDocument();
  first.unmount();
  await renderActions({ actions: [notMine], path: '/my-actions' });
  expect(screen.getByText('You do not own any actions at the moment.')).toBeInTheDocument();
});
