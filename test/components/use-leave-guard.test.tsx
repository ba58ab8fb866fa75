import { act, renderHook } from '@testing-library/react';
import { useLeaveGuard } from '../../src/components/use-leave-guard';

/** Moves the address as the hash router does: a new history entry, then a hashchange. */
function moveTo(hash: string): void {
  const oldURL = location.href;
  history.pushState(null, '', hash);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
}

beforeEach(() => history.replaceState(null, '', '#/eds/r1'));

test('with unsaved changes, a move is held, the address put back, and the router never hears of it; staying keeps the page', () => {
  const router = jest.fn();
  addEventListener('hashchange', router);
  const { result } = renderHook(() => useLeaveGuard(true));
  act(() => moveTo('#/dashboard'));
  expect(result.current.asking).toBe(true);
  expect(location.hash).toBe('#/eds/r1');
  expect(router).not.toHaveBeenCalled();
  act(() => result.current.stay());
  expect(result.current.asking).toBe(false);
  expect(location.hash).toBe('#/eds/r1');
  removeEventListener('hashchange', router);
});

test('leaving goes where the person was going', () => {
  const { result } = renderHook(() => useLeaveGuard(true));
  act(() => moveTo('#/dashboard'));
  act(() => result.current.leave());
  expect(result.current.asking).toBe(false);
  expect(location.hash).toBe('#/dashboard');
});

test('with nothing unsaved, moves pass and closing the tab is not questioned', () => {
  const { result } = renderHook(() => useLeaveGuard(false));
  act(() => moveTo('#/dashboard'));
  expect(result.current.asking).toBe(false);
  expect(location.hash).toBe('#/dashboard');
  const unload = new Event('beforeunload', { cancelable: true });
  dispatchEvent(unload);
  expect(unload.defaultPrevented).toBe(false);
});

test('with unsaved changes, closing or reloading the tab asks first', () => {
  renderHook(() => useLeaveGuard(true));
  const unload = new Event('beforeunload', { cancelable: true });
  dispatchEvent(unload);
  expect(unload.defaultPrevented).toBe(true);
});
