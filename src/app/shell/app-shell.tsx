import { makeStyles, tokens } from '@fluentui/react-components';
import { Redirect, Route, Switch } from 'wouter';
import { MyActionsPage } from '../../features/actions/my-actions-page';
import { TabConfigPage } from '../../features/settings/tab-config-page';
import { NotAvailableYet } from '../../components/not-available-yet';
import type { SignedInUser } from '../../host/host-info';
import { sections } from '../sections';
import { AppHeader } from './app-header';
import { SectionNav } from './section-nav';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: { flexGrow: 1, outlineStyle: 'none' },
});

export interface AppShellProps {
  organisationName: string;
  user: SignedInUser;
  directory?: readonly SignedInUser[];
  onSwitchUser?: (userId: string) => void;
}

export function AppShell({ organisationName, user, directory, onSwitchUser }: AppShellProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <AppHeader organisationName={organisationName} user={user} directory={directory} onSwitchUser={onSwitchUser} />
      <SectionNav />
      <main className={styles.main}>
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
      </main>
    </div>
  );
}
