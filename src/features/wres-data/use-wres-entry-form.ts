import { useCallback, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useOperation, type OperationStatus } from '../../components/use-operation';
import type { WresInput } from '../../domain/wres';
import { ConflictError, type Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { whyFiguresNotSaved } from './stored-years';
import { checkForm, differences, type FormCheck } from './wres-form-check';
import type { FormValues } from './wres-form-sections';
import { valuesOf } from './wres-form-values';

function isStoredYear(value: unknown): value is Versioned<WresInput> {
  return typeof value === 'object' && value !== null && 'value' in value && 'eTag' in value;
}

/** Someone else saved the year first: their version when the store gave it back, and how it differs from what was typed. */
export interface SaveConflict {
  readonly theirs: Versioned<WresInput> | undefined;
  readonly message: string;
  readonly changed: readonly { name: string; mine: string; theirs: string }[];
}

export interface WresEntryFormOptions {
  initial: FormValues;
  /** The eTag of the stored year being corrected; absent for a new year. */
  eTag: string | undefined;
  onSaved: (year: number) => void;
}

export interface WresEntryFormState {
  readonly values: FormValues;
  readonly check: FormCheck;
  /** Messages to show now, by field: a field's own once it has been touched, every one once Save was tried. */
  readonly shown: Readonly<Record<string, readonly string[]>>;
  /** Every problem to list above the form. */
  readonly problems: readonly string[];
  readonly canEdit: boolean;
  /** Where focus goes after a save, so its outcome is read out. */
  readonly summary: RefObject<HTMLDivElement | null>;
  readonly status: OperationStatus<Versioned<WresInput>>;
  readonly saving: boolean;
  readonly conflict: SaveConflict | undefined;
  readonly change: (key: string, value: string) => void;
  readonly blur: (key: string) => void;
  readonly submit: (event: Pick<FormEvent, 'preventDefault'>) => void;
  readonly loadTheirs: (theirs: Versioned<WresInput>) => void;
  readonly overwrite: (theirs: Versioned<WresInput>) => void;
}

/**
 * The state of the WRES entry form: what was typed, checked as it changes; which messages are
 * shown; and the save, whose conflict keeps what was typed beside what someone else saved.
 */
export function useWresEntryForm({ initial, eTag: initialETag, onSaved }: WresEntryFormOptions): WresEntryFormState {
  const { storage, canEdit, refresh } = usePlanData();
  const [values, setValues] = useState<FormValues>(initial);
  const [eTag, setETag] = useState(initialETag);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const check = useMemo(() => checkForm(values), [values]);
  const saveYear = useCallback((input: WresInput, withETag: string | undefined) => storage.wres.saveYear(input, withETag), [storage]);
  const saving = useOperation(saveYear, whyFiguresNotSaved);

  const shown = useMemo(() => {
    const visible: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(check.byField)) if (attempted || touched.has(key)) visible[key] = messages;
    return visible;
  }, [check, touched, attempted]);

  const touch = (key: string) => setTouched((current) => (current.has(key) ? current : new Set([...current, key])));
  const change = (key: string, value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    touch(key);
    if (saving.status.kind === 'done') saving.reset();
  };

  const save = async (withETag: string | undefined) => {
    setAttempted(true);
    const input = check.input;
    if (input !== null) {
      const result = await saving.run(input, withETag);
      if (result.ok) {
        setETag(result.value.eTag);
        onSaved(input.year);
        await refresh();
      }
    }
    summary.current?.focus();
  };

  const failed = saving.status.kind === 'failed' ? saving.status.error : undefined;
  const theirs = failed instanceof ConflictError && isStoredYear(failed.current) ? failed.current : undefined;
  const conflict =
    failed instanceof ConflictError
      ? { theirs, message: failed.message, changed: theirs === undefined ? [] : differences(values, valuesOf(theirs.value)) }
      : undefined;

  return {
    values,
    check,
    shown,
    problems: attempted ? [...Object.values(check.byField).flat(), ...check.general] : check.general,
    canEdit,
    summary,
    status: saving.status,
    saving: saving.busy,
    conflict,
    change,
    blur: touch,
    submit: (event) => {
      event.preventDefault();
      void save(eTag);
    },
    loadTheirs: (version) => {
      setValues(valuesOf(version.value));
      setETag(version.eTag);
      saving.reset();
    },
    overwrite: (version) => void save(version.eTag),
  };
}
