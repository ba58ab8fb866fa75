import { useEffect, useState } from 'react';
import { messageOf, type Person } from '../../storage/ports';
import type { OwnerChoice } from './action-draft';

/** How long typing must pause before the directory is searched. */
export const OWNER_SEARCH_DELAY_MS = 300;

/**
 * Where a directory search has got to. Not `useOperation`: a search is replaced by the next one as
 * the person types (only the latest counts), where an operation ignores a second run while busy.
 */
export type OwnerSearchState =
  { kind: 'idle' } | { kind: 'short' } | { kind: 'searching' } | { kind: 'found'; count: number } | { kind: 'failed'; message: string };

/** The search's progress in words, for the field's polite hint. */
function searchStateText(state: OwnerSearchState): string {
  switch (state.kind) {
    case 'short':
      return 'Type at least two letters of a name or email address.';
    case 'searching':
      return 'Searching…';
    case 'found':
      return state.count === 0 ? 'No one found' : `${state.count} ${state.count === 1 ? 'person' : 'people'} found`;
    case 'failed':
      return `The directory could not be searched: ${state.message}`;
    default:
      return 'Search the directory by name or email address.';
  }
}

export interface OwnerSearch {
  query: string;
  /** The people to offer: those found, with the chosen owner kept first when the search did not find them. */
  options: Person[];
  /** The chosen owner's name and email while the box shows them, or else how the search is going. */
  hint: string;
  type: (text: string) => void;
  choose: (personId: string | undefined) => void;
}

/**
 * The owner picker's state: what is typed, a directory search once typing pauses for
 * `OWNER_SEARCH_DELAY_MS` (a later search replaces an earlier one), and the person chosen. Typing
 * after a choice clears it, so the owner is always someone picked from the directory.
 */
export function useOwnerSearch(
  value: OwnerChoice | undefined,
  onChange: (owner: OwnerChoice | undefined) => void,
  search: (text: string) => Promise<Person[]>,
): OwnerSearch {
  const [query, setQuery] = useState(value?.name ?? '');
  const [people, setPeople] = useState<Person[]>([]);
  const [state, setState] = useState<OwnerSearchState>({ kind: 'idle' });
  // The text to look up once typing pauses; undefined when there is nothing to search for.
  const [lookup, setLookup] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (lookup === undefined) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      search(lookup).then(
        (found) => {
          if (!live) return;
          setPeople(found);
          setState({ kind: 'found', count: found.length });
        },
        (error: unknown) => {
          if (!live) return;
          setPeople([]);
          setState({ kind: 'failed', message: messageOf(error) });
        },
      );
    }, OWNER_SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [lookup, search]);

  const type = (text: string) => {
    setQuery(text);
    if (value) onChange(undefined);
    const trimmed = text.trim();
    if (trimmed.length < 2) {
      setLookup(undefined);
      setPeople([]);
      setState(trimmed.length === 0 ? { kind: 'idle' } : { kind: 'short' });
    } else {
      setLookup(trimmed);
      setState({ kind: 'searching' });
    }
  };

  const options =
    value && !people.some((person) => person.id === value.id) ? [{ id: value.id, displayName: value.name, email: value.email ?? '' }, ...people] : people;

  const choose = (personId: string | undefined) => {
    const person = options.find((candidate) => candidate.id === personId);
    if (!person) return;
    setQuery(person.displayName);
    setLookup(undefined);
    onChange({ id: person.id, name: person.displayName, ...(person.email ? { email: person.email } : {}) });
  };

  const hint = value && query === value.name ? `${value.name}${value.email ? `, ${value.email}` : ''}` : searchStateText(state);
  return { query, options, hint, type, choose };
}
