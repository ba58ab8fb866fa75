import { Button, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Action } from '../../domain/plan';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../../domain/plan';
import type { IsoDate } from '../../domain/shared';
import type { Person } from '../../storage/ports';
import { type ActionDraft, type DraftErrors, type DraftField, planYearForDraft, validateDraft } from './action-draft';
import { INDICATOR_OPTIONS } from './action-labels';
import { EdsOutcomeOptions } from './eds-outcome-options';
import { OwnerPicker } from './owner-picker';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  wide: { width: '100%', minWidth: 0 },
  listbox: { maxHeight: '360px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ActionFormFailure {
  message: string;
  fieldErrors: DraftErrors;
}

export interface ActionFormProps {
  mode: 'new' | 'edit';
  actionId: string;
  initial: ActionDraft;
  today: IsoDate;
  /** The saved action being edited. */
  existing?: Action;
  searchPeople: (text: string) => Promise<Person[]>;
  saving: boolean;
  /** Why the last save failed; what was typed stays in the form. */
  failure?: ActionFormFailure;
  onSubmit: (action: Action, draft: ActionDraft) => void;
  onCancel: () => void;
}

/** The action's fields, validated by the domain's rules, with each message on its own field. */
export function ActionForm({ mode, actionId, initial, today, existing, searchPeople, saving, failure, onSubmit, onCancel }: ActionFormProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<ActionDraft>(initial);
  const [submitted, setSubmitted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const check = (next: ActionDraft) => validateDraft(next, { id: actionId, today, existing });
  const errors: DraftErrors = { ...failure?.fieldErrors, ...(submitted ? (() => { const result = check(draft); return result.ok ? {} : result.errors; })() : {}) };

  const set = <K extends DraftField>(field: K, value: ActionDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const fieldProps = (field: DraftField) => ({
    validationMessage: errors[field],
    validationState: errors[field] ? ('error' as const) : ('none' as const),
  });

  // After a refused save, focus moves to the first field with a message, once it has rendered.
  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const result = check(draft);
    if (!result.ok) {
      setFocusRequest((count) => count + 1);
      return;
    }
    onSubmit(result.action, draft);
  };

  const planYear = planYearForDraft(draft.dueDate);
  const problemCount = Object.keys(errors).length;

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate aria-label={mode === 'new' ? 'New action' : 'Edit action'}>
      <div role="alert">
        {failure ? (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>Not saved</MessageBarTitle>
              {failure.message} What you typed is kept below.
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {submitted && problemCount > 0 ? (
          <MessageBar intent="error">
            <MessageBarBody>
              {problemCount === 1 ? 'One field needs attention.' : `${problemCount} fields need attention.`} The message is on each field.
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      <Field label="Title" required {...fieldProps('title')}>
        <Input value={draft.title} maxLength={250} onChange={(_, data) => set('title', data.value)} />
      </Field>
      <Field label="Description" {...fieldProps('description')}>
        <Textarea value={draft.description} resize="vertical" onChange={(_, data) => set('description', data.value)} />
      </Field>
      <Field label="Linked indicators" hint="The WRES indicators this action is meant to improve." {...fieldProps('indicators')}>
        <Dropdown
         
          className={styles.wide}
          listbox={{ className: styles.listbox }}
          multiselect
          placeholder="Choose indicators"
          value={draft.indicators.join(', ')}
          selectedOptions={draft.indicators}
          onOptionSelect={(_, data) => set('indicators', data.selectedOptions.toSorted())}
        >
          {INDICATOR_OPTIONS.map((option) => (
            <Option key={option.id} value={option.id} text={option.label}>
              {option.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Linked EDS outcomes" hint="EDS2 outcomes (1.1 to 4.3) or EDS 2022 outcomes (1A to 3C)." {...fieldProps('edsOutcomes')}>
        <Dropdown
         
          className={styles.wide}
          listbox={{ className: styles.listbox }}
          multiselect
          placeholder="Choose outcomes"
          value={draft.edsOutcomes.join(', ')}
          selectedOptions={draft.edsOutcomes}
          onOptionSelect={(_, data) => set('edsOutcomes', data.selectedOptions)}
        >
          <EdsOutcomeOptions />
        </Dropdown>
      </Field>
      <OwnerPicker value={draft.owner} onChange={(owner) => set('owner', owner)} search={searchPeople} validationMessage={errors.owner} />
      <div className={styles.pair}>
        <Field label="Due date" required hint={planYear ? `Plan year ${planYear}` : 'The plan year follows from the due date.'} {...fieldProps('dueDate')}>
          <Input type="date" value={draft.dueDate} onChange={(_, data) => set('dueDate', data.value)} />
        </Field>
        <Field
          label="Status"
          required
          hint={mode === 'edit' ? 'Change the status with Post update, so the reason is recorded.' : undefined}
          {...fieldProps('status')}
        >
          <Dropdown
           
            className={styles.wide}
            disabled={mode === 'edit'}
            value={draft.status}
            selectedOptions={[draft.status]}
            onOptionSelect={(_, data) => set('status', (data.optionValue ?? draft.status) as ActionDraft['status'])}
          >
            {ACTION_STATUSES.map((status) => (
              <Option key={status} value={status}>
                {status}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Priority" required {...fieldProps('priority')}>
          <Dropdown
           
            className={styles.wide}
            value={draft.priority}
            selectedOptions={[draft.priority]}
            onOptionSelect={(_, data) => set('priority', (data.optionValue ?? draft.priority) as ActionDraft['priority'])}
          >
            {ACTION_PRIORITIES.map((priority) => (
              <Option key={priority} value={priority}>
                {priority}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label="Measure of success" required hint="How the board will know the action has worked." {...fieldProps('measureOfSuccess')}>
        <Input value={draft.measureOfSuccess} onChange={(_, data) => set('measureOfSuccess', data.value)} />
      </Field>
      <div className={styles.pair}>
        <Field label="Baseline" {...fieldProps('baseline')}>
          <Input value={draft.baseline} onChange={(_, data) => set('baseline', data.value)} />
        </Field>
        <Field label="Target" {...fieldProps('target')}>
          <Input value={draft.target} onChange={(_, data) => set('target', data.value)} />
        </Field>
      </div>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={saving}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
        <Button type="button" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
