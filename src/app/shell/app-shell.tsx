import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { Suspense, useRef } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { TabConfigPage } from '../../features/settings/tab-config-page';
import { NotAvailableYet } from '../../components/not-available-yet';
import { PlanStatus, usePlanData } from '../plan-data';
import type { SignedInUser } from '../../host/host-info';
import type { LocalNotification } from '../../host/session';
import { MyActionsPage, sections } from '../sections';
import { AppHeader } from './app-header';
import { SectionNav } from './section-nav';
import { useFocusHeading } from './use-focus-heading';
import { LastingTabster } from './lasting-tabster';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: { flexGrow: 1, outlineStyle: 'none' },
  loading: { padding: tokens.spacingVerticalXXL },
});

export interface AppShellProps {
  /** Shown until the plan's settings name the organisation. */
  fallbackOrganisationName: string;
  user: SignedInUser;
  directory?: readonly SignedInUser[];
  onSwitchUser?: (userId: string) => void;
  notifications?: () => Promise<LocalNotification[]>;
}

export function AppShell({ fallbackOrganisationName, user, directory, onSwitchUser, notifications }: AppShellProps) {
  const styles = useStyles();
  const { snapshot } = usePlanData();
  const organisationName = snapshot?.settings.organisationName || fallbackOrganisationName;
  const main = useRef<HTMLElement>(null);
  useFocusHeading(main);
  return (
    <div className={styles.root}>
      <AppHeader organisationName={organisationName} user={user} directory={directory} onSwitchUser={onSwitchUser} notifications={notifications} />
      <SectionNav />
      <LastingTabster />
      <PlanStatus />
      <main className={styles.main} ref={main}>
        <Suspense fallback={<Spinner className={styles.loading} label="Opening the page…" />}>
          <Switch>
            <Route path="/">
              <Redirect to="/dashboard" replace />
            </Route>
            {sections.map((section) => (
              <Route key={section.path} path={section.path} nest>
                <section.page />
              </Route>
            ))}
            <Route path="/my-actions">
              <MyActionsPage />
            </Route>
            <Route path="/config">
              <TabConfigPage />
            </Route>
            <Route>
              <NotAvailableYet title="Page not found" purpose="There is no page at this address. Choose a section above." />
            </Route>
          </Switch>
        </Suspense>
      </main>
    </div>
  );
}
