import { parseCaseStudy, type CaseStudyJson } from '../../../src/domain/practice';

const valid: CaseStudyJson = {
  id: 'cs-1',
  title: 'Diverse interview panels for senior posts',
  problem: 'BME applicants were 1.6 times less likely to be appointed from shortlisting.',
  whatWasDone: 'Every panel for Band 8a and above has a trained member from a staff network.',
  impact: 'The relative likelihood fell from 1.61 to 1.22 in two years.',
  measures: [{ indicator: '2', before: 1.61, after: 1.22, yearBefore: 2022, yearAfter: 2024 }],
  indicators: ['2'],
  edsOutcomes: ['3.1', '2B'],
  organisation: { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Acute trust', region: 'London' },
  links: [{ title: 'Panel guidance', url: 'https://demo-trust.example/panels' }],
  sourceActionId: 'a-1',
  publishedOn: '2026-11-26',
};

test('a complete case study is valid, and optional lists default to empty', () => {
  expect(parseCaseStudy(valid)).toEqual({ ok: true, value: valid });
  const minimal = { ...valid, measures: undefined, indicators: undefined, edsOutcomes: undefined, links: undefined, sourceActionId: undefined };
  expect(parseCaseStudy(minimal)).toMatchObject({ ok: true, value: { measures: [], indicators: [], edsOutcomes: [], links: [] } });
});

test.each([
  ['title', { title: '' }, 'title'],
  ['an unknown indicator', { indicators: ['10'] }, 'indicators[0]'],
  ['an unknown EDS outcome', { edsOutcomes: ['5.1'] }, 'edsOutcomes[0]'],
  ['an organisation type not on the list', { organisation: { ...valid.organisation, type: 'Hospital' } }, 'organisation.type'],
  ['a region not on the list', { organisation: { ...valid.organisation, region: 'Wales' } }, 'organisation.region'],
  ['a contact without a real email', { contact: { name: 'Leah Adeyemi', email: 'leah' } }, 'contact.email'],
  ['a link that is not a web address', { links: [{ title: 'x', url: 'not a url' }] }, 'links[0].url'],
  ['a javascript: link', { links: [{ title: 'Guidance', url: 'javascript:alert(1)' }] }, 'links[0].url'],
  ['a data: link', { links: [{ title: 'Guidance', url: 'data:text/html,<script>alert(1)</script>' }] }, 'links[0].url'],
  ['a plain http link', { links: [{ title: 'Guidance', url: 'http://demo-trust.example/panels' }] }, 'links[0].url'],
  ['a measure that is not a number', { measures: [{ indicator: '2', before: Number.NaN, after: 1 }] }, 'measures[0].before'],
  ['a date that does not exist', { publishedOn: '2026-02-30' }, 'publishedOn'],
  ['an internal field', { ownerEmail: 'someone@demo.example' }, '(input)'],
])('%s is refused, naming the field', (_case, change, path) => {
  const result = parseCaseStudy({ ...valid, ...change });
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : result.errors.map((error) => error.path)).toContain(path);
});
