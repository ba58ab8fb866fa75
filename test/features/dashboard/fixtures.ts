import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDS2_GRADES, EDS2_OUTCOMES, type Eds2Review } from '../../../src/domain/eds';
import { parseAction, type Action, type ActionJson } from '../../../src/domain/plan';
import { parseWresInput, type WresInput } from '../../../src/domain/wres';

/** The documented example year (2024) of the synthetic demo trust. */
export function exampleJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(process.cwd(), 'docs', 'wres-input.example.json'), 'utf8')) as Record<string, unknown>;
}

function valid(data: unknown): WresInput {
  const parsed = parseWresInput(data);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.value;
}

/**
 * Two years of the synthetic trust. 2024 is the example file, with indicator 3's BME entries cut
 * to 6 so its verdict is too few to judge; 2023 had fewer BME appointments (indicator 2 worse).
 */
export function twoYears(): WresInput[] {
  const latest = exampleJson() as { indicator2: { appointed: { bme: number } }; indicator3: { entered: { bme: number } } };
  const y2024 = valid({ ...latest, indicator3: { ...latest.indicator3, entered: { ...latest.indicator3.entered, bme: 6 } } });
  const y2023 = valid({
    ...latest,
    year: 2023,
    indicator2: { ...latest.indicator2, appointed: { ...latest.indicator2.appointed, bme: 150 } },
    indicator5: { white: 28.0, bme: 32.2, whiteRespondents: 2100, bmeRespondents: 790 },
  });
  return [y2023, y2024];
}

const OWNER = { id: '8f1c2d3e-0002-4a5b-9c6d-000000000002', name: 'Amara Okafor', email: 'amara.okafor@demo-trust.example' };

function action(n: number, overrides: Partial<ActionJson>): Action {
  const parsed = parseAction({
    id: `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`,
    title: `Action ${n}`,
    indicators: [],
    edsOutcomes: [],
    owner: OWNER,
    dueDate: '2027-03-31',
    status: 'On track',
    priority: 'Medium',
    measureOfSuccess: 'Measured quarterly',
    planYear: '2026/27',
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.value;
}

/**
 * Actions against "today" 26 November 2026: indicator 2 has 4 (one overdue, two at risk),
 * indicator 5 has 1, EDS outcome 3.1 has 3 (one overdue), 3.4 has 1.
 */
export function someActions(): Action[] {
  return [
    action(1, { indicators: ['2'], edsOutcomes: ['3.1'], dueDate: '2026-10-01', status: 'Off track' }),
    action(2, { indicators: ['2'], edsOutcomes: ['3.1'], status: 'At risk' }),
    action(3, { indicators: ['2', '5'], edsOutcomes: ['3.4'], status: 'At risk' }),
    action(4, { indicators: ['2'], edsOutcomes: ['3.1'], dueDate: '2026-06-30', status: 'Completed', completedOn: '2026-06-01' }),
  ];
}

/** An agreed EDS2 review grading all 18 outcomes, cycling through the four grades. */
export function eds2Review(year = 2025): Eds2Review {
  return {
    id: `eds2-${year}`,
    framework: 'eds2',
    year,
    status: 'Agreed',
    partners: { organisations: ['Demo Healthwatch'], people: [] },
    characteristics: ['Race'],
    otherGroups: [],
    outcomes: EDS2_OUTCOMES.map((outcome, index) => ({
      outcomeId: outcome.id,
      grade: EDS2_GRADES[index % 4] ?? 'Developing',
      evidence: [],
      agreedBy: [],
    })),
  };
}
