import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { PROTECTED_CHARACTERISTICS, parseEdsReview } from '../../domain/eds';
import { PageLayout } from '../../components/page-layout';
import { usePlanData } from '../../app/plan-data';
import { linesOf, newReview, peopleOf, type Framework } from './review-draft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  checks: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' },
});

type Characteristic = (typeof PROTECTED_CHARACTERISTICS)[number];

/** Starts a review: the framework and year, the partners taking part, and the groups it covers. */
export function StartReviewPage() {
  const styles = useStyles();
  const [, navigate] = useLocation();
  const { snapshot, storage, refresh, today, canEdit } = usePlanData();
  const [framework, setFramework] = useState<Framework>(snapshot?.settings.edsFramework === 'eds2022' ? 'eds2022' : 'eds2');
  const [year, setYear] = useState(today.slice(0, 4));
  const [organisations, setOrganisations] = useState('');
  const [people, setPeople] = useState('');
  const [characteristics, setCharacteristics] = useState<Characteristic[]>(['Race']);
  const [otherGroups, setOtherGroups] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const start = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const draft = {
      ...newReview(`${framework}-${year}-${crypto.randomUUID().slice(0, 8)}`, framework, Number(year)),
      reviewDate: today,
      partners: { organisations: linesOf(organisations), people: peopleOf(people) },
      characteristics,
      otherGroups: linesOf(otherGroups),
    };
    const checked = parseEdsReview(draft);
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.errors.map((error) => [error.path.split(/[.[]/)[0] ?? error.path, error.message])));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await storage.eds.saveReview(checked.value);
      await refresh();
      navigate(`/${encodeURIComponent(checked.value.id)}`);
    } catch (error) {
      setFailure(`The review was not started: ${error instanceof Error ? error.message : String(error)}`);
      setSaving(false);
    }
  };

  if (!canEdit) return <PageLayout title="Start an EDS review" description="You have read-only access to this plan." />;
  return (
    <PageLayout title="Start an EDS review" description="Who takes part, and which groups the review covers. Outcomes are graded next.">
      <form className={styles.form} onSubmit={(event) => void start(event)} noValidate aria-label="Start an EDS review">
        <Field label="Framework">
          <RadioGroup value={framework} onChange={(_, data) => setFramework(data.value === 'eds2022' ? 'eds2022' : 'eds2')}>
            <Radio value="eds2" label="EDS2 (4 goals, 18 outcomes, graded)" />
            <Radio value="eds2022" label="EDS 2022 (3 domains, 11 outcomes, scored 0 to 3)" />
          </RadioGroup>
        </Field>
        <Field label="Year" required validationMessage={errors.year}>
          <Input type="number" value={year} onChange={(_, data) => setYear(data.value)} />
        </Field>
        <Field label="Partner organisations" hint="One per line, for example the local Healthwatch." validationMessage={errors.partners}>
          <Textarea value={organisations} onChange={(_, data) => setOrganisations(data.value)} />
        </Field>
        <Field label="People taking part" hint='One per line: name, role, organisation. For example "Chair, BME staff network".'>
          <Textarea value={people} onChange={(_, data) => setPeople(data.value)} />
        </Field>
        <fieldset>
          <legend>Protected characteristics covered</legend>
          <div className={styles.checks}>
            {PROTECTED_CHARACTERISTICS.map((name) => (
              <Checkbox
                key={name}
                label={name}
                checked={characteristics.includes(name)}
                onChange={(_, data) => setCharacteristics((current) => (data.checked ? [...current, name] : current.filter((item) => item !== name)))}
              />
            ))}
          </div>
        </fieldset>
        <Field label="Other groups covered" hint="One per line, for example carers or people who are homeless.">
          <Textarea value={otherGroups} onChange={(_, data) => setOtherGroups(data.value)} />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={saving}>
            Start review
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
