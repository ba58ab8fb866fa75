import { EDS2_OUTCOMES, parseEdsReview, type EdsReview } from '../../../../src/domain/eds';

const GRADES = ['Developing', 'Achieving', 'Developing', 'Achieving', 'Excelling', 'Developing', 'Achieving', 'Developing', 'Undeveloped'] as const;

/** An EDS2 review of the demo trust, graded with two local partners. */
export function demoEdsReview(year: number): EdsReview {
  const parsed = parseEdsReview({
    id: `eds2-demo-${year}`,
    framework: 'eds2',
    year,
    reviewDate: `${year}-02-14`,
    status: 'Agreed',
    partners: {
      organisations: ['Demo Healthwatch', 'Demo Community Voluntary Service'],
      people: [
        { name: 'Chair of the BME Staff Network', role: 'Staff network' },
        { name: 'Healthwatch representative', organisation: 'Demo Healthwatch' },
      ],
    },
    characteristics: ['Race', 'Disability', 'Sex'],
    otherGroups: ['Carers'],
    outcomes: EDS2_OUTCOMES.map((outcome, index) => ({
      outcomeId: outcome.id,
      grade: GRADES[index % GRADES.length],
      evidence: [{ title: `Evidence pack for outcome ${outcome.id}` }],
      agreedBy: ['Demo Healthwatch', 'BME Staff Network'],
    })),
  });
  if (!parsed.ok) throw new Error(`The demo EDS review is not valid: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.value;
}
