import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { LeaveGuard } from './use-leave-guard';

/** Asks before leaving a page with unsaved changes; staying is the default, so Escape keeps the work. */
export function LeaveDialog({ guard, what }: { guard: LeaveGuard; /** "grades", "changes". */ what: string }) {
  return (
    <Dialog open={guard.asking} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : guard.stay())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Leave without saving?</DialogTitle>
          <DialogContent>Your latest {what} are not saved yet. Stay on this page to keep them.</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={guard.stay}>
              Stay on this page
            </Button>
            <Button onClick={guard.leave}>Leave without saving</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
