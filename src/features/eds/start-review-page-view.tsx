import { Button, Checkbox, Field, Input, Link, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { Link as RouterLink } from 'wouter';
import { PROTECTED_CHARACTERISTICS } from '../../domain/eds';
import { OperationMessage } from '../../components/operation-message';
import { PageLayout } from '../../components/page-layout';
import { useStartReviewPageStyles } from './start-review-page.styles';
import type { StartReviewPageState } from './use-start-review-page';

function FrameworkChoice({ form, change }: Pick<StartReviewPageState, 'form' | 'change'>) {
  return (
    <Field label="Framework">
      <RadioGroup value={form.framework} onChange={(_, data) => change('framework', data.value === 'eds2022' ? 'eds2022' : 'eds2')}>
        <Radio value="eds2" label="EDS2 (4 goals, 18 outcomes, graded)" />
        <Radio value="eds2022" label="EDS 2022 (3 domains, 11 outcomes, scored 0 to 3)" />
      </RadioGroup>
    </Field>
  );
}

/** The protected characteristics of the Equality Act the review covers, as checkboxes. */
function CharacteristicChecks({ form, toggleCharacteristic }: Pick<StartReviewPageState, 'form' | 'toggleCharacteristic'>) {
  const styles = useStartReviewPageStyles();
  return (
    <fieldset>
      <legend>Protected characteristics covered</legend>
      <div className={styles.checks}>
        {PROTECTED_CHARACTERISTICS.map((name) => (
          <Checkbox
            key={name}
            label={name}
            checked={form.characteristics.includes(name)}
            onChange={(_, data) => toggleCharacteristic(name, data.checked === true)}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** The start-review form: framework, year, partners, and the groups covered. */
export function StartReviewPageView({ form, errors, duplicate, change, toggleCharacteristic, create, submit }: StartReviewPageState) {
  const styles = useStartReviewPageStyles();
  return (
    <PageLayout title="Start an EDS review" description="Who takes part, and which groups the review covers. Outcomes are graded next.">
      <form className={styles.form} onSubmit={submit} noValidate aria-label="Start an EDS review">
        <FrameworkChoice form={form} change={change} />
        <Field label="Year" required validationMessage={errors.year}>
          <Input type="number" value={form.year} onChange={(_, data) => change('year', data.value)} />
        </Field>
        {duplicate === undefined ? null : (
          <RouterLink href={`/${encodeURIComponent(duplicate.id)}`} asChild>
            <Link>Open the {duplicate.year} review</Link>
          </RouterLink>
        )}
        {form.framework === 'eds2022' ? (
          <Field label="Services reviewed (Domain 1)" hint="One per line, for example the maternity service.">
            <Textarea value={form.services} onChange={(_, data) => change('services', data.value)} />
          </Field>
        ) : null}
        <Field label="Partner organisations" hint="One per line, for example the local Healthwatch." validationMessage={errors.partners}>
          <Textarea value={form.organisations} onChange={(_, data) => change('organisations', data.value)} />
        </Field>
        <Field label="People taking part" hint='One per line: name, role, organisation. For example "Chair, BME staff network".'>
          <Textarea value={form.people} onChange={(_, data) => change('people', data.value)} />
        </Field>
        <CharacteristicChecks form={form} toggleCharacteristic={toggleCharacteristic} />
        <Field label="Other groups covered" hint="One per line, for example carers or people who are homeless.">
          <Textarea value={form.otherGroups} onChange={(_, data) => change('otherGroups', data.value)} />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={create.busy}>
            Start review
          </Button>
        </div>
        <OperationMessage status={create.status} busyLabel="Starting the review…" failedTitle="The review was not started" />
      </form>
    </PageLayout>
  );
}
