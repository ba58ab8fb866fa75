import { act, renderHook } from '@testing-library/react';
import type { OwnerChoice } from '../../../src/features/actions/action-draft';
import { OWNER_SEARCH_DELAY_MS, useOwnerSearch } from '../../../src/features/actions/use-owner-search';
import { OfflineError, type Person } from '../../../src/storage/ports';
import { AMARA, PEOPLE } from './build';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function setup(search: (text: string) => Promise<Person[]>, value?: OwnerChoice) {
  const chosen: (OwnerChoice | undefined)[] = [];
  const hook = renderHook(() => useOwnerSearch(value, (owner) => chosen.push(owner), search));
  return { hook, chosen };
}

test('searches only once typing pauses, with the latest text, and says how many were found', async () => {
  const asked: string[] = [];
  const { hook } = setup((text) => {
    asked.push(text);
    return Promise.resolve(PEOPLE.filter((person) => person.displayName.toLowerCase().includes(text.toLowerCase())));
  });
  act(() => hook.result.current.type('a'));
  expect(hook.result.current.hint).toBe('Type at least two letters of a name or email address.');

  act(() => hook.result.current.type('am'));
  act(() => hook.result.current.type('ama'));
  expect(hook.result.current.hint).toBe('Searching…');
  await act(() => jest.advanceTimersByTimeAsync(OWNER_SEARCH_DELAY_MS));

  expect(asked).toEqual(['ama']);
  expect(hook.result.current.hint).toBe('1 person found');
  expect(hook.result.current.options.map((person) => person.displayName)).toEqual([AMARA.name]);
});

test('a failed search says why in words', async () => {
  const { hook } = setup(() => Promise.reject(new OfflineError('The directory could not be reached.')));
  act(() => hook.result.current.type('Tom'));
  await act(() => jest.advanceTimersByTimeAsync(OWNER_SEARCH_DELAY_MS));
  expect(hook.result.current.hint).toBe('The directory could not be searched: The directory could not be reached.');
  expect(hook.result.current.options).toEqual([]);
});

test('choosing a person makes them the owner, and typing again clears the choice', () => {
  const { hook, chosen } = setup(() => Promise.resolve([]), AMARA);
  expect(hook.result.current.hint).toBe(`${AMARA.name}, ${AMARA.email}`);
  act(() => hook.result.current.choose(AMARA.id));
  expect(chosen).toEqual([AMARA]);

  act(() => hook.result.current.type('Am'));
  expect(chosen).toEqual([AMARA, undefined]);
});
