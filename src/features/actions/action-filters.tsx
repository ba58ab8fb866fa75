import { Button, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ACTION_STATUSES } from '../../domain/plan';
import { DUE_FILTER_LABELS, DUE_FILTERS, type ActionFilters, type FilterKey, dueFilterLabel, hasFilters } from './action-filter-rules';
import { INDICATOR_OPTIONS, edsOutcomeLabel, indicatorLabel } from './action-labels';
import { EdsOutcomeOptions } from './eds-outcome-options';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 190px), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  dropdown: { minWidth: 0, width: '100%' },
  listbox: { maxHeight: '320px' },
});

interface FilterDropdownProps {
  label: string;
  anyLabel: string;
  value: string | undefined;
  display: (value: string) => string;
  onChange: (value: string) => void;
  children: ReactNode;
}

function FilterDropdown({ label, anyLabel, value, display, onChange, children }: FilterDropdownProps) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        listbox={{ className: styles.listbox }}
        value={value ? display(value) : anyLabel}
        selectedOptions={[value ?? '']}
        onOptionSelect={(_, data) => onChange(data.optionValue ?? '')}
      >
        <Option value="">{anyLabel}</Option>
        {children}
      </Dropdown>
    </Field>
  );
}

export interface ActionFiltersProps {
  filters: ActionFilters;
  /** The owners who have actions, by name: the owner filter lists only those in use. */
  owners: readonly { id: string; name: string }[];
  /** The plan years that have actions, newest first. */
  years: readonly string[];
  onChange: (key: Exclude<FilterKey, 'q'>, value: string) => void;
  onClear: () => void;
}

/** Status, owner, indicator, EDS outcome, due and plan-year filters, each a labelled dropdown. */
export function ActionFilterBar({ filters, owners, years, onChange, onClear }: ActionFiltersProps) {
  const styles = useStyles();
  const ownerName = (id: string) => owners.find((owner) => owner.id === id)?.name ?? 'Someone without actions';
  return (
    <div className={styles.root}>
      <FilterDropdown label="Status" anyLabel="Any status" value={filters.status} display={(v) => v} onChange={(v) => onChange('status', v)}>
        {ACTION_STATUSES.map((status) => (
          <Option key={status} value={status}>
            {status}
          </Option>
        ))}
      </FilterDropdown>
      <FilterDropdown label="Owner" anyLabel="Anyone" value={filters.owner} display={ownerName} onChange={(v) => onChange('owner', v)}>
        {owners.map((owner) => (
          <Option key={owner.id} value={owner.id}>
            {owner.name}
          </Option>
        ))}
      </FilterDropdown>
      <FilterDropdown label="Indicator" anyLabel="Any indicator" value={filters.indicator} display={indicatorLabel} onChange={(v) => onChange('indicator', v)}>
        {INDICATOR_OPTIONS.map((option) => (
          <Option key={option.id} value={option.id}>
            {option.label}
          </Option>
        ))}
      </FilterDropdown>
      <FilterDropdown label="EDS outcome" anyLabel="Any outcome" value={filters.eds} display={edsOutcomeLabel} onChange={(v) => onChange('eds', v)}>
        <EdsOutcomeOptions />
      </FilterDropdown>
      <FilterDropdown label="Due" anyLabel="Any time" value={filters.state} display={dueFilterLabel} onChange={(v) => onChange('state', v)}>
        {DUE_FILTERS.map((state) => (
          <Option key={state} value={state}>
            {DUE_FILTER_LABELS[state]}
          </Option>
        ))}
      </FilterDropdown>
      <FilterDropdown label="Plan year" anyLabel="Any year" value={filters.year} display={(v) => v} onChange={(v) => onChange('year', v)}>
        {years.map((year) => (
          <Option key={year} value={year}>
            {year}
          </Option>
        ))}
      </FilterDropdown>
      {hasFilters({ ...filters, q: undefined }) ? (
        <Button appearance="secondary" onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
