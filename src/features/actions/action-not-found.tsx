import { Link as FluentLink, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Link } from 'wouter';
import { PageLayout } from '../../components/page-layout';

/** An address for an action that is not in the plan (deleted, or a mistyped link). */
export function ActionNotFound() {
  return (
    <PageLayout title="Action not found">
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>There is no action at this address</MessageBarTitle>
          It may have been deleted, or the link may be incomplete.{' '}
          <Link href="/" asChild>
            <FluentLink inline>Back to all actions</FluentLink>
          </Link>
        </MessageBarBody>
      </MessageBar>
    </PageLayout>
  );
}
