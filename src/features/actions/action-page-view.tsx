import { Button, Link as FluentLink, makeStyles, MessageBar, MessageBarBody, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowLeftRegular, EditRegular, NoteAddRegular, ShareRegular } from '@fluentui/react-icons';
import { Link } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { LiveStatus } from '../../components/live-status';
import { ActionDetails } from './action-details';
import { ActionHistory } from './action-history';
import { CopyLinkButton } from './copy-link-button';
import { PostUpdateDialog } from './post-update-dialog';
import type { ActionPageState } from './use-action-page';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** What can be done with the action: Post update, Edit and Share (for editors), and Copy link. */
function ActionToolbar({ page }: { page: ActionPageState }) {
  const styles = useStyles();
  // Focus returns to the button that opened a dialog once it closes.
  const restoreFocus = useRestoreFocusTarget();
  const { value } = page.action;
  return (
    <div className={styles.toolbar}>
      {page.canEdit ? (
        <>
          <Button appearance="primary" icon={<NoteAddRegular />} onClick={page.openPost} {...restoreFocus}>
            Post update
          </Button>
          <Button icon={<EditRegular />} onClick={page.edit}>
            Edit
          </Button>
          {value.status === 'Completed' ? (
            // Completed work is what other trusts can learn from; the case study starts from this action.
            <Button icon={<ShareRegular />} onClick={page.share}>
              Share as good practice
            </Button>
          ) : null}
        </>
      ) : null}
      <CopyLinkButton actionId={value.id} onCopied={(message, ok) => page.say(message, ok ? 'success' : 'warning')} />
    </div>
  );
}

/** An action's page from its state: the way back, its toolbar, what was last said, every value, and its history. */
export function ActionPageView({ page }: { page: ActionPageState }) {
  const styles = useStyles();
  const { action, notice } = page;
  const { value } = action;
  return (
    <PageLayout title={value.title}>
      <div className={styles.toolbar}>
        <Link href="/" asChild>
          <FluentLink className={styles.back}>
            <ArrowLeftRegular aria-hidden /> All actions
          </FluentLink>
        </Link>
      </div>
      <ActionToolbar page={page} />
      <LiveStatus>
        {notice ? (
          <MessageBar intent={page.intent}>
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
      </LiveStatus>
      <ActionDetails action={value} today={page.today} lastChanged={page.lastChanged} />
      <ActionHistory actionId={value.id} history={page.history} version={page.historyVersion} />
      {page.canEdit ? (
        <PostUpdateDialog action={action} open={page.posting} onClose={page.closePost} onPosted={(result) => page.say(result.message, result.intent)} />
      ) : null}
    </PageLayout>
  );
}
