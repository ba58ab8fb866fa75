import { Text } from '@fluentui/react-components';
import { PageLayout } from '../../components/page-layout';

/** Shown by Teams when someone adds the tab to a channel; Teams' own Save button completes it. */
export function TabConfigPage() {
  return (
    <PageLayout title="Add the race equality plan" description="This tab shows the team's WRES results, EDS review and action plan.">
      <Text>
        The plan is kept in this team&apos;s SharePoint site. Select Save to add the tab; the first person to open it with rights to create lists sets them up.
      </Text>
    </PageLayout>
  );
}
