import { EDS2022_DOMAINS, EDS2022_RATINGS, EDS2_GOALS, EDS2_GRADE_COLOURS } from '../../../src/domain/eds';
import {
  agreeingChoices,
  gradeValue,
  gradeWords,
  isLocked,
  linesOf,
  newReview,
  outcomeGroups,
  outcomesOf,
  peopleOf,
  peopleText,
  rollUpOf,
  withAgreedBy,
  withEvidence,
  withGrade,
} from '../../../src/features/eds/review-draft';

test('the frameworks list their outcomes in catalogue order', () => {
  expect(outcomesOf('eds2')).toHaveLength(18);
  expect(outcomesOf('eds2022').map((outcome) => outcome.id)).toEqual(['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C']);
});

test('grading keeps catalogue order, and clearing a grade leaves the outcome ungraded', () => {
  let review = newReview('r', 'eds2', 2025);
  review = withGrade(review, '3.1', 'Achieving');
  review = withGrade(review, '1.2', 'Developing');
  expect(review.outcomes.map((outcome) => outcome.outcomeId)).toEqual(['1.2', '3.1']);
  expect(gradeValue(review, '3.1')).toBe('Achieving');
  review = withAgreedBy(withEvidence(review, '3.1', 'Panel minutes\n\nAudit report '), '3.1', ['Healthwatch', 'Healthwatch']);
  expect(review.outcomes[1]).toMatchObject({ evidence: [{ title: 'Panel minutes' }, { title: 'Audit report' }], agreedBy: ['Healthwatch'] });
  review = withGrade(review, '3.1', 'Excelling');
  expect(review.outcomes[1]).toMatchObject({ grade: 'Excelling', evidence: [{ title: 'Panel minutes' }, { title: 'Audit report' }] });
  review = withGrade(review, '1.2', '');
  expect(gradeValue(review, '1.2')).toBe('');
  const rollUp = rollUpOf(review);
  expect(rollUp.framework === 'eds2' && rollUp.graded).toBe(1);
});

test('EDS 2022 outcomes take scores, and the roll-up rates domains', () => {
  let review = newReview('r', 'eds2022', 2025);
  for (const id of ['2A', '2B', '2C', '2D']) review = withGrade(review, id, '2');
  expect(gradeValue(review, '2B')).toBe('2');
  const rollUp = rollUpOf(review);
  expect(rollUp.framework === 'eds2022' && rollUp.domains[1]).toMatchObject({ subtotal: 8, maximum: 12, scored: 4 });
});

test('partners are read one per line, as "name, role, organisation"', () => {
  expect(linesOf(' a \n\n b')).toEqual(['a', 'b']);
  const people = peopleOf('Chair, BME staff network\nHealthwatch lead, , Demo Healthwatch\nJo');
  expect(people).toEqual([{ name: 'Chair', role: 'BME staff network' }, { name: 'Healthwatch lead', organisation: 'Demo Healthwatch' }, { name: 'Jo' }]);
  expect(peopleText(people)).toBe('Chair, BME staff network\nHealthwatch lead, , Demo Healthwatch\nJo');
});

test('who agreed an outcome is chosen from the partners; a name no longer among them is still offered, so it can be removed', () => {
  const partners = { organisations: ['Demo Healthwatch'], people: [{ name: 'Jo Bloggs', role: 'Chair', organisation: 'BME staff network' }, { name: 'Sam' }] };
  expect(agreeingChoices(partners, ['Sam', 'Old Partner'])).toEqual([
    { name: 'Jo Bloggs', label: 'Jo Bloggs (Chair, BME staff network)' },
    { name: 'Sam', label: 'Sam' },
    { name: 'Demo Healthwatch', label: 'Demo Healthwatch' },
    { name: 'Old Partner', label: 'Old Partner (no longer a partner)' },
  ]);
  let review = withGrade(newReview('r', 'eds2022', 2025), '1A', '2');
  review = withAgreedBy(withEvidence(review, '1A', 'Minutes'), '1A', ['Sam']);
  expect(review.outcomes[0]).toMatchObject({ evidence: [{ title: 'Minutes' }], agreedBy: ['Sam'] });
  expect(withAgreedBy(review, '2A', ['Sam']).outcomes).toEqual(review.outcomes);
});

test('only drafts can be changed', () => {
  expect(isLocked(newReview('r', 'eds2', 2025))).toBe(false);
  expect(isLocked({ ...newReview('r', 'eds2', 2025), status: 'Agreed' })).toBe(true);
});

test('a value that is no EDS2 grade leaves the outcome ungraded, and a grade reads in words with its colour', () => {
  let review = withGrade(newReview('r', 'eds2', 2025), '1.1', 'Achieving');
  expect(gradeWords(review, '1.1')).toBe(`Achieving (${EDS2_GRADE_COLOURS.Achieving})`);
  review = withGrade(review, '1.1', 'Brilliant');
  expect(gradeValue(review, '1.1')).toBe('');
  expect(gradeWords(review, '1.1')).toBe('Not graded');
  const scored = withGrade(newReview('r', 'eds2022', 2025), '1A', '3');
  expect(gradeWords(scored, '1A')).toBe(`3: ${EDS2022_RATINGS[3]}`);
  expect(gradeWords(scored, '1B')).toBe('Not scored');
});

test('outcomes are grouped by goal or domain, named with their number', () => {
  const goals = outcomeGroups('eds2');
  expect(goals.map((goal) => goal.name)).toEqual(EDS2_GOALS.map((goal) => `Goal ${goal.goal}: ${goal.name}`));
  expect(goals.flatMap((goal) => goal.outcomes)).toEqual(outcomesOf('eds2'));
  const domains = outcomeGroups('eds2022');
  expect(domains.map((domain) => domain.id)).toEqual(EDS2022_DOMAINS.map((domain) => domain.domain));
  expect(domains.every((domain) => domain.outcomes.every((outcome) => outcome.group === domain.id))).toBe(true);
});
