import { NotAvailableYet } from '../../components/not-available-yet';

export function MyActionsPage() {
  return (
    <NotAvailableYet title="My actions" purpose="The actions you own, with what is due soon or overdue, so you can post an update in seconds." />
  );
}
