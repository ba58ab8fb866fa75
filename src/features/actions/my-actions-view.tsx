import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Link as FluentLink,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { NoteAddRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { Link } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { LiveStatus } from '../../components/live-status';
import type { Action } from '../../domain/plan';
import { formatUkDate } from '../../domain/shared';
import type { Versioned } from '../../storage/ports';
import { PostUpdateDialog } from './post-update-dialog';
import { StatusBadge } from './status-badge';
import type { MyActionsState } from './use-my-actions';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  title: { fontWeight: tokens.fontWeightSemibold },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** One due-state group of my actions, as cards, each with its Post update. */
function MyActionGroup({
  heading,
  items,
  overdue,
  canEdit,
  onPost,
}: {
  heading: string;
  items: Versioned<Action>[];
  overdue: boolean;
  canEdit: boolean;
  onPost: (item: Versioned<Action>) => void;
}) {
  const styles = useStyles();
  const headingId = useId();
  // Focus returns to the button that opened Post update once the dialog closes.
  const restoreFocus = useRestoreFocusTarget();
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {heading} ({items.length})
      </Subtitle2>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.value.id}>
            <Card>
              <CardHeader
                header={
                  <Link href={`/actions/${item.value.id}`} asChild>
                    <FluentLink className={styles.title}>{item.value.title}</FluentLink>
                  </Link>
                }
                action={
                  canEdit ? (
                    <Button
                      size="small"
                      icon={<NoteAddRegular />}
                      aria-label={`Post update on ${item.value.title}`}
                      onClick={() => onPost(item)}
                      {...restoreFocus}
                    >
                      Post update
                    </Button>
                  ) : undefined
                }
              />
              <div className={styles.meta}>
                <StatusBadge status={item.value.status} />
                <Caption1 className={overdue ? styles.overdue : undefined}>
                  {item.value.status === 'Completed' && item.value.completedOn
                    ? `Completed ${formatUkDate(item.value.completedOn)}`
                    : `Due ${formatUkDate(item.value.dueDate)}${overdue ? ' (overdue)' : ''}`}
                </Caption1>
                <Caption1>{item.value.priority} priority</Caption1>
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** My actions from their state: what happened last, each group that has actions, and the open Post update. */
export function MyActionsView({ mine }: { mine: MyActionsState }) {
  const { result, postingOn } = mine;
  return (
    <PageLayout title="My actions" description={`The actions ${mine.displayName} owns, overdue first.`}>
      <LiveStatus>
        {result ? (
          <MessageBar intent={result.intent}>
            <MessageBarBody>{result.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </LiveStatus>
      {mine.loading ? <Spinner size="small" label="Loading your actions…" /> : null}
      {!mine.loading && mine.total === 0 ? <Body1>You do not own any actions at the moment.</Body1> : null}
      {mine.groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <MyActionGroup
            key={group.state}
            heading={group.heading}
            items={group.items}
            overdue={group.state === 'overdue'}
            canEdit={mine.canEdit}
            onPost={mine.startPosting}
          />
        ))}
      {mine.canEdit && postingOn ? <PostUpdateDialog action={postingOn} open onClose={mine.stopPosting} onPosted={mine.posted} /> : null}
    </PageLayout>
  );
}
