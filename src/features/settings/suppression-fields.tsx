import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useReadOnlyStyles } from '../../components/read-only.styles';
import { SUPPRESSION_METHODS, SUPPRESSION_METHOD_LABELS } from '../../domain/exports';
import type { SettingsPageState } from './use-settings-page';

type SuppressionFieldsProps = Pick<SettingsPageState, 'form' | 'errors' | 'canEdit' | 'change'>;

/** How the publication pack keeps small numbers out: the method, and the threshold it may use. */
export function SuppressionFields({ form, errors, canEdit, change }: SuppressionFieldsProps) {
  const nhsDigital = form.suppressionMethod === 'nhs-digital-2018';
  const readOnly = useReadOnlyStyles();
  return (
    <>
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
          nhsDigital
            ? "Not used by NHS Digital's rule, which hides counts from 1 to 7."
            : 'Published counts from 1 to below this are shown as *, with as few other entries as it takes so that none can be worked back.'
        }
      >
        <Input
          type="number"
          className={canEdit ? undefined : readOnly.input}
          min={1}
          max={50}
          value={form.suppressionThreshold}
          readOnly={!canEdit}
          disabled={nhsDigital}
          onChange={(_, data) => change('suppressionThreshold', data.value)}
        />
      </Field>
    </>
  );
}
