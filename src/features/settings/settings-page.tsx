import { NotAvailableYet } from '../../components/not-available-yet';

export function SettingsPage() {
  return (
    <NotAvailableYet
      title="Settings"
      purpose="The organisation's details, the EDS framework in use, the suppression threshold and the SharePoint lists behind the plan."
    />
  );
}
