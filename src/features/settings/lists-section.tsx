import { Button, Field, Input, Link, Subtitle2, Text } from '@fluentui/react-components';
import { OperationMessage } from '../../components/operation-message';
import { StoredLink } from '../../components/stored-link';
import { useSettingsStyles } from './settings-page.styles';
import { siteAddress, type SettingsPageState } from './use-settings-page';

type ListsSectionProps = Pick<SettingsPageState, 'site' | 'canEdit' | 'check' | 'otherSite' | 'setOtherSite' | 'openOtherSite'>;

/** Which SharePoint site holds the plan, checking its lists, and opening the plan on another site. */
export function ListsSection({ site, canEdit, check, otherSite, setOtherSite, openOtherSite }: ListsSectionProps) {
  const styles = useSettingsStyles();
  return (
    <section className={styles.section} aria-labelledby="lists-heading">
      <Subtitle2 as="h2" id="lists-heading">
        SharePoint lists
      </Subtitle2>
      <Text>
        The plan is kept in six lists on the SharePoint site{' '}
        {site.webUrl ? <StoredLink address={site.webUrl} title={site.name} /> : <Text weight="semibold">{site.name}</Text>}. Checking them adds any list or
        column a newer version of the app needs; nothing is ever deleted.
      </Text>
      {canEdit ? (
        <div className={styles.row}>
          <Button disabled={check.busy} onClick={() => void check.run()}>
            Check lists
          </Button>
        </div>
      ) : null}
      <OperationMessage status={check.status} busyLabel="Checking…" failedTitle="The lists were not checked" doneText={(report) => report} />
      <form className={styles.row} onSubmit={openOtherSite} aria-label="Open the plan on another site">
        <Field label="Open the plan on another SharePoint site" hint="A site id; the team's own site is used otherwise.">
          <Input value={otherSite} onChange={(_, data) => setOtherSite(data.value)} />
        </Field>
        <Button type="submit" disabled={otherSite.trim() === ''}>
          Open
        </Button>
        <Link href={siteAddress('default')}>Use the team&apos;s own site</Link>
      </form>
    </section>
  );
}
