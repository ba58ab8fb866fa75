import { parseEdsReview, type Eds2022Review } from '../../../src/domain/eds';
import { eds2022ReportTables } from '../../../src/domain/exports';
import { okValue } from '../support/validated';

const review = okValue(
  parseEdsReview({
    id: 'r-2024',
    framework: 'eds2022',
    year: 2024,
    reviewDate: '2025-02-10',
    status: 'Agreed',
    servicesReviewed: ['Maternity', 'Emergency department'],
    partners: {
      organisations: ['Healthwatch Demo'],
      people: [{ name: 'A. Partner', role: 'Staff-side lead', organisation: 'Unison' }, { name: 'B. Patient' }],
    },
    characteristics: ['Race'],
    outcomes: [
      {
        outcomeId: '1A',
        score: 2,
        evidence: [{ title: 'Access audit', url: 'https://example.org/audit' }, { title: 'Interpreter log' }],
        agreedBy: ['A. Partner'],
      },
      { outcomeId: '2B', score: 1 },
      { outcomeId: '3C', score: 0, evidence: [{ title: '=SUM(A1)' }] },
    ],
    domainRatings: { '2': 'Developing' },
  }),
) as Eds2022Review;

describe('EDS 2022 report in the template layout', () => {
  const [summary, outcomes] = eds2022ReportTables({ organisation: 'Demo NHS Trust', review });

  test.each([
    ['Organisation', 'Demo NHS Trust'],
    ['Review year', 2024],
    ['Date completed', { kind: 'date', iso: '2025-02-10' }],
    ['Status', 'Agreed'],
    ['Services reviewed (Domain 1)', 'Maternity\nEmergency department'],
    ['Partner organisations', 'Healthwatch Demo'],
    ['Partners', 'A. Partner, Staff-side lead, Unison\nB. Patient'],
    ['Protected characteristics covered', 'Race'],
    ['Other groups covered', ''],
    // Hand-checked: 1A 2 → 2 of 12; 2B 1 → 1 of 12 with the agreed rating; 3C 0 → 0 of 9; total 3.
    ['Domain 1: Commissioned or provided services', 2, 12, ''],
    ['Domain 2: Workforce health and well-being', 1, 12, 'Developing'],
    ['Domain 3: Inclusive leadership', 0, 9, ''],
    ['Overall score', 3, 33],
    ['Overall organisation rating', 'Not rated: only 3 of 11 outcomes are scored, and the overall bands need all 11'],
  ] as const)('the summary gives %s', (label, ...values) => {
    expect(summary?.rows.find((row) => row[0] === label)?.slice(1)).toEqual(values);
  });

  test('the summary names its columns', () => {
    expect(summary?.rows[0]).toEqual(['EDS 2022 report', 'Value', 'Out of', 'Agreed rating']);
  });

  test('a complete review gets the overall rating from its total', () => {
    const full = {
      ...review,
      outcomes: ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C'].map((outcomeId) => ({ outcomeId, score: 2, evidence: [], agreedBy: [] })),
    };
    const [fullSummary] = eds2022ReportTables({ organisation: 'Demo NHS Trust', review: full });
    expect(fullSummary?.rows.find((row) => row[0] === 'Overall organisation rating')?.[1]).toBe('Achieving');
    expect(fullSummary?.rows.find((row) => row[0] === 'Overall score')?.slice(1)).toEqual([22, 33]);
  });

  test('a review stored before services were named, with no review date, reads with none', () => {
    const { servicesReviewed: _dropped, reviewDate: _noDate, ...older } = review;
    const [olderSummary] = eds2022ReportTables({ organisation: 'Demo NHS Trust', review: older });
    expect(olderSummary?.rows.find((row) => row[0] === 'Services reviewed (Domain 1)')?.[1]).toBe('');
    expect(olderSummary?.rows.find((row) => row[0] === 'Date completed')?.[1]).toBeNull();
  });

  test('the outcomes sheet has every outcome 1A–3C with its score, rating words, evidence and who agreed; formulas are neutralised', () => {
    expect(outcomes?.name).toBe('EDS 2022 outcomes');
    expect(outcomes?.rows[0]).toEqual(['Domain', 'Outcome', 'Wording', 'Score', 'Rating', 'Evidence', 'Agreed by']);
    expect(outcomes?.rows.slice(1).map((row) => row[1])).toEqual(['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C']);
    const byId = (id: string) => outcomes?.rows.find((row) => row[1] === id);
    expect(byId('1A')).toEqual([
      '1 Commissioned or provided services',
      '1A',
      'Patients (service users) have required levels of access to the service',
      2,
      'Achieving activity',
      'Access audit (https://example.org/audit)\nInterpreter log',
      'A. Partner',
    ]);
    expect(byId('1B')?.slice(3)).toEqual([null, 'Not scored', '', '']);
    expect(byId('2B')?.slice(3, 5)).toEqual([1, 'Developing activity']);
    expect(byId('3C')?.slice(3, 6)).toEqual([0, 'Undeveloped activity', "'=SUM(A1)"]);
  });

  test('with no agreed review, one sheet says so', () => {
    expect(eds2022ReportTables({ organisation: 'Demo NHS Trust', review: undefined })).toEqual([
      { name: 'EDS 2022 report', rows: [['EDS 2022 report'], ['No EDS 2022 review is agreed yet.']] },
    ]);
  });
});
