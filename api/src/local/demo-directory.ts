/**
 * The synthetic people of the local demo. No real person's data: names are invented and every
 * address uses the reserved `.example` domain.
 *
 * `role` is the person's permission level on their own trust's plan site (what they may do on any
 * site is decided per site, in graph/site-permissions.ts):
 * - `owner`  may do everything, including creating lists and columns (Full Control / Manage Lists);
 * - `member` may read and write list items, but not create lists (Contribute);
 * - `viewer` may only read (Read).
 */
export type DemoRole = 'owner' | 'member' | 'viewer';

/** The demo organisations; each stands for one trust's Entra tenant. */
export type DemoTenant = 'demo-trust' | 'second-demo-trust';
export const DEMO_TENANTS: readonly DemoTenant[] = ['demo-trust', 'second-demo-trust'];

export interface DemoPerson {
  id: string;
  displayName: string;
  /** Also the user principal name; the local bearer token is `local:<email>`. */
  email: string;
  jobTitle: string;
  role: DemoRole;
  /** The demo organisation the person belongs to. */
  tenant: DemoTenant;
}

export const demoDirectory: readonly DemoPerson[] = [
  {
    id: '8f1c2d3e-0001-4a5b-9c6d-000000000001',
    displayName: 'Leah Adeyemi',
    email: 'lead@demo-trust.example',
    jobTitle: 'EDI Lead',
    role: 'owner',
    tenant: 'demo-trust',
  },
  {
    id: '8f1c2d3e-0002-4a5b-9c6d-000000000002',
    displayName: 'Amara Okafor',
    email: 'amara.okafor@demo-trust.example',
    jobTitle: 'Director of People',
    role: 'member',
    tenant: 'demo-trust',
  },
  {
    id: '8f1c2d3e-0003-4a5b-9c6d-000000000003',
    displayName: 'Tom Hughes',
    email: 'tom.hughes@demo-trust.example',
    jobTitle: 'Head of Recruitment',
    role: 'member',
    tenant: 'demo-trust',
  },
  {
    id: '8f1c2d3e-0004-4a5b-9c6d-000000000004',
    displayName: 'Priya Raman',
    email: 'priya.raman@demo-trust.example',
    jobTitle: 'Head of Learning and Development',
    role: 'member',
    tenant: 'demo-trust',
  },
  {
    id: '8f1c2d3e-0005-4a5b-9c6d-000000000005',
    displayName: "Sean O'Brien",
    email: 'sean.obrien@demo-trust.example',
    jobTitle: 'Employee Relations Manager',
    role: 'member',
    tenant: 'demo-trust',
  },
  {
    id: '8f1c2d3e-0006-4a5b-9c6d-000000000006',
    displayName: 'Victor Osei',
    email: 'viewer@demo-trust.example',
    jobTitle: 'Non-executive Director',
    role: 'viewer',
    tenant: 'demo-trust',
  },
  {
    id: '8f1c2d3e-0101-4a5b-9c6d-000000000101',
    displayName: 'Nia Campbell',
    email: 'lead@second-trust.example',
    jobTitle: 'Head of Equality, Diversity and Inclusion',
    role: 'owner',
    tenant: 'second-demo-trust',
  },
  {
    id: '8f1c2d3e-0102-4a5b-9c6d-000000000102',
    displayName: 'Daniel Kowalski',
    email: 'daniel.kowalski@second-trust.example',
    jobTitle: 'Deputy Director of Workforce',
    role: 'member',
    tenant: 'second-demo-trust',
  },
  {
    id: '8f1c2d3e-0103-4a5b-9c6d-000000000103',
    displayName: 'Fatima Begum',
    email: 'fatima.begum@second-trust.example',
    jobTitle: 'Organisational Development Lead',
    role: 'member',
    tenant: 'second-demo-trust',
  },
  {
    id: '8f1c2d3e-0104-4a5b-9c6d-000000000104',
    displayName: 'Helen Carter',
    email: 'viewer@second-trust.example',
    jobTitle: 'Non-executive Director',
    role: 'viewer',
    tenant: 'second-demo-trust',
  },
];

/**
 * The app's own identity in the local demo: the service principal the reminders and the
 * publish-practice function act as (in Azure, the app registration's application permissions).
 * It is not a person, so it is kept out of the sign-in list and the people picker. The store
 * accepts its token `local:reminders@service.example`: it owns the Good Practice Hub (the only
 * identity that writes it), reads each trust's plan, and may look up and notify anyone.
 */
export const demoServicePrincipals: readonly DemoPerson[] = [
  {
    id: '8f1c2d3e-0900-4a5b-9c6d-000000000900',
    displayName: 'Race Equality Plan',
    email: 'reminders@service.example',
    jobTitle: 'Application',
    role: 'owner',
    tenant: 'demo-trust',
  },
];

export const DEMO_SERVICE_PRINCIPAL = 'reminders@service.example';

export function findDemoPerson(email: string): DemoPerson | undefined {
  const wanted = email.toLowerCase();
  return demoDirectory.find((person) => person.email.toLowerCase() === wanted);
}

/** The app's own identity, by its principal name (the local app-only token is `local:<name>`). */
export function findDemoServicePrincipal(name: string): DemoPerson | undefined {
  const wanted = name.toLowerCase();
  return demoServicePrincipals.find((principal) => principal.email.toLowerCase() === wanted);
}

/** Whether this signed-in principal is the app's own identity rather than a person. */
export function isAppIdentity(principal: DemoPerson): boolean {
  return demoServicePrincipals.includes(principal);
}
