import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, SearchBox, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { PageLayout } from '../../components/page-layout';
import { LiveStatus } from '../../components/live-status';
import { ActionCards } from './action-cards';
import { hasFilters } from './action-filter-rules';
import { ActionFilterBar } from './action-filters';
import { sortActions } from './action-sort';
import { ActionsGrid } from './actions-grid';
import { BoardSummary } from './board-summary';
import { UnsavedActionsPanel } from './unsaved-actions-panel';
import type { ActionsListState } from './use-actions-list';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  search: { flexGrow: 1, minWidth: 0, maxWidth: '420px' },
  count: { color: tokens.colorNeutralForeground2 },
});

/** Why the list is empty, and the way out: the first action, or clearing the filters. */
function EmptyList({ list }: { list: ActionsListState }) {
  const none = list.all.length === 0;
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        <MessageBarTitle>{none ? 'There are no actions yet' : 'No actions match'}</MessageBarTitle>
        {none
          ? list.canEdit
            ? 'Record the first action with New action.'
            : 'Actions will appear here once they are recorded.'
          : 'Try other filters or search words.'}
      </MessageBarBody>
      {hasFilters(list.filters) ? (
        <MessageBarActions>
          <Button onClick={list.clear}>Clear filters and search</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

/** The last save's outcome and how many actions are shown, said politely as they change. */
function ListStatus({ list }: { list: ActionsListState }) {
  const styles = useStyles();
  const { notice, shown, all } = list;
  return (
    <LiveStatus>
      {notice ? (
        <MessageBar intent={notice.includes('was not saved') ? 'error' : 'success'}>
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text className={styles.count}>
        Showing {shown.length} of {all.length} {all.length === 1 ? 'action' : 'actions'}
      </Text>
    </LiveStatus>
  );
}

/** Every action in the plan from the list's state: search, filters, the board's summary, then the table or cards. */
export function ActionsListView({ list }: { list: ActionsListState }) {
  const styles = useStyles();
  const { filters, setFilter, shown, today, canEdit } = list;
  return (
    <PageLayout title="Actions" description="The race equality action plan: every action, its owner, when it is due and how it is going.">
      <div className={styles.toolbar}>
        <SearchBox
          className={styles.search}
          aria-label="Search actions"
          placeholder="Search actions"
          value={filters.q ?? ''}
          onChange={(_, data) => setFilter('q', data.value)}
        />
        {canEdit ? (
          <Button appearance="primary" icon={<AddRegular />} onClick={list.newAction}>
            New action
          </Button>
        ) : null}
      </div>
      <ActionFilterBar filters={filters} owners={list.owners} years={list.years} onChange={(key, value) => setFilter(key, value)} onClear={list.clear} />
      <ListStatus list={list} />
      {canEdit ? <UnsavedActionsPanel /> : null}
      <BoardSummary rows={shown} today={today} />
      {shown.length === 0 ? (
        <EmptyList list={list} />
      ) : list.narrow ? (
        <ActionCards rows={list.sort.column === 'due' && list.sort.direction === 'ascending' ? shown : sortActions(shown, 'due', 'ascending')} today={today} />
      ) : (
        <ActionsGrid rows={shown} today={today} sort={list.sort} onSortChange={list.setSort} />
      )}
    </PageLayout>
  );
}
