import { NotAvailableYet } from '../../components/not-available-yet';

export function ActionsPage() {
  return (
    <NotAvailableYet
      title="Actions"
      purpose="The action plan: every action linked to WRES indicators and EDS outcomes, with its owner, due date and progress."
    />
  );
}
