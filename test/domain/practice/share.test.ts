import type { Action } from '../../../src/domain/plan';
import { actionFromCaseStudy, caseStudyFromAction, parseCaseStudy, type CaseStudy } from '../../../src/domain/practice';

const action: Action = {
  id: 'a-1',
  title: 'Diverse interview panels for senior posts',
  description: 'A trained panel member from a staff network sits on every Band 8a+ panel.',
  indicators: ['2'],
  edsOutcomes: ['3.1'],
  owner: { id: 'entra-7', name: 'Tom Hughes', email: 'tom.hughes@demo-trust.example' },
  dueDate: '2026-03-31',
  status: 'Completed',
  priority: 'High',
  measureOfSuccess: 'Relative likelihood of appointment',
  baseline: '1.61',
  target: '1.25',
  planYear: '2025/26',
  completedOn: '2026-03-20',
  progressUpdates: [
    {
      at: '2026-03-20T10:00:00Z',
      authorId: 'entra-7',
      authorName: 'Tom Hughes',
      note: 'Internal: panel 14 declined',
      evidenceUrl: 'https://intranet.demo-trust.example/hr/panel-14',
    },
  ],
};
const organisation = { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Acute trust' as const, region: 'London' as const };

test('a case study from an action carries no internal fields, and names the owner only with their agreement', () => {
  const draft = caseStudyFromAction(action, { id: 'cs-1', organisation, today: '2026-11-26', shareOwnerAsContact: false });
  const text = JSON.stringify(draft);
  for (const internal of ['entra-7', 'Tom Hughes', 'tom.hughes', 'panel 14', 'intranet']) expect(text).not.toContain(internal);
  expect(draft).toMatchObject({ title: action.title, indicators: ['2'], edsOutcomes: ['3.1'], sourceActionId: 'a-1', publishedOn: '2026-11-26' });
  expect(parseCaseStudy(draft).ok).toBe(true);

  const named = caseStudyFromAction(action, { id: 'cs-1', organisation, today: '2026-11-26', shareOwnerAsContact: true });
  expect(named.contact).toEqual({ name: 'Tom Hughes', email: 'tom.hughes@demo-trust.example' });
});

test('the draft says what the baseline and target were, where the action had them', () => {
  const bare = caseStudyFromAction(
    { ...action, baseline: '', target: '', description: '' },
    { id: 'cs-2', organisation, today: '2026-11-26', shareOwnerAsContact: true },
  );
  expect(bare).toMatchObject({ problem: '', whatWasDone: action.title, impact: 'Measure of success: Relative likelihood of appointment.' });
  expect(bare.contact).toEqual({ name: 'Tom Hughes', email: 'tom.hughes@demo-trust.example' });
  const noEmail = caseStudyFromAction(
    { ...action, owner: { id: 'x', name: 'Tom Hughes' } },
    { id: 'cs-3', organisation, today: '2026-11-26', shareOwnerAsContact: true },
  );
  expect(noEmail.contact).toBeUndefined();
});

test("adopting a case study makes a new, not-started action in the adopter's plan, linked the same way", () => {
  const caseStudy: CaseStudy = {
    ...caseStudyFromAction(action, { id: 'cs-1', organisation, today: '2026-11-26', shareOwnerAsContact: false }),
    measures: [{ indicator: '2', before: 1.61, after: 1.22 }],
  };
  const owner = { id: 'second-lead', name: 'Morgan Reid', email: 'lead@second-trust.example' };
  const adopted = actionFromCaseStudy(caseStudy, { id: 'b-1', owner, dueDate: '2027-06-30' });
  expect(adopted).toMatchObject({
    ok: true,
    value: {
      id: 'b-1',
      status: 'Not started',
      indicators: ['2'],
      edsOutcomes: ['3.1'],
      owner,
      planYear: '2027/28',
      measureOfSuccess: 'Indicator 2: 1.61 → 1.22',
    },
  });
  expect(adopted.ok && adopted.value.description).toContain("Adopted from Demo NHS Trust's good practice");
  const withoutMeasures = actionFromCaseStudy({ ...caseStudy, measures: [] }, { id: 'b-2', owner, dueDate: '2027-06-30' });
  expect(withoutMeasures.ok && withoutMeasures.value.measureOfSuccess).toBe(caseStudy.impact);
  expect(actionFromCaseStudy(caseStudy, { id: 'b-3', owner, dueDate: 'not a date' }).ok).toBe(false);
});
