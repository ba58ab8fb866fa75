import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { type ColumnMapping, type StaffField, type StaffFileKind, STAFF_FILE_FIELDS } from '../../domain/wres';
import type { StaffFileHeader } from './staff-job';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  file: { maxWidth: '100%', color: tokens.colorNeutralForeground1 },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))', gap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground2 },
});

const KIND_LABELS: Readonly<Record<StaffFileKind, { title: string; hint: string }>> = {
  staff: { title: 'Staff in post (ESR extract)', hint: 'Required. One row per person in post at 31 March: ethnic category, staff group and pay band.' },
  recruitment: { title: 'Recruitment (optional)', hint: 'One row per shortlisted applicant, with whether they were appointed (indicator 2).' },
  disciplinary: { title: 'Disciplinary (optional)', hint: 'One row per member of staff who entered a formal disciplinary investigation (indicator 3).' },
  training: { title: 'Training (optional)', hint: 'One row per member of staff who accessed non-mandatory training or CPD (indicator 4).' },
  board: { title: 'Board members (optional)', hint: 'One row per board member, with whether they vote and whether they are an executive (indicator 9).' },
};

export type PickedFile =
  | { readonly state: 'reading'; readonly file: File }
  | { readonly state: 'ready'; readonly file: File; readonly header: StaffFileHeader; readonly mapping: ColumnMapping }
  | { readonly state: 'failed'; readonly file: File; readonly message: string };

const NOT_IN_FILE = '';

/**
 * One kind of staff file: the file input, then one drop-down per field listing the file's own
 * column names, filled in from the remembered or detected mapping for the person to check.
 */
export function StaffFilePicker({
  kind,
  picked,
  disabled,
  onFile,
  onMapping,
}: {
  kind: StaffFileKind;
  picked: PickedFile | undefined;
  disabled: boolean;
  onFile: (file: File | undefined) => void;
  onMapping: (mapping: ColumnMapping) => void;
}) {
  const styles = useStyles();
  const inputId = useId();
  const hintId = useId();
  const label = KIND_LABELS[kind];
  const setField = (field: StaffField, name: string) => {
    if (picked?.state !== 'ready') return;
    const next: ColumnMapping = { ...picked.mapping };
    if (name === NOT_IN_FILE) delete next[field];
    else next[field] = name;
    onMapping(next);
  };
  return (
    <div className={styles.root}>
      <label id={inputId} htmlFor={`${inputId}-file`}>
        <Text weight="semibold">{label.title}</Text>
      </label>
      <Text id={hintId} size={200} className={styles.hint}>
        {label.hint} CSV or XLSX.
      </Text>
      <input
        id={`${inputId}-file`}
        className={styles.file}
        type="file"
        accept=".csv,.xlsx,text/csv"
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => onFile(event.currentTarget.files?.[0])}
      />
      {picked?.state === 'reading' ? <Text size={200}>Reading the column names of {picked.file.name}…</Text> : null}
      {picked?.state === 'failed' ? (
        <Text size={200} role="alert">
          {picked.message}
        </Text>
      ) : null}
      {picked?.state === 'ready' ? (
        <div className={styles.fields}>
          {STAFF_FILE_FIELDS[kind].map((spec) => (
            <Field
              key={spec.field}
              label={`${label.title.replace(/ \(.*\)$/, '')}: ${spec.label}`}
              required={spec.required}
              hint={spec.required ? undefined : `If not in the file: ${spec.whenAbsent}.`}
            >
              <Select value={picked.mapping[spec.field] ?? NOT_IN_FILE} disabled={disabled} onChange={(_, data) => setField(spec.field, data.value)}>
                <option value={NOT_IN_FILE}>{spec.required ? 'Choose a column' : 'Not in this file'}</option>
                {picked.header.header
                  .filter((name) => name !== NOT_IN_FILE)
                  .map((name, i) => (
                    <option key={`${i}-${name}`} value={name}>
                      {name}
                    </option>
                  ))}
              </Select>
            </Field>
          ))}
        </div>
      ) : null}
    </div>
  );
}
