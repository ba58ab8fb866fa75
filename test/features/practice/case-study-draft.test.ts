import type { Action } from '../../../src/domain/plan';
import { parseCaseStudy, type CaseStudy } from '../../../src/domain/practice';
import {
  caseStudyInputOf,
  draftFromAction,
  draftOf,
  fieldErrorsOf,
  linksOf,
  oneOf,
  publishingOrganisationOf,
} from '../../../src/features/practice/case-study-draft';

const organisation: CaseStudy['organisation'] = { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Acute trust', region: 'London' };
const writer = { name: 'Leah Adeyemi', email: 'lead@demo-trust.example' };

const completed: Action = {
  id: 'a-done',
  title: 'Reverse mentoring for the executive team',
  description: 'BME staff mentor executive directors.',
  indicators: ['4', '9'],
  edsOutcomes: ['4.1'],
  owner: { id: 'owner-1', name: 'Tom Hughes', email: 'tom.hughes@demo-trust.example' },
  dueDate: '2026-09-30',
  status: 'Completed',
  priority: 'Medium',
  measureOfSuccess: 'Pairs completing the programme',
  baseline: '0 pairs',
  target: '12 pairs',
  planYear: '2026/27',
  completedOn: '2026-09-20',
  progressUpdates: [],
};

test('a choice is read back from text only when it is one of the options', () => {
  expect(oneOf(['Acute trust', 'Other'], 'Other')).toBe('Other');
  expect(oneOf(['Acute trust', 'Other'], 'Hospice')).toBeUndefined();
  expect(oneOf(['Acute trust', 'Other'], undefined)).toBeUndefined();
});

test.each([
  [
    'every detail set',
    { organisationName: 'North Trust', odsCode: 'RNN', organisationType: 'Mental health trust', region: 'North West' },
    { ok: true, organisation: { name: 'North Trust', odsCode: 'RNN', type: 'Mental health trust', region: 'North West' } },
  ],
  ['type and region never set', { organisationName: 'North Trust', odsCode: 'RNN' }, { ok: false, missing: ['organisation type', 'region'] }],
  [
    'a type the library does not know',
    { organisationName: 'North Trust', odsCode: 'RNN', organisationType: 'Hospice', region: 'London' },
    { ok: false, missing: ['organisation type'] },
  ],
  ['nothing set', {}, { ok: false, missing: ['organisation name', 'ODS code', 'organisation type', 'region'] }],
  ['a blank name', { organisationName: ' ', odsCode: 'RNN', organisationType: 'Other', region: 'London' }, { ok: false, missing: ['organisation name'] }],
])("a case study is published under the organisation in the plan's settings, with no type or region assumed: %s", (_name, settings, expected) => {
  expect(publishingOrganisationOf(settings)).toEqual(expected);
});

test('links are read one per line as "title | address", and lines without both are left out', () => {
  expect(linksOf('Toolkit | https://example.nhs.uk/toolkit\nno address\n | https://example.nhs.uk')).toEqual([
    { title: 'Toolkit', url: 'https://example.nhs.uk/toolkit' },
  ]);
});

test('errors are put on the form field their path starts with', () => {
  expect(
    fieldErrorsOf([
      ['measures[0].before', 'must be a number'],
      ['organisation.type', 'unknown'],
    ]),
  ).toEqual({ measures: 'must be a number', organisation: 'unknown' });
});

test("a draft from a completed action names nobody until the owner's agreement is ticked, and then names the owner", () => {
  const draft = draftFromAction(completed, organisation, '2026-11-26');
  expect(draft).toMatchObject({ title: completed.title, indicators: ['4', '9'], measureIndicator: '4', sourceActionId: 'a-done', shareContact: false });
  const context = { id: 'cs-1', organisation, today: '2026-11-26', editing: undefined, source: completed, writer };
  expect(caseStudyInputOf(draft, context)).not.toHaveProperty('contact');
  expect(caseStudyInputOf({ ...draft, shareContact: true }, context).contact).toEqual({ name: 'Tom Hughes', email: 'tom.hughes@demo-trust.example' });
  expect(caseStudyInputOf({ ...draft, shareContact: true }, { ...context, source: undefined }).contact).toEqual(writer);
});

test('an edited case study keeps its organisation, contact and date, and its draft reads back to the same case study', () => {
  const published: CaseStudy = {
    id: 'cs-panels',
    title: 'Diverse interview panels',
    problem: 'BME applicants were less likely to be appointed.',
    whatWasDone: 'Trained panel members from staff networks.',
    impact: 'Relative likelihood fell from 1.61 to 1.22.',
    measures: [{ indicator: '2', before: 1.61, after: 1.22 }],
    indicators: ['2'],
    edsOutcomes: ['3.1'],
    organisation: { ...organisation, name: 'Demo NHS Trust (as published)' },
    contact: { name: 'Ama Owusu', email: 'ama.owusu@demo-trust.example' },
    links: [{ title: 'Toolkit', url: 'https://example.nhs.uk/toolkit' }],
    publishedOn: '2026-10-01',
  };
  const input = caseStudyInputOf(draftOf(published), { id: published.id, organisation, today: '2026-11-26', editing: published, source: undefined, writer });
  expect(parseCaseStudy(input)).toEqual({ ok: true, value: published });
});
