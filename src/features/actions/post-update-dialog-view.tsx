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
import { StatusBadge } from './status-badge';
import type { PostUpdateDialogState } from './use-post-update-dialog';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  current: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** The note, the evidence link and the status change, each with its own message. */
function PostUpdateFields({ dialog }: { dialog: PostUpdateDialogState }) {
  const { input, errors, from, choices, statusHint, setField, chooseStatus } = dialog;
  return (
    <>
      <Field label="Note" required validationMessage={errors.note} validationState={errors.note ? 'error' : 'none'}>
        <Textarea value={input.note} resize="vertical" onChange={(_, data) => setField('note', data.value)} />
      </Field>
      <Field
        label="Evidence link"
        hint="Optional: a link to a report, minutes or data."
        validationMessage={errors.evidenceUrl}
        validationState={errors.evidenceUrl ? 'error' : 'none'}
      >
        <Input type="url" value={input.evidenceUrl} placeholder="https://" onChange={(_, data) => setField('evidenceUrl', data.value)} />
      </Field>
      <Field label="Change status" hint={statusHint} validationMessage={errors.newStatus} validationState={errors.newStatus ? 'error' : 'none'}>
        <RadioGroup layout="vertical" value={input.newStatus} onChange={(_, data) => chooseStatus(data.value)}>
          <Radio value="" label={`No change (${from})`} />
          {choices.map((status) => (
            <Radio key={status} value={status} label={status} />
          ))}
        </RadioGroup>
      </Field>
    </>
  );
}

export interface PostUpdateDialogViewProps {
  /** The action's title, for the dialog's own title. */
  title: string;
  open: boolean;
  dialog: PostUpdateDialogState;
}

/** The Post update dialog from its state only; it cannot be closed while the update is being posted. */
export function PostUpdateDialogView({ title, open, dialog }: PostUpdateDialogViewProps) {
  const styles = useStyles();
  const { busy, failure, close } = dialog;
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open || busy ? undefined : close())}>
      <DialogSurface>
        <form onSubmit={dialog.submit} noValidate>
          <DialogBody>
            <DialogTitle>Post update: {title}</DialogTitle>
            <DialogContent className={styles.content}>
              <div className={styles.current}>
                <Text>Status now:</Text>
                <StatusBadge status={dialog.from} />
              </div>
              <div role="alert">
                {failure ? (
                  <MessageBar intent="error">
                    <MessageBarBody>{failure}</MessageBarBody>
                  </MessageBar>
                ) : null}
              </div>
              <PostUpdateFields dialog={dialog} />
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
