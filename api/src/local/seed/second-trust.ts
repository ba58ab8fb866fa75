import { addDays, formatISO } from 'date-fns';
import { parseAction, type Action, type ActionStatus } from '../../../../src/domain/plan';
import { planYearOf } from '../../../../src/domain/shared';
import { parseWresInput, type WresInput } from '../../../../src/domain/wres';
import type { PlanStorage } from '../../../../src/storage/ports';
import { demoDirectory } from '../demo-directory';
import { demoWresYears } from './demo-wres';

export const SECOND_TRUST_NAME = 'Second Demo Trust';
export const SECOND_TRUST_ODS_CODE = 'RYY';
export const SECOND_TRUST_LEAD = 'lead@second-trust.example';

interface ActionSeed {
  title: string;
  indicators: string[];
  edsOutcomes: string[];
  due: number;
  status: ActionStatus;
  measure: string;
}

/** A smaller plan than the demo trust's: a few actions, one overdue, two due within the week, one done. */
const SEEDS: readonly ActionSeed[] = [
  {
    title: 'Stretch targets for BME representation at Band 7 and above',
    indicators: ['1'],
    edsOutcomes: ['3.2'],
    due: -3,
    status: 'Off track',
    measure: 'BME share of Band 7+ staff',
  },
  {
    title: 'Structured interview questions for every clinical post',
    indicators: ['2'],
    edsOutcomes: ['3.1'],
    due: 2,
    status: 'At risk',
    measure: 'Posts using the structured question bank',
  },
  {
    title: 'Race equality objective for every executive director',
    indicators: ['9'],
    edsOutcomes: ['4.1'],
    due: 6,
    status: 'On track',
    measure: 'Executives with the objective in their appraisal',
  },
  { title: 'Bystander training for ward teams', indicators: ['5', '6'], edsOutcomes: ['3.4'], due: 30, status: 'On track', measure: 'Ward staff trained' },
  {
    title: 'Anonymised shortlisting pilot in corporate services',
    indicators: ['2'],
    edsOutcomes: ['3.1'],
    due: -40,
    status: 'Completed',
    measure: 'Relative likelihood of appointment from shortlisting',
  },
  {
    title: 'Career clinics run with the BME staff network',
    indicators: ['7'],
    edsOutcomes: ['3.2', '4.3'],
    due: 90,
    status: 'Not started',
    measure: 'Staff attending a clinic',
  },
];

/** The second trust's actions relative to `today`, owned by its own people. */
export function secondTrustActions(today: Date): Action[] {
  const owners = demoDirectory.filter((person) => person.tenant === 'second-demo-trust' && person.role !== 'viewer');
  return SEEDS.map((seed, index) => {
    const owner = owners[index % owners.length] ?? owners[0];
    const dueDate = formatISO(addDays(today, seed.due), { representation: 'date' });
    const parsed = parseAction({
      id: `00000000-0000-4000-b000-${String(index + 1).padStart(12, '0')}`,
      title: seed.title,
      description: `${seed.title}. Agreed by the Workforce Committee of ${SECOND_TRUST_NAME}.`,
      indicators: seed.indicators,
      edsOutcomes: seed.edsOutcomes,
      owner: { id: owner?.id ?? '', name: owner?.displayName ?? '', email: owner?.email },
      dueDate,
      status: seed.status,
      priority: 'Medium',
      measureOfSuccess: seed.measure,
      baseline: '',
      target: '',
      planYear: planYearOf(dueDate),
      ...(seed.status === 'Completed' ? { completedOn: dueDate } : {}),
    });
    if (!parsed.ok) throw new Error(`Second trust action "${seed.title}" is not valid: ${parsed.errors.map((e) => e.message).join('; ')}`);
    return parsed.value;
  });
}

const COUNT_KEYS = new Set(['white', 'bme', 'unknown']);

/** Scales every head count under indicators 1 to 4 (rounding keeps each "of which" within its whole). */
function scaleCounts(value: unknown, factor: number, key = ''): unknown {
  if (typeof value === 'number') return COUNT_KEYS.has(key) ? Math.round(value * factor) : value;
  if (Array.isArray(value)) return value.map((entry) => scaleCounts(entry, factor));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, scaleCounts(entry, factor, name)]));
  }
  return value;
}

/** One reporting year for the second trust: a smaller workforce than the demo trust's. */
export function secondTrustWresYear(rootDir: string): WresInput {
  const latest = demoWresYears(rootDir).at(-1);
  if (!latest) throw new Error('The demo WRES data has no years.');
  const data = {
    ...latest,
    organisation: { name: SECOND_TRUST_NAME, odsCode: SECOND_TRUST_ODS_CODE },
    indicator1: scaleCounts(latest.indicator1, 0.6),
    indicator2: scaleCounts(latest.indicator2, 0.6),
    indicator3: scaleCounts(latest.indicator3, 0.6),
    indicator4: scaleCounts(latest.indicator4, 0.6),
  };
  const parsed = parseWresInput(data);
  if (!parsed.ok) throw new Error(`The second trust's WRES data is not valid: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.value;
}

/**
 * Loads the second trust's plan through the storage ports: its settings, one WRES year and six
 * actions. Only what is missing is written, so running it again finishes a load cut short.
 */
export async function seedSecondTrust(storage: PlanStorage, options: { rootDir: string; today: Date }): Promise<void> {
  const plan = await storage.load();
  await storage.settings.saveSetting('organisationName', SECOND_TRUST_NAME);
  await storage.settings.saveSetting('odsCode', SECOND_TRUST_ODS_CODE);
  await storage.settings.saveSetting('organisationType', 'Mental health trust');
  await storage.settings.saveSetting('region', 'North West');
  await storage.settings.saveSetting('edsFramework', 'eds2022');
  await storage.settings.saveSetting('suppressionThreshold', '10');
  await storage.settings.saveSetting('leadEmail', SECOND_TRUST_LEAD);
  const year = secondTrustWresYear(options.rootDir);
  if (!plan.wresYears.some((stored) => stored.value.year === year.year)) await storage.wres.saveYear(year);
  await storage.actions.importMany(secondTrustActions(options.today));
}
