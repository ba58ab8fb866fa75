import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { EDS2022_OUTCOMES, EDS2_OUTCOMES } from '../../domain/eds';
import { NHS_REGIONS, ORGANISATION_TYPES, caseStudyFromAction, parseCaseStudy, type CaseStudy } from '../../domain/practice';
import { InvalidError } from '../../storage/ports';
import { WRES_INDICATOR_IDS } from '../../domain/wres';
import { PageLayout } from '../../components/page-layout';
import { usePlanData } from '../../app/plan-data';
import { useLibrary } from './use-library';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  checks: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(110px, 1fr))' },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: tokens.spacingHorizontalM },
});

type OrganisationType = CaseStudy['organisation']['type'];
type Region = CaseStudy['organisation']['region'];

interface Draft {
  title: string;
  problem: string;
  whatWasDone: string;
  impact: string;
  indicators: string[];
  edsOutcomes: string[];
  organisationType: OrganisationType;
  region: Region;
  shareContact: boolean;
  links: string;
  measureIndicator: string;
  before: string;
  after: string;
  sourceActionId?: string;
}

/** "Title | https://…" per line. */
function linksOf(text: string): { title: string; url: string }[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([title, url]) => title && url)
    .map(([title = '', url = '']) => ({ title, url }));
}

/** The form's fields from a published case study, for editing it. */
function draftOf(caseStudy: CaseStudy): Draft {
  const measure = caseStudy.measures[0];
  return {
    title: caseStudy.title,
    problem: caseStudy.problem,
    whatWasDone: caseStudy.whatWasDone,
    impact: caseStudy.impact,
    indicators: [...caseStudy.indicators],
    edsOutcomes: [...caseStudy.edsOutcomes],
    organisationType: caseStudy.organisation.type,
    region: caseStudy.organisation.region,
    shareContact: caseStudy.contact !== undefined,
    links: caseStudy.links.map((link) => `${link.title} | ${link.url}`).join('\n'),
    measureIndicator: measure?.indicator ?? '',
    before: measure ? String(measure.before) : '',
    after: measure ? String(measure.after) : '',
    ...(caseStudy.sourceActionId ? { sourceActionId: caseStudy.sourceActionId } : {}),
  };
}

/** Write a case study from a completed action or from scratch, and publish it to the shared library. */
export function ShareCaseStudyPage() {
  const { snapshot } = usePlanData();
  // The form starts from the plan's actions and settings, so it waits for them.
  return snapshot ? <ShareCaseStudyForm /> : <Spinner label="Loading the plan…" />;
}

/** Edit one of the trust's own published case studies; the api refuses anyone else's. */
export function EditCaseStudyPage({ caseStudyId }: { caseStudyId: string }) {
  const { snapshot } = usePlanData();
  const { entries, status, error } = useLibrary();
  const entry = entries.find((item) => item.value.caseStudy.id === caseStudyId);
  if (!snapshot || status === 'loading') return <Spinner label="Opening the case study…" />;
  if (!entry) return <PageLayout title="Case study not found" description={error ?? 'There is no case study at this address. Choose one from the library.'} />;
  return <ShareCaseStudyForm editing={entry.value.caseStudy} />;
}

function ShareCaseStudyForm({ editing }: { editing?: CaseStudy }) {
  const styles = useStyles();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const { snapshot, storage, user, today, openLibrary } = usePlanData();
  const settings = snapshot?.settings ?? {};
  const organisation = {
    name: settings.organisationName ?? '',
    odsCode: settings.odsCode ?? '',
    type: (ORGANISATION_TYPES as readonly string[]).includes(settings.organisationType ?? '') ? (settings.organisationType as OrganisationType) : 'Acute trust',
    region: (NHS_REGIONS as readonly string[]).includes(settings.region ?? '') ? (settings.region as Region) : 'London',
  };
  const completed = (snapshot?.actions ?? []).filter((action) => action.value.status === 'Completed');
  const fromAction = (actionId: string | null): Draft => {
    const action = completed.find((item) => item.value.id === actionId)?.value;
    const base = action ? caseStudyFromAction(action, { id: 'draft', organisation, today, shareOwnerAsContact: false }) : undefined;
    return {
      title: base?.title ?? '',
      problem: base?.problem ?? '',
      whatWasDone: base?.whatWasDone ?? '',
      impact: base?.impact ?? '',
      indicators: [...(base?.indicators ?? [])],
      edsOutcomes: [...(base?.edsOutcomes ?? [])],
      organisationType: organisation.type,
      region: organisation.region,
      shareContact: false,
      links: '',
      measureIndicator: base?.indicators[0] ?? '',
      before: '',
      after: '',
      ...(action ? { sourceActionId: action.id } : {}),
    };
  };
  const [draft, setDraft] = useState<Draft>(() => (editing ? draftOf(editing) : fromAction(search.get('from'))));
  // The case study's id and the edit's key are chosen once per form, so a retried publish or
  // save is recognised by the api and changes nothing rather than making a second copy.
  const [caseStudyId] = useState(() => editing?.id ?? crypto.randomUUID());
  const [editKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [publishing, setPublishing] = useState(false);
  const edsIds = (settings.edsFramework === 'eds2022' ? EDS2022_OUTCOMES : EDS2_OUTCOMES).map((outcome) => outcome.id);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((current) => ({ ...current, [key]: value }));
  const toggle = (key: 'indicators' | 'edsOutcomes', id: string, on: boolean): void =>
    setDraft((current) => ({ ...current, [key]: on ? [...current[key], id] : current[key].filter((item) => item !== id) }));

  const publish = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const source = completed.find((item) => item.value.id === draft.sourceActionId)?.value;
    const contact = !draft.shareContact ? undefined : (editing?.contact ?? (source?.owner.email ? { name: source.owner.name, email: source.owner.email } : { name: user.displayName, email: user.email }));
    const measures = draft.measureIndicator && draft.before !== '' && draft.after !== '' ? [{ indicator: draft.measureIndicator, before: Number(draft.before), after: Number(draft.after) }] : [];
    const checked = parseCaseStudy({
      id: caseStudyId,
      title: draft.title,
      problem: draft.problem,
      whatWasDone: draft.whatWasDone,
      impact: draft.impact,
      measures,
      indicators: draft.indicators,
      edsOutcomes: draft.edsOutcomes,
      organisation: { ...(editing?.organisation ?? organisation), type: draft.organisationType, region: draft.region },
      ...(contact ? { contact } : {}),
      links: linksOf(draft.links),
      ...(draft.sourceActionId ? { sourceActionId: draft.sourceActionId } : {}),
      publishedOn: editing?.publishedOn ?? today,
    });
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.errors.map((error) => [error.path.split(/[.[]/)[0] ?? '', error.message])));
      setFailure('Check the fields marked above.');
      return;
    }
    setErrors({});
    setFailure(undefined);
    setPublishing(true);
    try {
      const library = await openLibrary();
      if (editing) await library.edit(checked.value, storage.site.id, editKey);
      else await library.publish(checked.value, storage.site.id);
      navigate(`/${encodeURIComponent(checked.value.id)}`);
    } catch (error) {
      if (error instanceof InvalidError) setErrors(Object.fromEntries(Object.entries(error.fields).map(([path, message]) => [path.split(/[.[]/)[0] ?? '', message])));
      setFailure(`It was not ${editing ? 'saved' : 'published'}: ${error instanceof Error ? error.message : String(error)}`);
      setPublishing(false);
    }
  };

  return (
    <PageLayout
      title={editing ? `Edit "${editing.title}"` : 'Share a case study'}
      description="Published to the library other trusts read. Nothing internal is published: the contact appears only if you choose."
    >
      <form className={styles.form} onSubmit={(event) => void publish(event)} noValidate aria-label={editing ? 'Edit the case study' : 'Share a case study'}>
        {editing ? null : (
          <Field label="Start from a completed action">
            <Select value={draft.sourceActionId ?? ''} onChange={(_, data) => setDraft(fromAction(data.value || null))}>
              <option value="">From scratch</option>
              {completed.map((action) => (
                <option key={action.value.id} value={action.value.id}>
                  {action.value.title}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label="Title" required validationMessage={errors.title}>
          <Input value={draft.title} onChange={(_, data) => set('title', data.value)} />
        </Field>
        <Field label="The problem" required validationMessage={errors.problem}>
          <Textarea value={draft.problem} onChange={(_, data) => set('problem', data.value)} />
        </Field>
        <Field label="What was done" required validationMessage={errors.whatWasDone}>
          <Textarea value={draft.whatWasDone} onChange={(_, data) => set('whatWasDone', data.value)} />
        </Field>
        <Field label="The impact" required validationMessage={errors.impact}>
          <Textarea value={draft.impact} onChange={(_, data) => set('impact', data.value)} />
        </Field>
        <fieldset>
          <legend>An indicator before and after (optional)</legend>
          <div className={styles.pair}>
            <Field label="Indicator">
              <Select value={draft.measureIndicator} onChange={(_, data) => set('measureIndicator', data.value)}>
                <option value="">None</option>
                {WRES_INDICATOR_IDS.map((id) => (
                  <option key={id} value={id}>
                    Indicator {id}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Before" validationMessage={errors.measures}>
              <Input type="number" value={draft.before} onChange={(_, data) => set('before', data.value)} />
            </Field>
            <Field label="After">
              <Input type="number" value={draft.after} onChange={(_, data) => set('after', data.value)} />
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>Linked WRES indicators</legend>
          <div className={styles.checks}>
            {WRES_INDICATOR_IDS.map((id) => (
              <Checkbox key={id} label={`Indicator ${id}`} checked={draft.indicators.includes(id)} onChange={(_, data) => toggle('indicators', id, data.checked === true)} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Linked EDS outcomes</legend>
          <div className={styles.checks}>
            {edsIds.map((id) => (
              <Checkbox key={id} label={`Outcome ${id}`} checked={draft.edsOutcomes.includes(id)} onChange={(_, data) => toggle('edsOutcomes', id, data.checked === true)} />
            ))}
          </div>
        </fieldset>
        <div className={styles.pair}>
          <Field label="Organisation type">
            <Select value={draft.organisationType} onChange={(_, data) => set('organisationType', data.value as OrganisationType)}>
              {ORGANISATION_TYPES.map((type) => (
                <option key={type}>{type}</option>
              ))}
            </Select>
          </Field>
          <Field label="Region">
            <Select value={draft.region} onChange={(_, data) => set('region', data.value as Region)}>
              {NHS_REGIONS.map((region) => (
                <option key={region}>{region}</option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label="Links to material" hint='One per line: "title | https://address".' validationMessage={errors.links}>
          <Textarea value={draft.links} onChange={(_, data) => set('links', data.value)} />
        </Field>
        <Checkbox
          checked={draft.shareContact}
          onChange={(_, data) => set('shareContact', data.checked === true)}
          label={draft.sourceActionId ? "Name the action's owner as the contact (they agreed)" : 'Name me as the contact'}
        />
        <div>
          <Button type="submit" appearance="primary" disabled={publishing}>
            {editing ? 'Save changes' : 'Publish'}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {failure ? (
            <MessageBar intent="error">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
      </form>
    </PageLayout>
  );
}
