import { Caption1, Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Person } from '../../storage/ports';
import type { OwnerChoice } from './action-draft';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column' },
  detail: { color: tokens.colorNeutralForeground2 },
  combobox: { width: '100%', minWidth: 0 },
});

/** How long typing must pause before the directory is searched. */
export const OWNER_SEARCH_DELAY_MS = 300;

type SearchState = { kind: 'idle' } | { kind: 'short' } | { kind: 'searching' } | { kind: 'found'; count: number } | { kind: 'failed'; message: string };

function stateText(state: SearchState): string {
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

export interface OwnerPickerProps {
  value: OwnerChoice | undefined;
  onChange: (owner: OwnerChoice | undefined) => void;
  search: (text: string) => Promise<Person[]>;
  validationMessage?: string;
}

/** The owner: a combobox that searches the organisation's directory as the person types. */
export function OwnerPicker({ value, onChange, search, validationMessage }: OwnerPickerProps) {
  const styles = useStyles();
  const [query, setQuery] = useState(value?.name ?? '');
  const [people, setPeople] = useState<Person[]>([]);
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
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
          setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
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

  const options = value && !people.some((person) => person.id === value.id) ? [{ id: value.id, displayName: value.name, email: value.email ?? '' }, ...people] : people;

  return (
    <Field
      label="Owner"
      required
      validationMessage={validationMessage}
      validationState={validationMessage ? 'error' : 'none'}
      hint={<span aria-live="polite">{value && query === value.name ? `${value.name}${value.email ? `, ${value.email}` : ''}` : stateText(state)}</span>}
    >
      <Combobox
        className={styles.combobox}
        freeform
        autoComplete="off"
        placeholder="Type a name to search"
        value={query}
        selectedOptions={value ? [value.id] : []}
        onChange={(event) => type(event.target.value)}
        onOptionSelect={(_, data) => {
          const person = options.find((candidate) => candidate.id === data.optionValue);
          if (!person) return;
          setQuery(person.displayName);
          setLookup(undefined);
          onChange({ id: person.id, name: person.displayName, ...(person.email ? { email: person.email } : {}) });
        }}
      >
        {options.map((person) => (
          <Option key={person.id} value={person.id} text={person.displayName}>
            <span className={styles.option}>
              <span>{person.displayName}</span>
              <Caption1 className={styles.detail}>{[person.email, person.jobTitle].filter(Boolean).join(' · ')}</Caption1>
            </span>
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
