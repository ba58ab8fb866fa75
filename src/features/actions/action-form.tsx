import type { Person } from '../../storage/ports';
import { ActionFormView } from './action-form-view';
import { type ActionFormOptions, useActionForm } from './use-action-form';
import { usePlanBegan } from './use-plan-began';

export interface ActionFormProps extends ActionFormOptions {
  mode: 'new' | 'edit';
  searchPeople: (text: string) => Promise<Person[]>;
  saving: boolean;
  onCancel: () => void;
}

/**
 * The action's fields, validated by the domain's rules, with each message on its own field. Due
 * dates before the plan began (its first WRES year) are refused.
 */
export function ActionForm({ mode, searchPeople, saving, onCancel, ...options }: ActionFormProps) {
  const planBegan = usePlanBegan();
  const form = useActionForm({ planBegan, ...options });
  return <ActionFormView form={form} mode={mode} searchPeople={searchPeople} saving={saving} failure={options.failure} onCancel={onCancel} />;
}
