import { NotAvailableYet } from '../../components/not-available-yet';

export function ReportsPage() {
  return (
    <NotAvailableYet
      title="Reports"
      purpose="The board report and the publication pack for the trust's website, with small numbers suppressed."
    />
  );
}
