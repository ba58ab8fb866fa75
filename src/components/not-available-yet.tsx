import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { PageLayout } from './page-layout';

export interface NotAvailableYetProps {
  title: string;
  /** What the page will let people do, so nobody mistakes the gap for a fault. */
  purpose: string;
}

/** A page whose feature has not been built yet says so plainly instead of showing an empty screen. */
export function NotAvailableYet({ title, purpose }: NotAvailableYetProps) {
  return (
    <PageLayout title={title} description={purpose}>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>Not available yet</MessageBarTitle>
          This page is not available yet in this version of the app.
        </MessageBarBody>
      </MessageBar>
    </PageLayout>
  );
}
