import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Action, ActionStatus } from '../../domain/plan';
import { ALLOWED_STATUS_CHANGES } from '../../domain/plan';
import { formatUkDate } from '../../domain/shared';
import { useLinkRules } from '../../components/stored-link';
import { ConflictError, type PlanStorage, type Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { reapplyChanges } from './action-diff';
import { type PostUpdateErrors, type PostUpdateInput, planProgressUpdate } from './post-update-rules';
import { saveFailureMessage } from './save-errors';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  current: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface PostedResult {
  message: string;
  intent: 'success' | 'warning';
}

function isVersionedAction(value: unknown): value is Versioned<Action> {
  return typeof value === 'object' && value !== null && 'eTag' in value && 'value' in value;
}

/**
 * Saves the status change that goes with a posted note. If someone else saved the action meanwhile
 * but left its status alone, the change is re-applied on their version; if they changed the status
 * too, it is left for the person to decide, and they are told.
 */
async function saveStatusChange(storage: PlanStorage, opened: Versioned<Action>, changed: Action): Promise<PostedResult> {
  const done: PostedResult = { message: `Update posted. The status is now ${changed.status}.`, intent: 'success' };
  try {
    await storage.actions.update(changed, opened.eTag);
    return done;
  } catch (error) {
    if (!(error instanceof ConflictError) || !isVersionedAction(error.current)) throw error;
    const current = error.current;
    if (current.value.status !== opened.value.status) {
      return {
        message: `Your update was posted, but ${current.modifiedBy ?? 'someone else'} changed the status to ${current.value.status} meanwhile, so your status change was not saved. Post again to change it.`,
        intent: 'warning',
      };
    }
    await storage.actions.update(reapplyChanges(opened.value, changed, current.value), current.eTag);
    return done;
  }
}

export interface PostUpdateDialogProps {
  action: Versioned<Action>;
  open: boolean;
  onClose: () => void;
  onPosted: (result: PostedResult) => void;
}

const EMPTY: PostUpdateInput = { note: '', evidenceUrl: '', newStatus: '' };

/** A progress note, with an optional evidence link and an optional status change. */
export function PostUpdateDialog({ action, open, onClose, onPosted }: PostUpdateDialogProps) {
  const styles = useStyles();
  const { storage, today, refresh } = usePlanData();
  const links = useLinkRules();
  const [input, setInputState] = useState<PostUpdateInput>(EMPTY);
  // The key names exactly this update: Post update again after a failure re-sends it under the same
  // key, so if the first attempt was stored after all it is found, not doubled. Any edit makes it a
  // different update with a key of its own, so an edit is never swallowed by an earlier copy.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const setInput = (change: (current: PostUpdateInput) => PostUpdateInput) => {
    setInputState(change);
    setKey(crypto.randomUUID());
  };
  const [errors, setErrors] = useState<PostUpdateErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const from = action.value.status;
  const choices: readonly ActionStatus[] = ALLOWED_STATUS_CHANGES[from];

  const close = () => {
    setInputState(EMPTY);
    setKey(crypto.randomUUID());
    setErrors({});
    setFailure(undefined);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const plan = planProgressUpdate(action.value, input, key, today, links);
    if (!plan.ok) {
      setErrors(plan.errors);
      return;
    }
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      await storage.actions.postUpdate(action.value.id, plan.update);
    } catch (error) {
      setFailure(`Your update was not posted: ${saveFailureMessage(error)} What you wrote is kept: choose Post update to try again. If the first try did reach the plan, it is found, not posted twice.`);
      setBusy(false);
      return;
    }
    let result: PostedResult = { message: 'Update posted.', intent: 'success' };
    if (plan.changed) {
      try {
        result = await saveStatusChange(storage, action, plan.changed);
      } catch (error) {
        result = { message: `Your update was posted, but the status could not be changed: ${saveFailureMessage(error)}`, intent: 'warning' };
      }
    }
    await refresh();
    setBusy(false);
    close();
    onPosted(result);
  };

  const statusHint =
    input.newStatus === 'Completed'
      ? `It will be marked completed on ${formatUkDate(today)}.`
      : input.newStatus === 'At risk' || input.newStatus === 'Off track' || (from === 'Completed' && input.newStatus !== '')
        ? 'Your note must say why.'
        : undefined;

  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open || busy ? undefined : close())}>
      <DialogSurface>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogBody>
            <DialogTitle>Post update: {action.value.title}</DialogTitle>
            <DialogContent className={styles.content}>
              <div className={styles.current}>
                <Text>Status now:</Text>
                <StatusBadge status={from} />
              </div>
              <div role="alert">
                {failure ? (
                  <MessageBar intent="error">
                    <MessageBarBody>{failure}</MessageBarBody>
                  </MessageBar>
                ) : null}
              </div>
              <Field label="Note" required validationMessage={errors.note} validationState={errors.note ? 'error' : 'none'}>
                <Textarea value={input.note} resize="vertical" onChange={(_, data) => setInput((current) => ({ ...current, note: data.value }))} />
              </Field>
              <Field label="Evidence link" hint="Optional: a link to a report, minutes or data." validationMessage={errors.evidenceUrl} validationState={errors.evidenceUrl ? 'error' : 'none'}>
                <Input type="url" value={input.evidenceUrl} placeholder="https://" onChange={(_, data) => setInput((current) => ({ ...current, evidenceUrl: data.value }))} />
              </Field>
              <Field label="Change status" hint={statusHint} validationMessage={errors.newStatus} validationState={errors.newStatus ? 'error' : 'none'}>
                <RadioGroup
                  layout="vertical"
                  value={input.newStatus}
                  onChange={(_, data) => setInput((current) => ({ ...current, newStatus: data.value as ActionStatus | '' }))}
                >
                  <Radio value="" label={`No change (${from})`} />
                  {choices.map((status) => (
                    <Radio key={status} value={status} label={status} />
                  ))}
                </RadioGroup>
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={busy}>
                {busy ? 'Posting…' : 'Post update'}
              </Button>
              <Button type="button" disabledFocusable={busy} onClick={close}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
