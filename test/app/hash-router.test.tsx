import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, useSearch } from 'wouter';
import { HashRouter } from '../../src/app/hash-router';
import { RouterLink } from '../../src/components/router-link';

function Filters() {
  return <p>Filters: {useSearch() || 'none'}</p>;
}

function renderRoutes() {
  return render(
    <HashRouter>
      <Link href="/actions?">Actions</Link>
      <Route path="/dashboard" nest>
        <RouterLink href="/indicator/2">Indicator 2 in detail</RouterLink>
        <RouterLink href="~/actions?indicator=2">Linked actions</RouterLink>
      </Route>
      <Route path="/actions" nest>
        <Link href="/a-1">An action</Link>
        <Filters />
      </Route>
    </HashRouter>,
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', '/?tenant=second-demo-trust#/dashboard');
});

test('every link, nested, absolute or with a filter, has a real href with the #', () => {
  renderRoutes();
  expect(screen.getByRole('link', { name: 'Indicator 2 in detail' })).toHaveAttribute('href', '#/dashboard/indicator/2');
  expect(screen.getByRole('link', { name: 'Linked actions' })).toHaveAttribute('href', '#/actions?indicator=2');
  // The href resolves against the page, so the app's own query (the demo trust) comes along to a new tab.
  expect((screen.getByRole('link', { name: 'Linked actions' }) as HTMLAnchorElement).href).toBe(
    'http://localhost/?tenant=second-demo-trust#/actions?indicator=2',
  );
});

test("following a link keeps the filter in the hash and the app's query as it was, adding one history entry", async () => {
  renderRoutes();
  const before = window.history.length;
  await userEvent.click(screen.getByRole('link', { name: 'Linked actions' }));
  expect(window.location.search).toBe('?tenant=second-demo-trust');
  expect(window.location.hash).toBe('#/actions?indicator=2');
  expect(await screen.findByText('Filters: indicator=2')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'An action' })).toHaveAttribute('href', '#/actions/a-1');
  expect(window.history.length).toBe(before + 1);

  await userEvent.click(screen.getByRole('link', { name: 'Actions' }));
  expect(window.location.hash).toBe('#/actions');
  expect(await screen.findByText('Filters: none')).toBeInTheDocument();
  expect(window.history.length).toBe(before + 2);
});

test('going to the page already shown adds no history entry, so Back leaves it in one step', async () => {
  window.history.replaceState(null, '', '/#/actions');
  renderRoutes();
  const before = window.history.length;
  await userEvent.click(screen.getByRole('link', { name: 'Actions' }));
  await userEvent.click(screen.getByRole('link', { name: 'Actions' }));
  expect(window.location.hash).toBe('#/actions');
  expect(window.history.length).toBe(before);
});
