import { NotAvailableYet } from '../../components/not-available-yet';

export function PracticePage() {
  return (
    <NotAvailableYet
      title="Good practice"
      purpose="Case studies shared by trusts: find what worked elsewhere for an indicator, and adopt it into your own plan."
    />
  );
}
