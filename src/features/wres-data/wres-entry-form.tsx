import { useWresEntryForm, type WresEntryFormOptions } from './use-wres-entry-form';
import { WresEntryFormView } from './wres-entry-form-view';

export interface WresEntryFormProps extends WresEntryFormOptions {
  /** Correcting a stored year: the year itself cannot change. */
  correcting: boolean;
}

/**
 * Enter or correct a year's counts. Every rule is checked as the user types, with the message on
 * the field; the results are worked out beside the form; a conflict or a failed save keeps what
 * was typed and says what happened.
 */
export function WresEntryForm({ correcting, ...options }: WresEntryFormProps) {
  const state = useWresEntryForm(options);
  return <WresEntryFormView state={state} correcting={correcting} />;
}
