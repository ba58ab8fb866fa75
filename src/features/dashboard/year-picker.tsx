import { Field, Select } from '@fluentui/react-components';

export interface YearPickerProps {
  years: readonly number[];
  year: number;
  onChange: (year: number) => void;
}

/** The WRES reporting year shown, newest first. */
export function YearPicker({ years, year, onChange }: YearPickerProps) {
  return (
    <Field label="Reporting year">
      <Select value={String(year)} onChange={(_, data) => onChange(Number(data.value))}>
        {years.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
    </Field>
  );
}
