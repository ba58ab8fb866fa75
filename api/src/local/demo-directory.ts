/**
 * The synthetic people of the local demo. No real person's data: names are invented and every
 * address uses the reserved `.example` domain.
 *
 * Roles mirror SharePoint's permission levels on the plan's site:
 * - `owner`  may do everything, including creating lists and columns (Full Control / Manage Lists);
 * - `member` may read and write list items, but not create lists (Contribute);
 * - `viewer` may only read (Read).
 */
export type DemoRole = 'owner' | 'member' | 'viewer';

export interface DemoPerson {
  id: string;
  displayName: string;
  /** Also the user principal name; the local bearer token is `local:<email>`. */
  email: string;
  jobTitle: string;
  role: DemoRole;
  /** The demo organisation the person belongs to. */
  tenant: 'demo-trust' | 'second-demo-trust';
}

export const demoDirectory: readonly DemoPerson[] = [
  { id: '8f1c2d3e-0001-4a5b-9c6d-000000000001', displayName: 'Leah Adeyemi', email: 'lead@demo-trust.example', jobTitle: 'EDI Lead', role: 'owner', tenant: 'demo-trust' },
  { id: '8f1c2d3e-0002-4a5b-9c6d-000000000002', displayName: 'Amara Okafor', email: 'amara.okafor@demo-trust.example', jobTitle: 'Director of People', role: 'member', tenant: 'demo-trust' },
  { id: '8f1c2d3e-0003-4a5b-9c6d-000000000003', displayName: 'Tom Hughes', email: 'tom.hughes@demo-trust.example', jobTitle: 'Head of Recruitment', role: 'member', tenant: 'demo-trust' },
  { id: '8f1c2d3e-0004-4a5b-9c6d-000000000004', displayName: 'Priya Raman', email: 'priya.raman@demo-trust.example', jobTitle: 'Head of Learning and Development', role: 'member', tenant: 'demo-trust' },
  { id: '8f1c2d3e-0005-4a5b-9c6d-000000000005', displayName: "Sean O'Brien", email: 'sean.obrien@demo-trust.example', jobTitle: 'Employee Relations Manager', role: 'member', tenant: 'demo-trust' },
  { id: '8f1c2d3e-0006-4a5b-9c6d-000000000006', displayName: 'Victor Osei', email: 'viewer@demo-trust.example', jobTitle: 'Non-executive Director', role: 'viewer', tenant: 'demo-trust' },
];

export function findDemoPerson(email: string): DemoPerson | undefined {
  const wanted = email.toLowerCase();
  return demoDirectory.find((person) => person.email.toLowerCase() === wanted);
}
