import { MyActionsView } from './my-actions-view';
import { useMyActions } from './use-my-actions';

/** The signed-in person's actions, overdue first, each with a quick "Post update". Also the personal tab. */
export function MyActionsPage() {
  const mine = useMyActions();
  return <MyActionsView mine={mine} />;
}
