import { Field, type FieldProps } from '@fluentui/react-components';
import { DatePicker, type DatePickerProps, defaultDatePickerStrings } from '@fluentui/react-datepicker-compat';
import { useCallback, useMemo } from 'react';
import { type IsoDate, formatUkDate, parseUkDate } from '../domain/shared';

export interface UkDateFieldProps extends Pick<FieldProps, 'label' | 'required' | 'validationMessage' | 'validationState'> {
  /** Said after the format, e.g. "Plan year 2027/28". */
  hint?: string;
  /**
   * The date as typed (dd/mm/yyyy, ddmmyyyy or ISO), kept as text: a mistyped date stays on
   * screen, to be corrected, and the form's own check says what is wrong with it.
   */
  value: string;
  onChange: (text: string) => void;
  /** Today in the UK, marked on the calendar. */
  today: IsoDate;
  /** The first and last days the calendar offers; typed dates are checked by the form. */
  earliest?: IsoDate;
  latest?: IsoDate;
  className?: string;
}

const MONDAY = 1; // DayOfWeek.Monday: UK calendars start the week on Monday.

// The calendar's spoken labels, day first as people in the UK say them ("15 September 2027").
const UK_FORMATTING: DatePickerProps['dateTimeFormatter'] = {
  formatDay: (date) => String(date.getDate()),
  formatMonth: (date, strings) => strings.months[date.getMonth()] ?? '',
  formatYear: (date) => String(date.getFullYear()),
  formatMonthDayYear: (date, strings) => `${date.getDate()} ${strings.months[date.getMonth()] ?? ''} ${date.getFullYear()}`,
  formatMonthYear: (date, strings) => `${strings.months[date.getMonth()] ?? ''} ${date.getFullYear()}`,
};

const UK_STRINGS: DatePickerProps['strings'] = { ...defaultDatePickerStrings, closeButtonAriaLabel: 'Close the calendar' };

/** The picker works with local midnights; the plan with calendar days. A date-time without a zone is read as local time. */
const localDate = (date: IsoDate): Date => new Date(`${date}T00:00:00`);
const isoOf = (date: Date): IsoDate =>
  `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const fromText = (text: string): Date | null => {
  const date = parseUkDate(text);
  return date ? localDate(date) : null;
};

/**
 * A date field read day first whatever the browser's locale: type dd/mm/yyyy (or ddmmyyyy), or
 * press Down arrow (or use the calendar button) to choose from a calendar that starts on Monday.
 * Fluent's DatePicker would clear text it cannot read; here the typed text is the value, so a
 * mistake stays visible beside the form's message. A date that reads is rewritten dd/mm/yyyy
 * when the field is left, showing how it was read.
 */
export function UkDateField({ value, onChange, today, earliest, latest, className, hint, ...field }: UkDateFieldProps) {
  const typedDate = parseUkDate(value);
  // What the picker holds: the date typed, none for an empty field, or an invalid date for text
  // that does not read, which `formatDate` shows as typed instead of the picker clearing it.
  const selected = useMemo(() => {
    if (value.trim() === '') return null;
    return typedDate ? localDate(typedDate) : new Date(Number.NaN);
  }, [value, typedDate]);
  const formatDate = useCallback(
    (date?: Date) => {
      if (!date || Number.isNaN(date.getTime()) || isoOf(date) === typedDate) return value;
      return formatUkDate(isoOf(date));
    },
    [value, typedDate],
  );
  return (
    <Field
      {...field}
      hint={
        <>
          <span>Day first: dd/mm/yyyy.</span> {hint ? <span>{hint}</span> : null}
        </>
      }
    >
      <DatePicker
        className={className}
        allowTextInput
        disableAutoFocus
        openOnClick={false}
        placeholder="dd/mm/yyyy"
        firstDayOfWeek={MONDAY}
        // One month at a time, the month and year picker over it: the calendar fits a 360 px Teams panel.
        showMonthPickerAsOverlay
        strings={UK_STRINGS}
        dateTimeFormatter={UK_FORMATTING}
        formatDate={formatDate}
        parseDateFromString={fromText}
        today={localDate(today)}
        minDate={earliest ? localDate(earliest) : undefined}
        maxDate={latest ? localDate(latest) : undefined}
        value={selected}
        // Days of the next and previous months keep full contrast: Fluent's lighter grey is below WCAG AA.
        calendar={{ value: typedDate ? localDate(typedDate) : localDate(today), calendarDayProps: { lightenDaysOutsideNavigatedMonth: false } }}
        onChange={(_, data) => onChange(data.value)}
        onSelectDate={(date) => onChange(date ? formatUkDate(isoOf(date)) : '')}
        onBlur={() => {
          if (typedDate && value !== formatUkDate(typedDate)) onChange(formatUkDate(typedDate));
        }}
      />
    </Field>
  );
}
