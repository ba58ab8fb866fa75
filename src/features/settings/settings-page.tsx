import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { PageLayout } from '../../components/page-layout';
import { SUPPRESSION_METHODS, SUPPRESSION_METHOD_LABELS } from '../../domain/exports';
import { NHS_REGIONS, ORGANISATION_TYPES } from '../../domain/practice';
import type { SchemaReport } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { HubRegistration } from './hub-registration';
import { changedSettings, settingsFormFrom, validateSettings, type SettingsErrors, type SettingsForm } from './settings-form';
import { StoredLink } from '../../components/stored-link';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '560px' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function describeReport(report: SchemaReport): string {
  const changes = [...report.createdLists.map((list) => `created ${list}`), ...report.addedColumns.map((c) => `added ${c}`), ...report.indexedColumns.map((c) => `indexed ${c}`)];
  return changes.length === 0 ? 'All lists and columns are in place.' : `Done: ${changes.join('; ')}.`;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The tab's address with a `site` override, which the app reads when it opens. */
function siteAddress(site: string): string {
  return `${window.location.pathname}?site=${encodeURIComponent(site)}#/settings`;
}

/** The organisation's details, the EDS framework, the library, the suppression method and threshold, and the lists. */
export function SettingsPage() {
  const styles = useStyles();
  const { snapshot, storage, canEdit, refresh } = usePlanData();
  const stored = snapshot?.settings;
  // Until the user types, the form shows what is stored (and follows it as the plan refreshes).
  const [draft, setDraft] = useState<SettingsForm | undefined>(undefined);
  const form = draft ?? settingsFormFrom(stored ?? {});
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState<Outcome>({ kind: 'idle' });
  const [checking, setChecking] = useState<Outcome>({ kind: 'idle' });
  const [otherSite, setOtherSite] = useState('');
  const openOtherSite = (event: FormEvent): void => {
    event.preventDefault();
    window.location.assign(siteAddress(otherSite.trim()));
  };

  const change = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void => {
    const next = { ...form, [key]: value };
    setDraft(next);
    if (Object.keys(errors).length > 0) setErrors(validateSettings(next));
  };

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found = validateSettings(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setSaving({ kind: 'failed', message: 'Check the fields marked above.' });
      return;
    }
    setSaving({ kind: 'busy' });
    try {
      for (const [key, value] of changedSettings(form, stored ?? {})) await storage.settings.saveSetting(key, value);
      await refresh();
      setDraft(undefined);
      setSaving({ kind: 'done', message: 'Settings saved.' });
    } catch (error) {
      setSaving({ kind: 'failed', message: `Settings were not saved: ${messageOf(error)}` });
    }
  };

  const checkLists = async (): Promise<void> => {
    setChecking({ kind: 'busy' });
    try {
      setChecking({ kind: 'done', message: describeReport(await storage.ensureSchema()) });
    } catch (error) {
      setChecking({ kind: 'failed', message: messageOf(error) });
    }
  };

  const status = (outcome: Outcome) =>
    outcome.kind === 'done' || outcome.kind === 'failed' ? (
      <MessageBar intent={outcome.kind === 'done' ? 'success' : 'error'}>
        <MessageBarBody>{outcome.message}</MessageBarBody>
      </MessageBar>
    ) : null;

  return (
    <PageLayout title="Settings" description="The organisation's details and how the plan is kept.">
      <form className={styles.form} onSubmit={(event) => void save(event)} noValidate aria-label="Organisation settings">
        <Field label="Organisation name" required validationMessage={errors.organisationName}>
          <Input value={form.organisationName} readOnly={!canEdit} onChange={(_, data) => change('organisationName', data.value)} />
        </Field>
        <Field label="ODS code" required validationMessage={errors.odsCode} hint="The organisation's code in the NHS Organisation Data Service, such as RXX.">
          <Input value={form.odsCode} readOnly={!canEdit} onChange={(_, data) => change('odsCode', data.value)} />
        </Field>
        <Field label="Organisation type" hint="Shown with the case studies you share.">
          <Select value={form.organisationType} disabled={!canEdit} onChange={(_, data) => change('organisationType', data.value)}>
            <option value="">Not set</option>
            {ORGANISATION_TYPES.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </Select>
        </Field>
        <Field label="Region">
          <Select value={form.region} disabled={!canEdit} onChange={(_, data) => change('region', data.value)}>
            <option value="">Not set</option>
            {NHS_REGIONS.map((region) => (
              <option key={region}>{region}</option>
            ))}
          </Select>
        </Field>
        <Field label="EDS framework">
          <RadioGroup value={form.edsFramework} disabled={!canEdit} onChange={(_, data) => change('edsFramework', data.value === 'eds2022' ? 'eds2022' : 'eds2')}>
            <Radio value="eds2" label="EDS2 (4 goals, 18 outcomes)" />
            <Radio value="eds2022" label="EDS 2022 (3 domains, 11 outcomes)" />
          </RadioGroup>
        </Field>
        <Field label="Good-practice library site" validationMessage={errors.librarySite} hint="The hub site that holds the shared library, as a site id or address.">
          <Input value={form.librarySite} readOnly={!canEdit} onChange={(_, data) => change('librarySite', data.value)} />
        </Field>
        <Field
          label="Suppression method"
          hint="How the publication pack keeps small numbers out. Zeros are always shown, and so are the headline figures and their verdicts."
        >
          <RadioGroup
            value={form.suppressionMethod}
            disabled={!canEdit}
            onChange={(_, data) => change('suppressionMethod', data.value === 'nhs-digital-2018' ? 'nhs-digital-2018' : 'threshold')}
          >
            {SUPPRESSION_METHODS.map((method) => (
              <Radio key={method} value={method} label={SUPPRESSION_METHOD_LABELS[method]} />
            ))}
          </RadioGroup>
        </Field>
        <Field
          label="Small-number threshold"
          validationMessage={errors.suppressionThreshold}
          hint={
            form.suppressionMethod === 'nhs-digital-2018'
              ? "Not used by NHS Digital's rule, which hides counts from 1 to 7."
              : 'Published counts from 1 to below this are shown as *, with as few other entries as it takes so that none can be worked back.'
          }
        >
          <Input
            type="number"
            min={1}
            max={50}
            value={form.suppressionThreshold}
            readOnly={!canEdit}
            disabled={form.suppressionMethod === 'nhs-digital-2018'}
            onChange={(_, data) => change('suppressionThreshold', data.value)}
          />
        </Field>
        {canEdit ? (
          <div className={styles.row}>
            <Button type="submit" appearance="primary" disabled={saving.kind === 'busy'}>
              Save settings
            </Button>
            {saving.kind === 'busy' ? <Spinner size="tiny" label="Saving…" /> : null}
          </div>
        ) : (
          <Text>You have read-only access to this plan, so these settings cannot be changed here.</Text>
        )}
        <div role="status" aria-live="polite">
          {status(saving)}
        </div>
      </form>

      <HubRegistration />

      <section className={styles.section} aria-labelledby="lists-heading">
        <Subtitle2 as="h2" id="lists-heading">
          SharePoint lists
        </Subtitle2>
        <Text>
          The plan is kept in six lists on the SharePoint site{' '}
          {storage.site.webUrl ? (
            <StoredLink address={storage.site.webUrl} title={storage.site.name} />
          ) : (
            <Text weight="semibold">{storage.site.name}</Text>
          )}
          . Checking them adds any list or column a newer version of the app needs; nothing is ever deleted.
        </Text>
        {canEdit ? (
          <div className={styles.row}>
            <Button disabled={checking.kind === 'busy'} onClick={() => void checkLists()}>
              Check lists
            </Button>
            {checking.kind === 'busy' ? <Spinner size="tiny" label="Checking…" /> : null}
          </div>
        ) : null}
        <div role="status" aria-live="polite">
          {status(checking)}
        </div>
        <form className={styles.row} onSubmit={openOtherSite} aria-label="Open the plan on another site">
          <Field label="Open the plan on another SharePoint site" hint="A site id; the team's own site is used otherwise.">
            <Input value={otherSite} onChange={(_, data) => setOtherSite(data.value)} />
          </Field>
          <Button type="submit" disabled={otherSite.trim() === ''}>
            Open
          </Button>
          <Link href={siteAddress('default')}>Use the team&apos;s own site</Link>
        </form>
      </section>
    </PageLayout>
  );
}
