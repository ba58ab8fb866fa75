import { Button, Link as FluentLink, makeStyles, MessageBar, MessageBarBody, Spinner, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowLeftRegular, EditRegular, ShareRegular, NoteAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { LiveStatus } from '../../components/live-status';
import type { Action } from '../../domain/plan';
import type { Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { ActionDetails } from './action-details';
import { ActionHistory } from './action-history';
import { ActionNotFound } from './action-not-found';
import { useActionsWorkspace } from './actions-workspace';
import { CopyLinkButton } from './copy-link-button';
import { formatWhen } from './history-format';
import { PostUpdateDialog } from './post-update-dialog';
import { usePlanAction } from './use-plan-action';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** An action's own page: every value, Edit, Post update, Copy link, and its history. */
export function ActionPage({ id }: { id: string }) {
  const { found, loading } = usePlanAction(id);
  const { pending } = useActionsWorkspace();
  if (found) return <ActionView action={found} />;
  if (loading) return <Spinner label="Loading the action…" />;
  const saving = pending.find((action) => action.id === id);
  if (saving) {
    return (
      <PageLayout title={saving.title}>
        <Spinner size="small" label="Saving this action…" />
      </PageLayout>
    );
  }
  return <ActionNotFound />;
}

function ActionView({ action }: { action: Versioned<Action> }) {
  const styles = useStyles();
  const { canEdit, today, storage } = usePlanData();
  const { notice, setNotice } = useActionsWorkspace();
  const [, navigate] = useLocation();
  const [posting, setPosting] = useState(false);
  // Focus returns to the button that opened a dialog once it closes.
  const restoreFocus = useRestoreFocusTarget();
  const [intent, setIntent] = useState<'success' | 'warning'>('success');
  const value = action.value;
  const lastChanged = action.modifiedAt ? `${formatWhen(action.modifiedAt)}${action.modifiedBy ? ` by ${action.modifiedBy}` : ''}` : undefined;
  const say = (message: string, tone: 'success' | 'warning') => {
    setIntent(tone);
    setNotice(message);
  };

  return (
    <PageLayout title={value.title}>
      <div className={styles.toolbar}>
        <Link href="/" asChild>
          <FluentLink className={styles.back}>
            <ArrowLeftRegular aria-hidden /> All actions
          </FluentLink>
        </Link>
      </div>
      <div className={styles.toolbar}>
        {canEdit ? (
          <>
            <Button appearance="primary" icon={<NoteAddRegular />} onClick={() => setPosting(true)} {...restoreFocus}>
              Post update
            </Button>
            <Button icon={<EditRegular />} onClick={() => navigate(`/${value.id}/edit`)}>
              Edit
            </Button>
            {value.status === 'Completed' ? (
              // Completed work is what other trusts can learn from; the case study starts from this action.
              <Button icon={<ShareRegular />} onClick={() => navigate(`~/practice/new?from=${encodeURIComponent(value.id)}`)}>
                Share as good practice
              </Button>
            ) : null}
          </>
        ) : null}
        <CopyLinkButton actionId={value.id} onCopied={(message, ok) => say(message, ok ? 'success' : 'warning')} />
      </div>
      <LiveStatus>
        {notice ? (
          <MessageBar intent={intent}>
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
      </LiveStatus>
      <ActionDetails action={value} today={today} lastChanged={lastChanged} />
      <ActionHistory actionId={value.id} history={storage.actions.history} version={`${action.eTag}:${value.progressUpdates.length}`} />
      {canEdit ? (
        <PostUpdateDialog action={action} open={posting} onClose={() => setPosting(false)} onPosted={(result) => say(result.message, result.intent)} />
      ) : null}
    </PageLayout>
  );
}
