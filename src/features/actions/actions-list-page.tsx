import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, SearchBox, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { LiveStatus } from '../../components/live-status';
import { usePlanData } from '../../app/plan-data';
import { ActionCards } from './action-cards';
import { filterActions, hasFilters } from './action-filter-rules';
import { ActionFilterBar } from './action-filters';
import type { ActionRow } from './action-row';
import { sortActions } from './action-sort';
import { ActionsGrid } from './actions-grid';
import { useActionsWorkspace } from './actions-workspace';
import { BoardSummary } from './board-summary';
import { UnsavedActionsPanel } from './unsaved-actions-panel';
import { useActionFilters } from './use-action-filters';
import { useNarrowLayout } from './use-narrow-layout';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  search: { flexGrow: 1, minWidth: 0, maxWidth: '420px' },
  count: { color: tokens.colorNeutralForeground2 },
});

/** Every action in the plan, searchable and filterable, with the board's summary. */
export function ActionsListPage() {
  const styles = useStyles();
  const { snapshot, today, canEdit } = usePlanData();
  const { pending, notice } = useActionsWorkspace();
  const { filters, setFilter, clear } = useActionFilters();
  const [, navigate] = useLocation();
  const narrow = useNarrowLayout();

  const all = useMemo<ActionRow[]>(() => {
    const saved = snapshot?.actions ?? [];
    const savedIds = new Set(saved.map((item) => item.value.id));
    return [...saved.map((item) => ({ value: item.value })), ...pending.filter((action) => !savedIds.has(action.id)).map((value) => ({ value, saving: true }))];
  }, [snapshot, pending]);
  const shown = useMemo(() => filterActions(all, filters, today), [all, filters, today]);

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
          <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate('/new')}>
            New action
          </Button>
        ) : null}
      </div>
      <ActionFilterBar filters={filters} actions={all.map((row) => row.value)} onChange={(key, value) => setFilter(key, value)} onClear={clear} />
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
      {canEdit ? <UnsavedActionsPanel /> : null}
      <BoardSummary actions={shown.map((row) => row.value)} today={today} />
      {shown.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{all.length === 0 ? 'There are no actions yet' : 'No actions match'}</MessageBarTitle>
            {all.length === 0 ? (canEdit ? 'Record the first action with New action.' : 'Actions will appear here once they are recorded.') : 'Try other filters or search words.'}
          </MessageBarBody>
          {hasFilters(filters) ? (
            <MessageBarActions>
              <Button onClick={clear}>Clear filters and search</Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : narrow ? (
        <ActionCards rows={sortActions(shown, 'due', 'ascending')} today={today} />
      ) : (
        <ActionsGrid rows={shown} today={today} />
      )}
    </PageLayout>
  );
}
