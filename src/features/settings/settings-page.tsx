import { SettingsPageView } from './settings-page-view';
import { useSettingsPage } from './use-settings-page';

/** The organisation's details, the EDS framework, the library, the suppression method and threshold, and the lists. */
export function SettingsPage() {
  return <SettingsPageView {...useSettingsPage()} />;
}
