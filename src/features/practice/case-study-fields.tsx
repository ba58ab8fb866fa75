import { Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { NHS_REGIONS, ORGANISATION_TYPES } from '../../domain/practice';
import { WRES_INDICATOR_IDS } from '../../domain/wres';
import { oneOf } from './case-study-draft';
import { useShareCaseStudyStyles } from './share-case-study-page.styles';
import type { ShareCaseStudyPageState } from './use-share-case-study-page';

type FieldsProps = Pick<ShareCaseStudyPageState, 'draft' | 'errors' | 'set'>;

/** The title, and the problem, what was done and the impact in the trust's own words. */
export function WritingFields({ draft, errors, set }: FieldsProps) {
  return (
    <>
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
    </>
  );
}

/** One indicator's figure before and after the work, if the trust gives it. */
export function MeasureFieldset({ draft, errors, set }: FieldsProps) {
  const styles = useShareCaseStudyStyles();
  return (
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
  );
}

/** The WRES indicators and EDS outcomes the case study is linked to, as checkboxes. */
export function LinkedFieldsets({ draft, edsIds, toggle }: Pick<ShareCaseStudyPageState, 'draft' | 'edsIds' | 'toggle'>) {
  const styles = useShareCaseStudyStyles();
  return (
    <>
      <fieldset>
        <legend>Linked WRES indicators</legend>
        <div className={styles.checks}>
          {WRES_INDICATOR_IDS.map((id) => (
            <Checkbox
              key={id}
              label={`Indicator ${id}`}
              checked={draft.indicators.includes(id)}
              onChange={(_, data) => toggle('indicators', id, data.checked === true)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Linked EDS outcomes</legend>
        <div className={styles.checks}>
          {edsIds.map((id) => (
            <Checkbox
              key={id}
              label={`Outcome ${id}`}
              checked={draft.edsOutcomes.includes(id)}
              onChange={(_, data) => toggle('edsOutcomes', id, data.checked === true)}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}

/** The organisation's type and region, by which other trusts filter the library. */
export function OrganisationFields({ draft, set }: Pick<ShareCaseStudyPageState, 'draft' | 'set'>) {
  const styles = useShareCaseStudyStyles();
  return (
    <div className={styles.pair}>
      <Field label="Organisation type">
        <Select value={draft.organisationType} onChange={(_, data) => set('organisationType', oneOf(ORGANISATION_TYPES, data.value) ?? draft.organisationType)}>
          {ORGANISATION_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </Select>
      </Field>
      <Field label="Region">
        <Select value={draft.region} onChange={(_, data) => set('region', oneOf(NHS_REGIONS, data.value) ?? draft.region)}>
          {NHS_REGIONS.map((region) => (
            <option key={region}>{region}</option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
