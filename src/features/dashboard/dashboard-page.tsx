import { NotAvailableYet } from '../../components/not-available-yet';

export function DashboardPage() {
  return (
    <NotAvailableYet
      title="Dashboard"
      purpose="The nine WRES indicators for the chosen year, against England and over time, beside the EDS outcomes and the actions linked to each."
    />
  );
}
