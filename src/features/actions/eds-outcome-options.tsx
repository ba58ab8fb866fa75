import { Option, OptionGroup } from '@fluentui/react-components';
import { EDS_OUTCOME_GROUPS } from './action-labels';

/** Both frameworks' EDS outcomes as a drop-down's options, grouped by framework. */
export function EdsOutcomeOptions() {
  return EDS_OUTCOME_GROUPS.map((group) => (
    <OptionGroup key={group.framework} label={group.framework}>
      {group.options.map((option) => (
        <Option key={option.id} value={option.id} text={option.label}>
          {option.label}
        </Option>
      ))}
    </OptionGroup>
  ));
}
