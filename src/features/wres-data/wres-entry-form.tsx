import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { formatUkDate, londonDate } from '../../domain/shared';
import type { WresInput } from '../../domain/wres';
import { ConflictError, type Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { RouterLink } from '../../components/router-link';
import { whySaveFailed } from './save-failure';
import { FormSectionFields } from './wres-form-fields';
import { checkForm, differences } from './wres-form-check';
import { FORM_SECTIONS, type FormValues } from './wres-form-sections';
import { valuesOf } from './wres-form-values';
import { WresResultsPreview } from './wres-results-preview';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (min-width: 1000px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(260px, 1fr)' },
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  preview: {
    minWidth: 0,
    '@media (min-width: 1000px)': { position: 'sticky', top: tokens.spacingVerticalL, maxHeight: '100vh', overflowY: 'auto' },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

type Outcome =
  | { kind: 'none' }
  | { kind: 'saved'; year: number }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; theirs: Versioned<WresInput> | undefined; message: string };

function isStoredYear(value: unknown): value is Versioned<WresInput> {
  return typeof value === 'object' && value !== null && 'value' in value && 'eTag' in value;
}

function whoAndWhen(stored: Versioned<WresInput> | undefined): string {
  if (stored === undefined) return '';
  const by = stored.modifiedBy ? ` by ${stored.modifiedBy}` : '';
  const at = stored.modifiedAt ? ` on ${formatUkDate(londonDate(new Date(stored.modifiedAt)))}` : '';
  return `${by}${at}`;
}

export interface WresEntryFormProps {
  initial: FormValues;
  /** The eTag of the stored year being corrected; absent for a new year. */
  eTag: string | undefined;
  correcting: boolean;
  onSaved: (year: number) => void;
}

/**
 * Enter or correct a year's counts. Every rule is checked as the user types, with the message on
 * the field; the results are worked out beside the form; a conflict or a failed save keeps what
 * was typed and says what happened.
 */
export function WresEntryForm({ initial, eTag: initialETag, correcting, onSaved }: WresEntryFormProps) {
  const styles = useStyles();
  const { storage, canEdit, refresh } = usePlanData();
  const [values, setValues] = useState<FormValues>(initial);
  const [eTag, setETag] = useState(initialETag);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const summary = useRef<HTMLDivElement>(null);
  const check = useMemo(() => checkForm(values), [values]);

  const shown = useMemo(() => {
    const visible: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(check.byField)) if (attempted || touched.has(key)) visible[key] = messages;
    return visible;
  }, [check, touched, attempted]);

  const change = (key: string, value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    setTouched((current) => (current.has(key) ? current : new Set([...current, key])));
    if (outcome.kind === 'saved') setOutcome({ kind: 'none' });
  };
  const blur = (key: string) => setTouched((current) => (current.has(key) ? current : new Set([...current, key])));

  const save = async (withETag: string | undefined) => {
    setAttempted(true);
    if (check.input === null) {
      summary.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const saved = await storage.wres.saveYear(check.input, withETag);
      setETag(saved.eTag);
      setOutcome({ kind: 'saved', year: check.input.year });
      onSaved(check.input.year);
      await refresh();
    } catch (error) {
      if (error instanceof ConflictError) {
        setOutcome({ kind: 'conflict', theirs: isStoredYear(error.current) ? error.current : undefined, message: error.message });
      } else {
        setOutcome({ kind: 'failed', message: whySaveFailed(error) });
      }
    } finally {
      setSaving(false);
      summary.current?.focus();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(eTag);
  };

  const theirs = outcome.kind === 'conflict' && outcome.theirs !== undefined ? outcome.theirs : undefined;
  const changed = theirs === undefined ? [] : differences(values, valuesOf(theirs.value));
  const problems = attempted ? [...Object.values(check.byField).flat(), ...check.general] : check.general;

  return (
    <div className={styles.layout}>
      <form className={styles.form} onSubmit={submit} noValidate aria-label={correcting ? 'Correct WRES figures' : 'Enter WRES figures'}>
        {!canEdit ? (
          <MessageBar intent="info">
            <MessageBarBody>You can read these figures but not change them.</MessageBarBody>
          </MessageBar>
        ) : null}
        <div ref={summary} tabIndex={-1} role="status" aria-live="polite">
          {outcome.kind === 'saved' ? (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>Saved</MessageBarTitle>
                The {outcome.year} figures are stored and the dashboard shows them. <RouterLink href="/">Open the dashboard</RouterLink>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {outcome.kind === 'failed' ? (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>Not saved</MessageBarTitle>
                {outcome.message} Your figures are still here.
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {outcome.kind === 'conflict' ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Someone else changed these figures</MessageBarTitle>
                {theirs === undefined
                  ? outcome.message
                  : `The ${theirs.value.year} figures were saved${whoAndWhen(theirs)} since you opened them. Your figures are still here; nothing has been overwritten.`}
                {changed.length > 0 ? (
                  <ul className={styles.list}>
                    {changed.slice(0, 12).map((difference) => (
                      <li key={difference.name}>
                        {difference.name}: theirs {difference.theirs}, yours {difference.mine}
                      </li>
                    ))}
                    {changed.length > 12 ? <li>and {changed.length - 12} more</li> : null}
                  </ul>
                ) : theirs !== undefined ? (
                  <Text block>Their figures are the same as yours.</Text>
                ) : null}
              </MessageBarBody>
              {theirs !== undefined ? (
                <MessageBarActions>
                  <Button
                    onClick={() => {
                      setValues(valuesOf(theirs.value));
                      setETag(theirs.eTag);
                      setOutcome({ kind: 'none' });
                    }}
                  >
                    Load their figures
                  </Button>
                  <Button appearance="primary" onClick={() => void save(theirs.eTag)}>
                    Overwrite with mine
                  </Button>
                </MessageBarActions>
              ) : null}
            </MessageBar>
          ) : null}
          {problems.length > 0 ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{problems.length === 1 ? '1 problem to fix' : `${problems.length} problems to fix`}</MessageBarTitle>
                <ul className={styles.list}>
                  {problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        {FORM_SECTIONS.map((section) => (
          <FormSectionFields key={section.id} section={section} values={values} messages={shown} readOnly={!canEdit} yearLocked={correcting} onChange={change} onBlur={blur} />
        ))}
        {canEdit ? (
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabledFocusable={saving}>
              Save
            </Button>
            {saving ? <Spinner size="tiny" label="Saving…" /> : null}
            <RouterLink href="/">Back to the dashboard</RouterLink>
          </div>
        ) : (
          <RouterLink href="/">Back to the dashboard</RouterLink>
        )}
      </form>
      <aside className={styles.preview} aria-label="Results">
        <WresResultsPreview result={check.preview} withProblems={check.withProblems} />
      </aside>
    </div>
  );
}
