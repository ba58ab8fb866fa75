import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ScrollRegion } from '../../components/scroll-region';
import type { Action } from '../../domain/plan';
import { conflictRows } from './action-diff';

const useStyles = makeStyles({
  table: { minWidth: '480px' },
  unchanged: { color: tokens.colorNeutralForeground3 },
  clash: { fontWeight: tokens.fontWeightSemibold },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { flexWrap: 'wrap' },
});

export interface ConflictDialogProps {
  open: boolean;
  /** The version this person started from. */
  base: Action;
  /** What this person tried to save. */
  mine: Action;
  /** The version saved meanwhile by someone else. */
  current: Action;
  /** Who saved the current version, when known. */
  currentBy?: string;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
  onKeepEditing: () => void;
}

/**
 * Someone else saved first. Shows, field by field, what they changed beside what this person
 * changed, and lets them re-apply their change on top, discard it, or go back to the form.
 */
export function ConflictDialog({ open, base, mine, current, currentBy, busy, onReapply, onDiscard, onKeepEditing }: ConflictDialogProps) {
  const styles = useStyles();
  const rows = conflictRows(base, mine, current);
  const clashes = rows.filter((row) => row.clash).length;
  const other = currentBy ?? 'Someone else';
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onKeepEditing())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{other} changed this action while you were editing it</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>
              Nothing has been overwritten. Compare the changes below.
              {clashes > 0
                ? ` You both changed ${clashes === 1 ? 'one field' : `${clashes} fields`}: re-applying puts your value there.`
                : ' Re-applying keeps their changes and adds yours.'}
            </Text>
            <ScrollRegion label="Their changes and yours, table">
              <Table className={styles.table} aria-label="Their changes and yours">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Field</TableHeaderCell>
                    <TableHeaderCell>Before</TableHeaderCell>
                    <TableHeaderCell>Their change</TableHeaderCell>
                    <TableHeaderCell>Your change</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.field}>
                      <TableCell className={row.clash ? styles.clash : undefined}>
                        {row.label}
                        {row.clash ? ' (both changed)' : ''}
                      </TableCell>
                      <TableCell>{row.before || '(empty)'}</TableCell>
                      <TableCell>{row.theirs === undefined ? <span className={styles.unchanged}>No change</span> : row.theirs || '(empty)'}</TableCell>
                      <TableCell>{row.mine === undefined ? <span className={styles.unchanged}>No change</span> : row.mine || '(empty)'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollRegion>
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" disabledFocusable={busy} onClick={onReapply}>
              {busy ? 'Saving…' : 'Re-apply my changes'}
            </Button>
            <Button disabledFocusable={busy} onClick={onDiscard}>
              Discard my changes
            </Button>
            <Button disabledFocusable={busy} onClick={onKeepEditing}>
              Keep editing
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
