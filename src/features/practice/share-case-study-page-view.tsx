import { Button, Checkbox, Field, Select, Textarea } from '@fluentui/react-components';
import { OperationMessage } from '../../components/operation-message';
import { PageLayout } from '../../components/page-layout';
import { LinkedFieldsets, MeasureFieldset, OrganisationFields, WritingFields } from './case-study-fields';
import { useShareCaseStudyStyles } from './share-case-study-page.styles';
import type { ShareCaseStudyPageState } from './use-share-case-study-page';

/** The share (or edit) form from its state. */
export function ShareCaseStudyPageView(state: ShareCaseStudyPageState) {
  const styles = useShareCaseStudyStyles();
  const { editing, draft, errors, set, publication, submit } = state;
  return (
    <PageLayout
      title={editing ? `Edit "${editing.title}"` : 'Share a case study'}
      description="Published to the library other trusts read. Nothing internal is published: the contact appears only if you choose."
    >
      <form className={styles.form} onSubmit={submit} noValidate aria-label={editing ? 'Edit the case study' : 'Share a case study'}>
        {editing ? null : <StartFrom {...state} />}
        <WritingFields {...state} />
        <MeasureFieldset {...state} />
        <LinkedFieldsets {...state} />
        <OrganisationFields {...state} />
        <Field label="Links to material" hint='One per line: "title | https://address".' validationMessage={errors.links}>
          <Textarea value={draft.links} onChange={(_, data) => set('links', data.value)} />
        </Field>
        <Checkbox
          checked={draft.shareContact}
          onChange={(_, data) => set('shareContact', data.checked === true)}
          label={draft.sourceActionId ? "Name the action's owner as the contact (they agreed)" : 'Name me as the contact'}
        />
        <div>
          <Button type="submit" appearance="primary" disabled={publication.busy || publication.status.kind === 'done'}>
            {editing ? 'Save changes' : 'Publish'}
          </Button>
        </div>
        <OperationMessage
          status={publication.status}
          busyLabel={editing ? 'Saving…' : 'Publishing…'}
          failedTitle={editing ? 'It was not saved' : 'It was not published'}
        />
      </form>
    </PageLayout>
  );
}

/** Which completed action a new case study starts from, if any. */
function StartFrom({ draft, completed, startFrom }: Pick<ShareCaseStudyPageState, 'draft' | 'completed' | 'startFrom'>) {
  return (
    <Field label="Start from a completed action">
      <Select value={draft.sourceActionId ?? ''} onChange={(_, data) => startFrom(data.value || null)}>
        <option value="">From scratch</option>
        {completed.map((action) => (
          <option key={action.value.id} value={action.value.id}>
            {action.value.title}
          </option>
        ))}
      </Select>
    </Field>
  );
}
