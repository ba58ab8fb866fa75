import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { RouterLink } from '../../components/router-link';
import type { WresEntryFormState } from './use-wres-entry-form';
import { useWresEntryFormStyles } from './wres-entry-form.styles';
import { FormSectionFields } from './wres-form-fields';
import { FORM_SECTIONS } from './wres-form-sections';
import { WresResultsPreview } from './wres-results-preview';
import { WresSaveConflict } from './wres-save-conflict';

/** How the last save went: stored, refused in words, or beaten by someone else's save. */
function SaveOutcome({ state }: { state: WresEntryFormState }) {
  const { status, conflict } = state;
  if (conflict !== undefined) return <WresSaveConflict conflict={conflict} onLoadTheirs={state.loadTheirs} onOverwrite={state.overwrite} />;
  if (status.kind === 'done') {
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>Saved</MessageBarTitle>
          The {status.value.value.year} figures are stored and the dashboard shows them. <RouterLink href="/">Open the dashboard</RouterLink>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (status.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>Not saved</MessageBarTitle>
          {status.message} Your figures are still here.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}

function ProblemList({ problems }: { problems: readonly string[] }) {
  const styles = useWresEntryFormStyles();
  if (problems.length === 0) return null;
  return (
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
  );
}

function FormActions({ canEdit, saving }: { canEdit: boolean; saving: boolean }) {
  const styles = useWresEntryFormStyles();
  if (!canEdit) return <RouterLink href="/">Back to the dashboard</RouterLink>;
  return (
    <div className={styles.actions}>
      <Button type="submit" appearance="primary" disabledFocusable={saving}>
        Save
      </Button>
      {saving ? <Spinner size="tiny" label="Saving…" /> : null}
      <RouterLink href="/">Back to the dashboard</RouterLink>
    </div>
  );
}

/** The WRES entry form as its state has it: outcome and problems first, then every section, with the results beside. */
export function WresEntryFormView({ state, correcting }: { state: WresEntryFormState; correcting: boolean }) {
  const styles = useWresEntryFormStyles();
  const { canEdit, check, summary, problems, values, shown, change, blur, saving, submit } = state;
  return (
    <div className={styles.layout}>
      <form className={styles.form} onSubmit={submit} noValidate aria-label={correcting ? 'Correct WRES figures' : 'Enter WRES figures'}>
        {!canEdit ? (
          <MessageBar intent="info">
            <MessageBarBody>You can read these figures but not change them.</MessageBarBody>
          </MessageBar>
        ) : null}
        <div ref={summary} tabIndex={-1} role="status" aria-live="polite">
          <SaveOutcome state={state} />
          <ProblemList problems={problems} />
        </div>
        {FORM_SECTIONS.map((section) => (
          <FormSectionFields
            key={section.id}
            section={section}
            values={values}
            messages={shown}
            readOnly={!canEdit}
            yearLocked={correcting}
            onChange={change}
            onBlur={blur}
          />
        ))}
        <FormActions canEdit={canEdit} saving={saving} />
      </form>
      <aside className={styles.preview} aria-label="Results">
        <WresResultsPreview result={check.preview} withProblems={check.withProblems} />
      </aside>
    </div>
  );
}
