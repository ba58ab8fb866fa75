import { addDays, formatISO } from 'date-fns';
import { parseAction, type Action, type ActionStatus } from '../../../../src/domain/plan';
import { planYearOf } from '../../../../src/domain/shared';
import { demoDirectory } from '../demo-directory';

interface ActionSeed {
  title: string;
  indicators: string[];
  edsOutcomes: string[];
  /** Days from the seed date; negative is in the past. */
  due: number;
  status: ActionStatus;
  priority: 'High' | 'Medium' | 'Low';
  measure: string;
  baseline?: string;
  target?: string;
}

/** Synthetic actions of the kind trusts publish, spread across indicators, owners and states. */
const SEEDS: readonly ActionSeed[] = [
  {
    title: 'Diverse interview panels for all posts at Band 8a and above',
    indicators: ['2'],
    edsOutcomes: ['3.1'],
    due: 40,
    status: 'On track',
    priority: 'High',
    measure: 'Share of 8a+ panels with a BME member',
    baseline: '38%',
    target: '90%',
  },
  {
    title: 'Publish shortlisting-to-appointment rates by ethnicity each quarter',
    indicators: ['2'],
    edsOutcomes: ['3.1', '4.1'],
    due: -20,
    status: 'At risk',
    priority: 'High',
    measure: 'Quarterly report to the People Committee',
    baseline: 'Annual only',
    target: 'Quarterly',
  },
  {
    title: 'De-bias job descriptions and adverts with the recruitment team',
    indicators: ['2'],
    edsOutcomes: ['3.1'],
    due: 75,
    status: 'Not started',
    priority: 'Medium',
    measure: 'Adverts reviewed',
    baseline: '0',
    target: 'All new adverts',
  },
  {
    title: 'Values-based recruitment training for hiring managers',
    indicators: ['2'],
    edsOutcomes: ['3.1', '4.2'],
    due: -5,
    status: 'Off track',
    priority: 'High',
    measure: 'Hiring managers trained',
    baseline: '12%',
    target: '80%',
  },
  {
    title: 'Independent review of every disciplinary case before formal action',
    indicators: ['3'],
    edsOutcomes: ['3.3'],
    due: 30,
    status: 'On track',
    priority: 'High',
    measure: 'Cases with pre-formal review',
    baseline: '0%',
    target: '100%',
  },
  {
    title: 'Just and learning culture training for line managers',
    indicators: ['3'],
    edsOutcomes: ['3.3', '4.2'],
    due: 120,
    status: 'On track',
    priority: 'Medium',
    measure: 'Line managers trained',
    baseline: '5%',
    target: '75%',
  },
  {
    title: 'Report disciplinary entry by ethnicity to the board twice a year',
    indicators: ['3'],
    edsOutcomes: ['4.1'],
    due: -60,
    status: 'Completed',
    priority: 'Medium',
    measure: 'Board reports',
    baseline: 'None',
    target: 'Two a year',
  },
  {
    title: 'Equitable allocation of non-mandatory training funds',
    indicators: ['4'],
    edsOutcomes: ['3.2'],
    due: 55,
    status: 'At risk',
    priority: 'Medium',
    measure: 'Relative likelihood of accessing training',
    baseline: '1.09',
    target: '1.00',
  },
  {
    title: 'Reverse mentoring between BME staff and executive directors',
    indicators: ['4', '9'],
    edsOutcomes: ['4.1', '4.2'],
    due: 90,
    status: 'On track',
    priority: 'Medium',
    measure: 'Pairs completing the programme',
    baseline: '0',
    target: '12',
  },
  {
    title: 'Positive action leadership programme for Bands 5 to 7',
    indicators: ['1', '4'],
    edsOutcomes: ['3.2'],
    due: 150,
    status: 'Not started',
    priority: 'High',
    measure: 'BME share of 8a+ staff',
    baseline: '12.9%',
    target: '18%',
  },
  {
    title: 'Zero-tolerance campaign on abuse from patients and the public',
    indicators: ['5'],
    edsOutcomes: ['3.4'],
    due: -2,
    status: 'Off track',
    priority: 'High',
    measure: 'Staff survey q13a, BME staff',
    baseline: '29.8%',
    target: '25%',
  },
  {
    title: 'Body-worn cameras pilot in the emergency department',
    indicators: ['5'],
    edsOutcomes: ['3.4'],
    due: 20,
    status: 'On track',
    priority: 'Low',
    measure: 'Incidents reported in the pilot areas',
  },
  {
    title: 'Freedom to Speak Up champions from every staff network',
    indicators: ['6', '8'],
    edsOutcomes: ['3.4', '3.6'],
    due: 10,
    status: 'On track',
    priority: 'Medium',
    measure: 'Champions appointed',
    baseline: '3',
    target: '10',
  },
  {
    title: 'Civility and respect toolkit for every team',
    indicators: ['6'],
    edsOutcomes: ['3.4'],
    due: -35,
    status: 'At risk',
    priority: 'Medium',
    measure: 'Teams that used the toolkit',
    baseline: '0%',
    target: '60%',
  },
  {
    title: 'Transparent career conversations in every appraisal',
    indicators: ['7'],
    edsOutcomes: ['3.2'],
    due: 100,
    status: 'Not started',
    priority: 'Medium',
    measure: 'Staff survey q15, BME staff',
    baseline: '46.2%',
    target: '52%',
  },
  {
    title: 'Talent panels with published criteria for secondments',
    indicators: ['7', '1'],
    edsOutcomes: ['3.2', '3.5'],
    due: 65,
    status: 'On track',
    priority: 'Medium',
    measure: 'BME staff on secondment or acting up',
  },
  {
    title: 'Investigate discrimination reports with the staff networks',
    indicators: ['8'],
    edsOutcomes: ['3.4', '4.3'],
    due: -12,
    status: 'Off track',
    priority: 'High',
    measure: 'Staff survey q16b, BME staff',
    baseline: '13.5%',
    target: '9%',
  },
  {
    title: 'Cultural ambassadors on grievance and disciplinary panels',
    indicators: ['3', '8'],
    edsOutcomes: ['3.3'],
    due: 45,
    status: 'On track',
    priority: 'Medium',
    measure: 'Panels with a cultural ambassador',
  },
  {
    title: 'Board development session on race equality',
    indicators: ['9'],
    edsOutcomes: ['4.1'],
    due: -90,
    status: 'Completed',
    priority: 'High',
    measure: 'Session held and actions agreed',
  },
  {
    title: 'Diverse shortlists for non-executive director appointments',
    indicators: ['9'],
    edsOutcomes: ['4.1'],
    due: 180,
    status: 'Not started',
    priority: 'High',
    measure: 'BME candidates shortlisted',
    baseline: '1 in 8',
    target: '1 in 3',
  },
  {
    title: 'Executive sponsor for each staff network',
    indicators: ['9', '7'],
    edsOutcomes: ['4.2', '4.3'],
    due: -150,
    status: 'Completed',
    priority: 'Medium',
    measure: 'Networks with a sponsor',
    baseline: '1 of 4',
    target: '4 of 4',
  },
  {
    title: 'Improve ethnicity recording in ESR',
    indicators: ['1'],
    edsOutcomes: ['4.1'],
    due: 25,
    status: 'On track',
    priority: 'Medium',
    measure: 'Staff with unknown ethnicity',
    baseline: '2.6%',
    target: 'under 1%',
  },
  {
    title: 'Flexible working offer for Bands 2 to 4',
    indicators: ['1', '7'],
    edsOutcomes: ['3.5'],
    due: 80,
    status: 'On track',
    priority: 'Low',
    measure: 'Requests approved',
  },
  {
    title: 'International recruits pastoral support programme',
    indicators: ['5', '6'],
    edsOutcomes: ['3.6'],
    due: 5,
    status: 'At risk',
    priority: 'Medium',
    measure: 'Recruits with a named buddy',
    baseline: '40%',
    target: '100%',
  },
  {
    title: 'Community partners on the EDS review panel',
    indicators: [],
    edsOutcomes: ['1.1', '2.1'],
    due: 60,
    status: 'On track',
    priority: 'Medium',
    measure: 'Partners taking part in grading',
  },
];

/**
 * The demo plan relative to `today`, so some actions are always overdue and some due soon whenever
 * the demo is started. Every action passes the domain's validation.
 */
export function demoActions(today: Date): Action[] {
  const owners = demoDirectory.filter((person) => person.tenant === 'demo-trust' && person.role !== 'viewer');
  return SEEDS.map((seed, index) => {
    const owner = owners[index % owners.length] ?? owners[0];
    const dueDate = formatISO(addDays(today, seed.due), { representation: 'date' });
    const parsed = parseAction({
      id: `00000000-0000-4000-a000-${String(index + 1).padStart(12, '0')}`,
      title: seed.title,
      description: `${seed.title}. Agreed by the People Committee as part of the WRES action plan.`,
      indicators: seed.indicators,
      edsOutcomes: seed.edsOutcomes,
      owner: { id: owner?.id ?? '', name: owner?.displayName ?? '', email: owner?.email },
      dueDate,
      status: seed.status,
      priority: seed.priority,
      measureOfSuccess: seed.measure,
      baseline: seed.baseline ?? '',
      target: seed.target ?? '',
      planYear: planYearOf(dueDate),
      ...(seed.status === 'Completed' ? { completedOn: dueDate } : {}),
    });
    if (!parsed.ok) throw new Error(`Demo action "${seed.title}" is not valid: ${parsed.errors.map((e) => e.message).join('; ')}`);
    return parsed.value;
  });
}
