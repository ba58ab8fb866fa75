import type { Action } from '../../domain/plan';
import type { Versioned } from '../../storage/ports';
import { PostUpdateDialogView } from './post-update-dialog-view';
import { usePostUpdateDialog } from './use-post-update-dialog';
import type { PostedResult } from './use-post-update';

export interface PostUpdateDialogProps {
  action: Versioned<Action>;
  open: boolean;
  onClose: () => void;
  onPosted: (result: PostedResult) => void;
}

/** A progress note, with an optional evidence link and an optional status change. */
export function PostUpdateDialog({ action, open, onClose, onPosted }: PostUpdateDialogProps) {
  const dialog = usePostUpdateDialog(action, onClose, onPosted);
  return <PostUpdateDialogView title={action.value.title} open={open} dialog={dialog} />;
}
