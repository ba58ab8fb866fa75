import { Button, Field, Input, Radio, RadioGroup, Select, Text } from '@fluentui/react-components';
import { OperationMessage } from '../../components/operation-message';
import { useReadOnlyStyles } from '../../components/read-only.styles';
import { frameworkName } from '../../domain/eds';
import { NHS_REGIONS, ORGANISATION_TYPES } from '../../domain/practice';
import { SuppressionFields } from './suppression-fields';
import { useSettingsStyles } from './settings-page.styles';
import type { SettingsPageState } from './use-settings-page';

type OrganisationFormProps = Pick<SettingsPageState, 'form' | 'errors' | 'canEdit' | 'frameworkInUse' | 'change' | 'save' | 'submit'>;

/** The organisation's details, its EDS framework, the library and the suppression rule, saved together. */
export function OrganisationForm({ form, errors, canEdit, frameworkInUse, change, save, submit }: OrganisationFormProps) {
  const styles = useSettingsStyles();
  const readOnly = useReadOnlyStyles();
  // Someone who may only read sees the values as text, not as boxes that look ready to type in.
  const inputClass = canEdit ? undefined : readOnly.input;
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Organisation settings">
      <Field label="Organisation name" required validationMessage={errors.organisationName}>
        <Input className={inputClass} value={form.organisationName} readOnly={!canEdit} onChange={(_, data) => change('organisationName', data.value)} />
      </Field>
      <Field label="ODS code" required validationMessage={errors.odsCode} hint="The organisation's code in the NHS Organisation Data Service, such as RXX.">
        <Input className={inputClass} value={form.odsCode} readOnly={!canEdit} onChange={(_, data) => change('odsCode', data.value)} />
      </Field>
      <Field label="Organisation type" hint="Shown with the case studies you share.">
        <Select
          className={canEdit ? undefined : readOnly.select}
          value={form.organisationType}
          disabled={!canEdit}
          onChange={(_, data) => change('organisationType', data.value)}
        >
          <option value="">Not set</option>
          {ORGANISATION_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </Select>
      </Field>
      <Field label="Region">
        <Select className={canEdit ? undefined : readOnly.select} value={form.region} disabled={!canEdit} onChange={(_, data) => change('region', data.value)}>
          <option value="">Not set</option>
          {NHS_REGIONS.map((region) => (
            <option key={region}>{region}</option>
          ))}
        </Select>
      </Field>
      <Field
        label="EDS framework"
        // Until the trust chooses, say which framework the Dashboard, reports and reviews already use, so no page seems to disagree.
        hint={form.edsFramework === '' ? `Not chosen yet: every page uses ${frameworkName(frameworkInUse)} until you choose.` : undefined}
      >
        <RadioGroup value={form.edsFramework} disabled={!canEdit} onChange={(_, data) => change('edsFramework', data.value === 'eds2022' ? 'eds2022' : 'eds2')}>
          <Radio value="eds2" label="EDS2 (4 goals, 18 outcomes)" />
          <Radio value="eds2022" label="EDS 2022 (3 domains, 11 outcomes)" />
        </RadioGroup>
      </Field>
      <Field
        label="Good-practice library site"
        validationMessage={errors.librarySite}
        hint="The hub site that holds the shared library, as a site id or address."
      >
        <Input className={inputClass} value={form.librarySite} readOnly={!canEdit} onChange={(_, data) => change('librarySite', data.value)} />
      </Field>
      <SuppressionFields form={form} errors={errors} canEdit={canEdit} change={change} />
      {canEdit ? (
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={save.busy}>
            Save settings
          </Button>
        </div>
      ) : (
        <Text>You have read-only access to this plan, so these settings cannot be changed here.</Text>
      )}
      <OperationMessage status={save.status} busyLabel="Saving…" failedTitle="Settings were not saved" doneText="Settings saved." />
    </form>
  );
}
