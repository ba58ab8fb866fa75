import type { Eds2022Review } from '../../../src/domain/eds';
import { summariseActions } from '../../../src/domain/plan';
import { actionsHref } from '../../../src/features/dashboard/action-links';
import { indicatorCards, reportingYears } from '../../../src/features/dashboard/dashboard-model';
import { edsPanel } from '../../../src/features/dashboard/eds-model';
import { planFramework } from '../../../src/domain/eds';
import { changeSentence, formatHeadline, formatPoints, formatRatio, verdictWords } from '../../../src/components/figure-format';
import { eds2Review, someActions, twoYears } from './fixtures';

const summaries = summariseActions(someActions(), '2026-11-26');

describe('formats', () => {
  test('ratios have 2 dp, percentages 1 dp, and gaps are signed percentage points with a real minus', () => {
    expect(formatRatio(1.5)).toBe('1.50');
    expect(formatHeadline('senior-bme-percent', 12.94)).toBe('12.9%');
    expect(formatPoints(2.7)).toBe('+2.7 pp');
    expect(formatPoints(-12.3)).toBe('\u221212.3 pp');
    expect(formatPoints(0)).toBe('0.0 pp');
    expect(formatHeadline('relative-likelihood', null)).toBe('No figure');
    expect(verdictWords('below-range')).toBe('Below range');
  });

  test('with no earlier year the change says so', () => {
    expect(changeSentence(null)).toBe('No earlier year to compare with');
  });

  test('links to Actions use the agreed query names and escape the nested route', () => {
    expect(actionsHref({ indicator: '2' })).toBe('~/actions?indicator=2');
    expect(actionsHref({ indicator: '2', state: 'overdue' })).toBe('~/actions?indicator=2&state=overdue');
    expect(actionsHref({ eds: '3.1', state: 'at-risk' })).toBe('~/actions?eds=3.1&state=at-risk');
  });
});

describe('indicator cards', () => {
  const cards = indicatorCards(twoYears(), 2024, summaries);
  const card = (id: string) => {
    const found = cards.find((c) => c.id === id);
    if (found === undefined) throw new Error(`no card ${id}`);
    return found;
  };

  test('there is one card per indicator, each named for it', () => {
    expect(cards.map((c) => c.title)).toEqual([
      'Indicator 1: Representation by pay band',
      'Indicator 2: Appointment from shortlisting',
      'Indicator 3: Entry into formal disciplinary process',
      'Indicator 4: Access to non-mandatory training and CPD',
      'Indicator 5: Harassment from patients and the public',
      'Indicator 6: Harassment from staff',
      'Indicator 7: Equal opportunities for progression',
      'Indicator 8: Discrimination from a manager or colleague',
      'Indicator 9: Board representation',
    ]);
  });

  test('indicator 2 shows its ratio, verdict, interval, change since 2023 and England', () => {
    // (412 / 1890) ÷ (196 / 1420) = 0.21799 ÷ 0.13803 = 1.579…
    expect(card('2')).toMatchObject({ value: '1.58', verdict: 'adverse', changeDirection: 'improved' });
    expect(card('2').interval).toMatch(/^95% confidence interval 1\.\d\d to 1\.\d\d$/);
    // 2023: (412 / 1890) ÷ (150 / 1420) = 2.06.
    expect(card('2').change).toBe('\u22120.48 since 2023: improved');
    // England has no indicator 2 figure for 2024 yet: the latest is named, with its year.
    expect(card('2').england).toBe('England: no national figure for 2024 yet; latest 1.59 (relative likelihood, 2023)');
    expect(indicatorCards(twoYears(), 2023, summaries).find((c) => c.id === '2')?.england).toBe(
      'England 1.59 (relative likelihood, 2023); trust 2.06: the trust is worse for BME staff',
    );
    expect(card('1').england).toBe(
      'England 28.6% (BME share of the workforce, 2024); trust 30.4%: a reflection of the local population, neither better nor worse',
    );
    expect(card('2').trend).toEqual([
      { year: 2023, value: 2.06 },
      { year: 2024, value: 1.58 },
    ]);
    expect(card('2').trendText).toBe('Trend 2023 to 2024: 2023 2.06, 2024 1.58');
  });

  test('small numbers are a caution beside the verdict, which stands, with how certain it is in words', () => {
    expect(card('3').verdict).not.toBe('not-calculable');
    expect(card('3').caution).toContain('fewer than 10 events in a group');
    expect(card('3').certaintyText).toMatch(/^(Clear|Could be chance): the /);
    expect(card('3').reason).toBeNull();
  });

  test('indicator 2 says how certain its verdict is, from its interval', () => {
    expect(card('2').certainty).toBe('clear');
    expect(card('2').certaintyText).toMatch(/^Clear: the whole of the 95% interval, 1\.\d\d–1\.\d\d, is above 1\.25$/);
    expect(card('2').caution).toBeNull();
  });

  test('with no BME appointment, the card says so in words and is adverse, not grey', () => {
    const years = twoYears().map((year) =>
      year.year === 2024 && year.indicator2 ? { ...year, indicator2: { ...year.indicator2, appointed: { ...year.indicator2.appointed, bme: 0 } } } : year,
    );
    const noBme = indicatorCards(years, 2024, summaries).find((c) => c.id === '2');
    expect(noBme).toMatchObject({ verdict: 'adverse', certainty: 'clear', reason: null });
    expect(noBme?.value).toMatch(/^No BME applicants were appointed \(White: 412 of 1890, 21\.8%\)$/);
    expect(noBme?.change).toMatch(/^Not comparable with 2023: indicator 2 has no finite figure for 2024/);
  });

  test('a survey gap with respondent numbers has an interval in signed percentage points', () => {
    const y2023 = indicatorCards(twoYears(), 2023, summaries).find((c) => c.id === '5');
    expect(y2023?.interval).toMatch(/^95% confidence interval [+\u2212]\d+\.\d to [+\u2212]\d+\.\d pp$/);
    expect(y2023?.certaintyText).toMatch(/^(Clear|Could be chance): the /);
  });

  test('survey and board gaps are signed percentage points', () => {
    expect(card('5').value).toBe('+2.7 pp');
    expect(card('5').detail).toBe('BME 29.8%, White 27.1%');
    expect(card('5').change).toBe('\u22121.5 pp since 2023: improved');
    expect(card('7').value).toBe('\u221212.1 pp');
    expect(card('9').value).toMatch(/^\u2212\d+\.\d pp$/);
    expect(card('1').value).toMatch(/^\d+\.\d%$/);
  });

  test('each card counts its linked actions, overdue and at risk', () => {
    expect(card('2').actions).toEqual({ total: 4, overdue: 1, atRisk: 2 });
    expect(card('5').actions).toEqual({ total: 1, overdue: 0, atRisk: 1 });
    expect(card('6').actions).toEqual({ total: 0, overdue: 0, atRisk: 0 });
  });

  test('the earliest year has no change to show, and years are offered newest first', () => {
    expect(indicatorCards(twoYears(), 2023, summaries).find((c) => c.id === '2')?.change).toBe('No earlier year to compare with');
    expect(reportingYears(twoYears())).toEqual([2024, 2023]);
  });
});

describe('EDS panel', () => {
  test('the framework is the setting, else the latest review, else EDS 2022', () => {
    expect(planFramework('eds2', [])).toBe('eds2');
    expect(planFramework(undefined, [eds2Review()])).toBe('eds2');
    expect(planFramework(undefined, [])).toBe('eds2022');
  });

  test('EDS2 shows 4 goals and the latest grade of all 18 outcomes, in their colours, with linked actions', () => {
    const older = { ...eds2Review(2024), outcomes: eds2Review(2024).outcomes.map((o) => ({ ...o, grade: 'Excelling' as const })) };
    const newer = { ...eds2Review(2025), outcomes: eds2Review(2025).outcomes.filter((o) => o.outcomeId !== '4.3') };
    const model = edsPanel('eds2', [newer, older], summaries);
    if (model.framework !== 'eds2') throw new Error('expected EDS2');
    expect(model.goals).toHaveLength(4);
    const outcomes = model.goals.flatMap((goal) => goal.outcomes);
    expect(outcomes).toHaveLength(18);
    expect(outcomes[0]).toMatchObject({ id: '1.1', grade: 'Undeveloped', colour: 'red', gradedIn: 2025 });
    // 4.3 was not graded in 2025, so its latest grade is 2024's.
    expect(outcomes.find((o) => o.id === '4.3')).toMatchObject({ grade: 'Excelling', colour: 'purple', gradedIn: 2024 });
    expect(outcomes.find((o) => o.id === '3.1')?.actions).toEqual({ total: 3, overdue: 1, atRisk: 1 });
    expect(model.latestYear).toBe(2025);
  });

  test('EDS 2022 shows the domains with their scores out of the maximum, and no rating worked out from them', () => {
    const review: Eds2022Review = {
      id: 'eds2022-2025',
      framework: 'eds2022',
      year: 2025,
      status: 'Agreed',
      partners: { organisations: [], people: [] },
      characteristics: [],
      otherGroups: [],
      domainRatings: {},
      outcomes: [
        { outcomeId: '1A', score: 2, evidence: [], agreedBy: [] },
        { outcomeId: '1B', score: 1, evidence: [], agreedBy: [] },
      ],
    };
    const model = edsPanel('eds2022', [review], summaries);
    if (model.framework !== 'eds2022') throw new Error('expected EDS 2022');
    expect(model.domains).toHaveLength(3);
    // 2 + 1 = 3 of 12 from two outcomes; the panel agreed no domain rating, so there is none.
    expect(model.domains[0]).toMatchObject({ subtotal: 3, maximum: 12, scored: 2, agreedRating: null });
    expect(model.domains[0]?.outcomeRows[0]).toMatchObject({ id: '1A', score: 2, rating: 'Achieving activity' });
    expect(model.overallRating).toBeNull();
  });

  test('a newer draft is named only as in progress; the agreed review stays the one shown', () => {
    const agreed = eds2Review(2024);
    const draft = {
      ...eds2Review(2025),
      id: 'draft-2025',
      status: 'Draft' as const,
      outcomes: eds2Review(2025).outcomes.map((o) => ({ ...o, grade: 'Excelling' as const })),
    };
    const model = edsPanel('eds2', [draft, agreed], summaries);
    if (model.framework !== 'eds2') throw new Error('expected EDS2');
    expect([model.latestYear, model.inProgressYear]).toEqual([2024, 2025]);
    expect(model.goals.flatMap((goal) => goal.outcomes).map((o) => o.grade)).toEqual(agreed.outcomes.map((o) => o.grade));
  });
});
