import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDS2022_DOMAINS, EDS2022_OUTCOMES, EDS2_GOALS, EDS2_OUTCOMES, eds2022OverallRating, eds2022Rating, eds2Colour } from '../../../src/domain/eds';

// The reference text kept with the code in docs/reference; the tables below are copied from it.
const reference = readFileSync(join(process.cwd(), 'docs', 'reference', 'eds-and-action-plans.md'), 'utf8');

function expectEveryOutcomeInReference(outcomes: readonly { readonly id: string; readonly wording: string }[]): void {
  const missing = outcomes.filter((outcome) => !reference.includes(`| ${outcome.id} | ${outcome.wording} |`));
  expect(missing).toEqual([]);
  expect(outcomes.length).toBeGreaterThan(0);
}

describe('EDS2 catalogue', () => {
  test('4 goals and 18 outcomes: 5 + 4 + 6 + 3', () => {
    expect(EDS2_GOALS.map((goal) => goal.name)).toEqual([
      'Better health outcomes',
      'Improved patient access and experience',
      'A representative and supported workforce',
      'Inclusive leadership',
    ]);
    expect(EDS2_OUTCOMES).toHaveLength(18);
    expect([1, 2, 3, 4].map((goal) => EDS2_OUTCOMES.filter((o) => o.goal === goal).length)).toEqual([5, 4, 6, 3]);
  });

  test.each([
    ['1.1', 'Services are commissioned, procured, designed and delivered to meet the health needs of local communities', false],
    [
      '2.1',
      'People, carers and communities can readily access hospital, community health or primary care services and should not be denied access on unreasonable grounds',
      true,
    ],
    ['2.4', "People's complaints about services are handled respectfully and efficiently", true],
    ['3.4', 'When at work, staff are free from abuse, harassment, bullying and violence from any source', false],
    [
      '4.3',
      'Middle managers and other line managers support their staff to work in culturally competent ways within a work environment free from discrimination',
      false,
    ],
  ])('outcome %s reads as the reference', (id, wording, verified) => {
    expect(EDS2_OUTCOMES.find((o) => o.id === id)).toMatchObject({ wording, wordingVerified: verified });
  });

  test('every outcome appears word for word in the reference table', () => {
    expectEveryOutcomeInReference(EDS2_OUTCOMES);
  });

  test.each([
    ['Undeveloped', 'red'],
    ['Developing', 'amber'],
    ['Achieving', 'green'],
    ['Excelling', 'purple'],
  ] as const)('%s is shown %s', (grade, colour) => {
    expect(eds2Colour(grade)).toBe(colour);
  });
});

describe('EDS 2022 catalogue', () => {
  test('3 domains and 11 outcomes, 1A–3C', () => {
    expect(EDS2022_DOMAINS.map((d) => d.name)).toEqual(['Commissioned or provided services', 'Workforce health and well-being', 'Inclusive leadership']);
    expect(EDS2022_OUTCOMES.map((o) => o.id)).toEqual(['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C']);
  });

  test.each([
    ['1A', 'Patients (service users) have required levels of access to the service'],
    ['2C', 'Staff have access to independent support and advice when suffering from stress, abuse, bullying harassment and physical violence from any source'],
    ['3C', 'Board members and system leaders (Band 9 and VSM) ensure levers are in place to manage performance and monitor progress with staff and patients'],
  ])('outcome %s reads as the reference', (id, wording) => {
    expect(EDS2022_OUTCOMES.find((o) => o.id === id)?.wording).toBe(wording);
  });

  test('every outcome appears word for word in the reference table', () => {
    expectEveryOutcomeInReference(EDS2022_OUTCOMES);
  });

  test.each([
    [0, 'Undeveloped activity'],
    [1, 'Developing activity'],
    [2, 'Achieving activity'],
    [3, 'Excelling activity'],
  ] as const)('score %p is %p', (score, rating) => {
    expect(eds2022Rating(score)).toBe(rating);
  });

  test.each([
    [0, 'Undeveloped'],
    [7, 'Undeveloped'],
    [8, 'Developing'],
    [21, 'Developing'],
    [22, 'Achieving'],
    [32, 'Achieving'],
    [33, 'Excelling'],
  ])('overall total %p is %p', (total, rating) => {
    expect(eds2022OverallRating(total)).toBe(rating);
  });

  test.each([-1, 34, 10.5])('overall total %p is out of range', (total) => {
    expect(() => eds2022OverallRating(total)).toThrow(RangeError);
  });
});
