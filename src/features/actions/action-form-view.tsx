import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Textarea } from '@fluentui/react-components';
import type { Person } from '../../storage/ports';
import { LinkFields, MeasureFields, ScheduleFields } from './action-form-fields';
import { useActionFormStyles } from './action-form.styles';
import { OwnerPicker } from './owner-picker';
import type { ActionFormFailure, ActionFormState } from './use-action-form';

export interface ActionFormViewProps {
  form: ActionFormState;
  mode: 'new' | 'edit';
  searchPeople: (text: string) => Promise<Person[]>;
  saving: boolean;
  failure: ActionFormFailure | undefined;
  onCancel: () => void;
}

/** Why the last save failed, and how many fields need attention; an alert, so it is read out at once. */
function FormAlerts({ failure, submitted, problemCount }: { failure: ActionFormFailure | undefined; submitted: boolean; problemCount: number }) {
  return (
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
  );
}

/** The action's fields, each with its own message, from the form's state only. */
export function ActionFormView({ form, mode, searchPeople, saving, failure, onCancel }: ActionFormViewProps) {
  const styles = useActionFormStyles();
  const { draft, set, fieldMessage, errors, formRef, submit } = form;
  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate aria-label={mode === 'new' ? 'New action' : 'Edit action'}>
      <FormAlerts failure={failure} submitted={form.submitted} problemCount={form.problemCount} />
      <Field label="Title" required {...fieldMessage('title')}>
        <Input value={draft.title} maxLength={250} onChange={(_, data) => set('title', data.value)} />
      </Field>
      <Field label="Description" {...fieldMessage('description')}>
        <Textarea value={draft.description} resize="vertical" onChange={(_, data) => set('description', data.value)} />
      </Field>
      <LinkFields form={form} />
      <OwnerPicker value={draft.owner} onChange={(owner) => set('owner', owner)} search={searchPeople} validationMessage={errors.owner} />
      <ScheduleFields form={form} mode={mode} />
      <MeasureFields form={form} />
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
