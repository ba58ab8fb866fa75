import { Dropdown, Field, Input, Option } from '@fluentui/react-components';
import { UkDateField } from '../../components/uk-date-field';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../../domain/plan';
import { latestUkDate } from '../../domain/shared';
import { INDICATOR_OPTIONS } from './action-labels';
import { useActionFormStyles } from './action-form.styles';
import { EdsOutcomeOptions } from './eds-outcome-options';
import type { ActionFormState } from './use-action-form';

/** The WRES indicators and EDS outcomes the action is meant to improve. */
export function LinkFields({ form }: { form: ActionFormState }) {
  const styles = useActionFormStyles();
  const { draft, set, fieldMessage } = form;
  return (
    <>
      <Field label="Linked indicators" hint="The WRES indicators this action is meant to improve." {...fieldMessage('indicators')}>
        <Dropdown
          className={styles.wide}
          listbox={{ className: styles.listbox }}
          multiselect
          placeholder="Choose indicators"
          value={draft.indicators.join(', ')}
          selectedOptions={draft.indicators}
          onOptionSelect={(_, data) => set('indicators', data.selectedOptions.toSorted())}
        >
          {INDICATOR_OPTIONS.map((option) => (
            <Option key={option.id} value={option.id} text={option.label}>
              {option.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Linked EDS outcomes" hint="EDS2 outcomes (1.1 to 4.3) or EDS 2022 outcomes (1A to 3C)." {...fieldMessage('edsOutcomes')}>
        <Dropdown
          className={styles.wide}
          listbox={{ className: styles.listbox }}
          multiselect
          placeholder="Choose outcomes"
          value={draft.edsOutcomes.join(', ')}
          selectedOptions={draft.edsOutcomes}
          onOptionSelect={(_, data) => set('edsOutcomes', data.selectedOptions)}
        >
          <EdsOutcomeOptions />
        </Dropdown>
      </Field>
    </>
  );
}

/**
 * When the action is due, where it stands and how much it matters. An edited action's status is
 * changed with Post update instead, so the reason is recorded.
 */
export function ScheduleFields({ form, mode }: { form: ActionFormState; mode: 'new' | 'edit' }) {
  const styles = useActionFormStyles();
  const { draft, set, fieldMessage, planYear, today, planBegan } = form;
  return (
    <div className={styles.pair}>
      <UkDateField
        label="Due date"
        required
        hint={planYear ? `Plan year ${planYear}` : 'The plan year follows from the due date.'}
        {...fieldMessage('dueDate')}
        className={styles.wide}
        value={draft.dueDate}
        onChange={(text) => set('dueDate', text)}
        today={today}
        earliest={planBegan}
        latest={latestUkDate(today)}
      />
      <Field
        label="Status"
        required
        hint={mode === 'edit' ? 'Change the status with Post update, so the reason is recorded.' : undefined}
        {...fieldMessage('status')}
      >
        <Dropdown
          className={styles.wide}
          disabled={mode === 'edit'}
          value={draft.status}
          selectedOptions={[draft.status]}
          onOptionSelect={(_, data) => set('status', ACTION_STATUSES.find((status) => status === data.optionValue) ?? draft.status)}
        >
          {ACTION_STATUSES.map((status) => (
            <Option key={status} value={status}>
              {status}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Priority" required {...fieldMessage('priority')}>
        <Dropdown
          className={styles.wide}
          value={draft.priority}
          selectedOptions={[draft.priority]}
          onOptionSelect={(_, data) => set('priority', ACTION_PRIORITIES.find((priority) => priority === data.optionValue) ?? draft.priority)}
        >
          {ACTION_PRIORITIES.map((priority) => (
            <Option key={priority} value={priority}>
              {priority}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}

/** How the board will know the action worked: the measure, and where it starts and should end. */
export function MeasureFields({ form }: { form: ActionFormState }) {
  const styles = useActionFormStyles();
  const { draft, set, fieldMessage } = form;
  return (
    <>
      <Field label="Measure of success" required hint="How the board will know the action has worked." {...fieldMessage('measureOfSuccess')}>
        <Input value={draft.measureOfSuccess} onChange={(_, data) => set('measureOfSuccess', data.value)} />
      </Field>
      <div className={styles.pair}>
        <Field label="Baseline" {...fieldMessage('baseline')}>
          <Input value={draft.baseline} onChange={(_, data) => set('baseline', data.value)} />
        </Field>
        <Field label="Target" {...fieldMessage('target')}>
          <Input value={draft.target} onChange={(_, data) => set('target', data.value)} />
        </Field>
      </div>
    </>
  );
}
