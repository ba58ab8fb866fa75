/**
 * The synthetic people of the local demo. No real person's data: names are invented and every
 * address uses the reserved `.example` domain.
 */
export interface DemoPerson {
  id: string;
  displayName: string;
  email: string;
  jobTitle: string;
}

export const demoDirectory: readonly DemoPerson[] = [
  { id: '8f1c2d3e-0001-4a5b-9c6d-000000000001', displayName: 'Amara Okafor', email: 'amara.okafor@demo-trust.example', jobTitle: 'Director of People' },
  { id: '8f1c2d3e-0002-4a5b-9c6d-000000000002', displayName: 'Tom Hughes', email: 'tom.hughes@demo-trust.example', jobTitle: 'EDI Lead' },
  { id: '8f1c2d3e-0003-4a5b-9c6d-000000000003', displayName: 'Priya Raman', email: 'priya.raman@demo-trust.example', jobTitle: 'Head of Recruitment' },
  { id: '8f1c2d3e-0004-4a5b-9c6d-000000000004', displayName: 'Grace Mensah', email: 'grace.mensah@demo-trust.example', jobTitle: 'Non-executive Director' },
  { id: '8f1c2d3e-0005-4a5b-9c6d-000000000005', displayName: 'Daniel Kowalski', email: 'daniel.kowalski@demo-trust.example', jobTitle: 'Head of Learning and Development' },
];
