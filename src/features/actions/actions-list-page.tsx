import { ActionsListView } from './actions-list-view';
import { useActionsList } from './use-actions-list';

/** Every action in the plan, searchable and filterable, with the board's summary. */
export function ActionsListPage() {
  const list = useActionsList();
  return <ActionsListView list={list} />;
}
