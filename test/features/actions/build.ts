import type { Action, ActionJson } from '../../../src/domain/plan';
import { parseAction } from '../../../src/domain/plan';
import type { Person } from '../../../src/storage/ports';

export const LEAH = { id: '8f1c2d3e-0001-4a5b-9c6d-000000000001', name: 'Leah Adeyemi', email: 'lead@demo-trust.example' };
export const AMARA = { id: 'amara-id', name: 'Amara Okafor', email: 'amara@demo-trust.example' };
export const TOM = { id: 'tom-id', name: 'Tom Hughes', email: 'tom@demo-trust.example' };

export const PEOPLE: Person[] = [
  { id: LEAH.id, displayName: LEAH.name, email: LEAH.email, jobTitle: 'EDI lead' },
  { id: AMARA.id, displayName: AMARA.name, email: AMARA.email },
  { id: TOM.id, displayName: TOM.name, email: TOM.email },
];

let counter = 0;

/** A valid action; "today" in the tests is 26 November 2026 (plan year 2026/27). */
export function makeAction(change: Partial<ActionJson> = {}): Action {
  counter += 1;
  const result = parseAction({
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    title: `Action ${counter}`,
    description: '',
    indicators: ['2'],
    edsOutcomes: ['3.1'],
    owner: AMARA,
    dueDate: '2027-01-15',
    status: 'On track',
    priority: 'Medium',
    measureOfSuccess: 'Something measurable',
    planYear: '2026/27',
    ...change,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

export const versioned = (value: Action) => ({ value, eTag: '"1"', itemId: value.id });
