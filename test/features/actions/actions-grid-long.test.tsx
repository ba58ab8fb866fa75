import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, formatISO } from 'date-fns';
import { TOM, makeAction } from './build';
import { renderActions } from './render-actions';

// A plan far longer than a screen: 1,000 actions due one day apart from 1 December 2026, so the
// earliest due come first in the table's default order. Every fourth is Tom's, so his 250 still fill
// more than the virtualised table's threshold.
const LONG_PLAN = Array.from({ length: 1000 }, (_, index) =>
  makeAction({
    title: `Long plan action ${String(index + 1).padStart(4, '0')}`,
    dueDate: formatISO(addDays(new Date(2026, 11, 1), index), { representation: 'date' }),
    ...(index % 4 === 0 ? { owner: TOM } : {}),
  }),
);

const grid = () => screen.findByRole('grid', { name: 'Actions' });
const drawnRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
/** The nth row drawn under the header; failing plainly when it is not there. */
function drawnRow(table: HTMLElement, index: number): HTMLElement {
  const row = drawnRows(table)[index];
  if (row === undefined) throw new Error(`row ${index} is not drawn`);
  return row;
}

test('a long plan draws only the rows in view, and tells a screen reader how many there are in all', async () => {
  await renderActions({ actions: LONG_PLAN.toReversed() });
  const table = await grid();
  expect(table).toHaveAttribute('aria-rowcount', '1000');
  await waitFor(() => expect(drawnRows(table).length).toBeGreaterThan(0));
  expect(drawnRows(table).length).toBeLessThan(40);
  // Sorted by due date over the whole plan, not only over the rows drawn; each row knows its place.
  expect(within(drawnRow(table, 0)).getByRole('link')).toHaveTextContent('Long plan action 0001');
  expect(drawnRow(table, 0)).toHaveAttribute('aria-rowindex', '2');
  expect(within(drawnRow(table, 1)).getByRole('link')).toHaveTextContent('Long plan action 0002');
  expect(screen.getByText('Showing 1000 of 1000 actions')).toBeInTheDocument();
});

test('searching a long plan filters all of it, and Enter on a row opens its action', async () => {
  const user = userEvent.setup();
  const { history } = await renderActions({ actions: LONG_PLAN });
  await grid();
  await user.type(screen.getByRole('searchbox', { name: 'Search actions' }), 'tom');
  await waitFor(() => expect(screen.getByText('Showing 250 of 1000 actions')).toBeInTheDocument());
  await waitFor(() => expect(screen.getByRole('grid', { name: 'Actions' })).toHaveAttribute('aria-rowcount', '250'));
  const table = await grid();
  const first = drawnRow(table, 0);
  expect(within(first).getByRole('link')).toHaveTextContent('Long plan action 0001');
  expect(within(drawnRow(table, 1)).getByRole('link')).toHaveTextContent('Long plan action 0005');
  first.focus();
  await user.keyboard('{Enter}');
  expect(history.at(-1)).toBe(`/actions/${LONG_PLAN[0]?.id ?? 'missing'}`);
});

test('a plan under the threshold keeps every row in the page', async () => {
  await renderActions({ actions: LONG_PLAN.slice(0, 150) });
  const table = await grid();
  expect(drawnRows(table)).toHaveLength(150);
});

test('the order chosen in the header stays when a search shrinks a long plan into the plain table', async () => {
  const user = userEvent.setup();
  await renderActions({ actions: LONG_PLAN });
  const table = await grid();
  await user.click(within(table).getByRole('button', { name: /^Due/ }));
  await waitFor(() => expect(within(drawnRow(table, 0)).getByRole('link')).toHaveTextContent('Long plan action 1000'));
  // "0009" and "0090" to "0099" match: 11 rows, under the virtualised table's threshold, so the plain table is drawn.
  await user.type(screen.getByRole('searchbox', { name: 'Search actions' }), '009');
  await waitFor(() => expect(screen.getByText('Showing 11 of 1000 actions')).toBeInTheDocument());
  const plain = await grid();
  await waitFor(() => expect(drawnRows(plain)).toHaveLength(11));
  expect(within(plain).getByRole('columnheader', { name: /Due/ })).toHaveAttribute('aria-sort', 'descending');
  expect(within(drawnRow(plain, 0)).getByRole('link')).toHaveTextContent('Long plan action 0099');
});
