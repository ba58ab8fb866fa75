import { Caption1, Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { Person } from '../../storage/ports';
import type { OwnerChoice } from './action-draft';
import { useOwnerSearch } from './use-owner-search';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column' },
  detail: { color: tokens.colorNeutralForeground2 },
  combobox: { width: '100%', minWidth: 0 },
});

export interface OwnerPickerProps {
  value: OwnerChoice | undefined;
  onChange: (owner: OwnerChoice | undefined) => void;
  search: (text: string) => Promise<Person[]>;
  validationMessage?: string;
}

/** The owner: a combobox that searches the organisation's directory as the person types. */
export function OwnerPicker({ value, onChange, search, validationMessage }: OwnerPickerProps) {
  const styles = useStyles();
  const owner = useOwnerSearch(value, onChange, search);
  return (
    <Field
      label="Owner"
      required
      validationMessage={validationMessage}
      validationState={validationMessage ? 'error' : 'none'}
      hint={<span aria-live="polite">{owner.hint}</span>}
    >
      <Combobox
        className={styles.combobox}
        freeform
        autoComplete="off"
        placeholder="Type a name to search"
        value={owner.query}
        selectedOptions={value ? [value.id] : []}
        onChange={(event) => owner.type(event.target.value)}
        onOptionSelect={(_, data) => owner.choose(data.optionValue)}
      >
        {owner.options.map((person) => (
          <Option key={person.id} value={person.id} text={person.displayName}>
            <span className={styles.option}>
              <span>{person.displayName}</span>
              <Caption1 className={styles.detail}>{[person.email, person.jobTitle].filter(Boolean).join(' · ')}</Caption1>
            </span>
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
