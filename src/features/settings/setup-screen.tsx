import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { OperationMessage } from '../../components/operation-message';
import { PageLayout } from '../../components/page-layout';
import { useOperation } from '../../components/use-operation';
import { messageOf } from '../../storage/ports';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export interface SetupScreenProps {
  missingLists: readonly string[];
  /** Creates the lists; rejects with a message that says what went wrong, in words. */
  createLists: () => Promise<void>;
}

/**
 * The first person to open the plan on a team's site chooses to set it up, rather than having six
 * lists appear in their SharePoint site unasked. Anyone who may not create lists is told so plainly.
 */
export function SetupScreen({ missingLists, createLists }: SetupScreenProps) {
  const styles = useStyles();
  // createLists already words its failure, so its message is shown as it is.
  const creation = useOperation(createLists, messageOf);
  return (
    <PageLayout title="Set up the race equality plan" description="This team's SharePoint site does not hold the plan yet.">
      <Text as="p">The plan keeps everything in the team&apos;s own SharePoint site, in these lists, which are missing:</Text>
      <ul className={styles.list}>
        {missingLists.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={creation.busy} onClick={() => void creation.run()}>
          Create lists
        </Button>
      </div>
      <OperationMessage status={creation.status} busyLabel="Creating lists…" failedTitle="The lists were not created" />
    </PageLayout>
  );
}
