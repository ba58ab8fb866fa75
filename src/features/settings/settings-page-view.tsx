import { PageLayout } from '../../components/page-layout';
import { HubRegistration } from './hub-registration';
import { ListsSection } from './lists-section';
import { OrganisationForm } from './organisation-form';
import type { SettingsPageState } from './use-settings-page';

/** The settings page from its state: the organisation's form, the hub registration and the lists. */
export function SettingsPageView(state: SettingsPageState) {
  return (
    <PageLayout title="Settings" description="The organisation's details and how the plan is kept.">
      <OrganisationForm {...state} />
      <HubRegistration />
      <ListsSection {...state} />
    </PageLayout>
  );
}
