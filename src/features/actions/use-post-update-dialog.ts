import { useState, type FormEvent } from 'react';
import type { Action, ActionStatus } from '../../domain/plan';
import { ALLOWED_STATUS_CHANGES } from '../../domain/plan';
import { formatUkDate, type IsoDate } from '../../domain/shared';
import { useLinkRules } from '../../components/stored-link';
import type { Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { type PostUpdateErrors, type PostUpdateInput, planProgressUpdate } from './post-update-rules';
import { type PostedResult, usePostUpdate } from './use-post-update';

const EMPTY: PostUpdateInput = { note: '', evidenceUrl: '', newStatus: '' };

export interface PostUpdateDialogState {
  input: PostUpdateInput;
  errors: PostUpdateErrors;
  /** Why the note was not posted, in words; undefined when nothing failed. */
  failure: string | undefined;
  busy: boolean;
  /** The status the action has now, and the statuses it may move to from there. */
  from: ActionStatus;
  choices: readonly ActionStatus[];
  /** What the chosen status change will need or do, or nothing to add. */
  statusHint: string | undefined;
  setField: <K extends keyof PostUpdateInput>(field: K, value: PostUpdateInput[K]) => void;
  /** A status chosen by its value; anything that is not an allowed change means no change. */
  chooseStatus: (value: string) => void;
  close: () => void;
  submit: (event: FormEvent) => void;
}

function statusHintOf(from: ActionStatus, newStatus: ActionStatus | '', today: IsoDate): string | undefined {
  if (newStatus === 'Completed') return `It will be marked completed on ${formatUkDate(today)}.`;
  if (newStatus === 'At risk' || newStatus === 'Off track' || (from === 'Completed' && newStatus !== '')) return 'Your note must say why.';
  return undefined;
}

/**
 * The Post update dialog's state: the note, link and status change as typed, checked by
 * `planProgressUpdate` before anything is sent, then posted with `usePostUpdate`. Closing clears it.
 */
export function usePostUpdateDialog(action: Versioned<Action>, onClose: () => void, onPosted: (result: PostedResult) => void): PostUpdateDialogState {
  const { today } = usePlanData();
  const links = useLinkRules();
  const post = usePostUpdate(action);
  const [input, setInputState] = useState<PostUpdateInput>(EMPTY);
  // The key names exactly this update: Post update again after a failure re-sends it under the same
  // key, so if the first attempt was stored after all it is found, not doubled. Any edit makes it a
  // different update with a key of its own, so an edit is never swallowed by an earlier copy.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<PostUpdateErrors>({});
  const from = action.value.status;
  const choices = ALLOWED_STATUS_CHANGES[from];

  const setField = <K extends keyof PostUpdateInput>(field: K, value: PostUpdateInput[K]) => {
    setInputState((current) => ({ ...current, [field]: value }));
    setKey(crypto.randomUUID());
  };

  const close = () => {
    setInputState(EMPTY);
    setKey(crypto.randomUUID());
    setErrors({});
    post.reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (post.busy) return;
    const plan = planProgressUpdate(action.value, input, key, today, links);
    if (!plan.ok) {
      setErrors(plan.errors);
      return;
    }
    setErrors({});
    const result = await post.run({ update: plan.update, changed: plan.changed });
    if (!result.ok) return;
    close();
    onPosted(result.value);
  };

  return {
    input,
    errors,
    failure: post.status.kind === 'failed' ? post.status.message : undefined,
    busy: post.busy,
    from,
    choices,
    statusHint: statusHintOf(from, input.newStatus, today),
    setField,
    chooseStatus: (value) => setField('newStatus', choices.find((status) => status === value) ?? ''),
    close,
    submit: (event) => void submit(event),
  };
}
