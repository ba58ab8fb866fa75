import { Field, Input, makeStyles, mergeClasses, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useReadOnlyStyles } from '../../components/read-only.styles';
import { bandsFor, STAFF_GROUPS, type StaffGroup } from '../../domain/wres';
import { ETHNIC_GROUPS, bandKey, type FormField, type FormFieldset, type FormSection, type FormValues } from './wres-form-sections';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  fieldset: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 8rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  bandGrid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(4.5rem, 1.2fr) repeat(3, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'start',
  },
  bandName: { paddingTop: tokens.spacingVerticalSNudge, overflowWrap: 'anywhere' },
  columnHead: { fontWeight: tokens.fontWeightSemibold },
  input: { minWidth: 0, width: '100%' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface FieldsProps {
  values: FormValues;
  /** Messages to show now, by field key. */
  messages: Readonly<Record<string, readonly string[]>>;
  readOnly: boolean;
  /** Correcting a stored year: the year itself stays as it is. */
  yearLocked?: boolean;
  onChange: (key: string, value: string) => void;
  onBlur: (key: string) => void;
}

function NumberField({ field, hiddenLabel, ...props }: FieldsProps & { field: FormField; hiddenLabel?: boolean }) {
  const styles = useStyles();
  const readOnly = useReadOnlyStyles();
  const message = props.messages[field.key];
  const text = field.kind === 'text';
  return (
    <Field
      label={hiddenLabel ? { children: field.fullName, className: styles.visuallyHidden } : field.label}
      required={!field.optional && field.kind !== 'count' && field.kind !== 'percent' ? true : undefined}
      validationState={message && message.length > 0 ? 'error' : 'none'}
      validationMessage={message && message.length > 0 ? message.join(' ') : undefined}
    >
      <Input
        className={mergeClasses(styles.input, props.readOnly && readOnly.input)}
        type={text ? 'text' : 'number'}
        inputMode={text ? undefined : field.kind === 'percent' ? 'decimal' : 'numeric'}
        min={text ? undefined : 0}
        max={field.kind === 'percent' ? 100 : undefined}
        step={field.kind === 'percent' ? 0.1 : 1}
        value={props.values[field.key] ?? ''}
        readOnly={props.readOnly}
        onChange={(_, data) => props.onChange(field.key, data.value)}
        onBlur={() => props.onBlur(field.key)}
      />
    </Field>
  );
}

function Fieldset({ set, ...props }: FieldsProps & { set: FormFieldset }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{set.legend}</legend>
      <div className={styles.row}>
        {set.fields.map((field) => (
          <NumberField key={field.key} field={field} {...props} />
        ))}
      </div>
    </fieldset>
  );
}

/** Indicator 1: one row per band or grade, White, BME and Unknown side by side under visible column heads. */
function BandFieldset({ group, set, ...props }: FieldsProps & { group: StaffGroup; set: FormFieldset }) {
  const styles = useStyles();
  const byKey = new Map(set.fields.map((field) => [field.key, field]));
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{set.legend}</legend>
      <div className={styles.bandGrid}>
        {/* The heads are for the eye; each box's own label names its band and group in full. */}
        <Text className={styles.columnHead} aria-hidden>
          {group === 'medical-dental' ? 'Grade' : 'Band'}
        </Text>
        <Text className={styles.columnHead} aria-hidden>
          White
        </Text>
        <Text className={styles.columnHead} aria-hidden>
          BME
        </Text>
        <Text className={styles.columnHead} aria-hidden>
          Unknown
        </Text>
        {bandsFor(group).map((band) => [
          <Text key={band} className={styles.bandName} aria-hidden>
            {band}
          </Text>,
          ...ETHNIC_GROUPS.map((ethnic) => {
            const field = byKey.get(bandKey(group, band, ethnic));
            return field === undefined ? null : <NumberField key={field.key} field={field} hiddenLabel {...props} />;
          }),
        ])}
      </div>
    </fieldset>
  );
}

/** One part of the form under its own heading: the organisation, or one indicator. */
export function FormSectionFields({ section, ...props }: FieldsProps & { section: FormSection }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {section.title}
      </Subtitle1>
      {section.hint ? <Text className={styles.hint}>{section.hint}</Text> : null}
      {section.id === '1' ? (
        STAFF_GROUPS.map((group, index) => {
          const set = section.fieldsets[index];
          return set === undefined ? null : <BandFieldset key={set.key} group={group} set={set} {...props} />;
        })
      ) : section.id === 'organisation' ? (
        <div className={styles.row}>
          {section.fieldsets
            .flatMap((set) => set.fields)
            .map((field) => (
              <NumberField key={field.key} field={field} {...props} readOnly={props.readOnly || (field.key === 'year' && props.yearLocked === true)} />
            ))}
        </div>
      ) : (
        section.fieldsets.map((set) => <Fieldset key={set.key} set={set} {...props} />)
      )}
    </section>
  );
}
