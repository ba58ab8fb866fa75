import { NotAvailableYet } from '../../components/not-available-yet';

export function EdsPage() {
  return (
    <NotAvailableYet
      title="EDS"
      purpose="The Equality Delivery System review: outcomes graded with local partners, with the evidence behind each grade."
    />
  );
}
