import { calculateWres, type RatioIndicatorResult } from '../../../src/domain/wres';
import { g, input } from './build';

function i2(shortlisted: ReturnType<typeof g>, appointed: ReturnType<typeof g>, options = {}): RatioIndicatorResult {
  return calculateWres(input({ indicator2: { shortlisted, appointed } }), options).indicators['2'] as RatioIndicatorResult;
}

describe('indicator 2: appointment from shortlisting (White ÷ BME)', () => {
  test.each([
    // [white appointed/shortlisted, bme appointed/shortlisted, value, verdict]; arithmetic in the name.
    ['25/100 ÷ 20/100 = 1.25: upper edge, inside', [100, 25], [100, 20], 1.25, 'non-adverse'],
    ['63/100 ÷ 50/100 = 1.26: just above', [100, 63], [100, 50], 1.26, 'adverse'],
    ['20/100 ÷ 25/100 = 0.80: lower edge, inside', [100, 20], [100, 25], 0.8, 'non-adverse'],
    ['79/100 ÷ 100/100 = 0.79: just below', [100, 79], [100, 100], 0.79, 'favourable'],
    ['249/1000 ÷ 200/1000 = 1.245 → 1.25 (half away), inside', [1000, 249], [1000, 200], 1.25, 'non-adverse'],
    ['161/1000 ÷ 200/1000 = 0.805 → 0.81', [1000, 161], [1000, 200], 0.81, 'non-adverse'],
    ['201/1000 ÷ 200/1000 = 1.005 → 1.01', [1000, 201], [1000, 200], 1.01, 'non-adverse'],
    ['627/1000 ÷ 500/1000 = 1.254 → 1.25: rounded figure decides', [1000, 627], [1000, 500], 1.25, 'non-adverse'],
    ['120/389 ÷ 45/220 = 1.508 → 1.51', [389, 120], [220, 45], 1.51, 'adverse'],
  ])('%s', (_name, [ws, wa], [bs, ba], value, verdict) => {
    const result = i2(g(ws as number, bs as number), g(wa as number, ba as number));
    expect(result.value).toBe(value);
    expect(result.verdict).toBe(verdict);
  });

  test('the unrounded reading judges 1.254 adverse and says so in readings', () => {
    const result = calculateWres(input({ indicator2: { shortlisted: g(1000, 1000), appointed: g(627, 500) } }), { verdictBasis: 'unrounded' });
    expect(result.indicators['2']?.verdict).toBe('adverse');
    expect(result.readings.verdictBasis).toBe('unrounded');
  });

  test('unknown ethnicity is reported and left out of the ratio', () => {
    // 11 of 389 + 220 + 11 = 620 shortlisted have unknown ethnicity: 1.77% → 1.8%.
    const result = i2(g(389, 220, 11), g(120, 45, 2));
    expect(result.unknown).toEqual({ events: 2, population: 11, excludedPercent: 1.8 });
    expect(result.value).toBe(i2(g(389, 220), g(120, 45)).value);
    expect(result.white).toEqual({ events: 120, population: 389, likelihoodPercent: 30.8 });
    expect(result.statement).toBe('White applicants are 1.51 times as likely as BME applicants to be appointed from shortlisting.');
  });

  test.each([
    ['no BME shortlisted', g(10, 0), g(5, 0), 'there are no BME applicants shortlisted'],
    ['no White shortlisted', g(0, 10), g(0, 5), 'there are no White applicants shortlisted'],
    ['no BME appointed', g(40, 20), g(12, 0), 'no BME applicants were appointed, so the ratio has no finite value'],
    ['everyone unknown', g(0, 0, 50), g(0, 0, 10), 'the ethnicity of all 50 applicants is unknown'],
    ['no one at all', g(0, 0, 0), g(0, 0, 0), 'there are no White applicants shortlisted'],
  ])('not calculable: %s', (_name, shortlisted, appointed, reason) => {
    const result = i2(shortlisted, appointed);
    expect(result).toMatchObject({ verdict: 'not-calculable', reason, value: null, unrounded: null, confidenceInterval: null, statement: null });
  });

  test('all unknown: the share left out is 100%', () => {
    expect(i2(g(0, 0, 50), g(0, 0, 10)).unknown.excludedPercent).toBe(100);
  });

  test.each([
    ['9 BME appointed', g(100, 100), g(20, 9)],
    ['9 White appointed', g(100, 100), g(9, 20)],
  ])('too few: %s (threshold 10)', (_name, shortlisted, appointed) => {
    const result = i2(shortlisted, appointed);
    expect(result.verdict).toBe('too-few');
    expect(result.value).not.toBeNull();
    expect(result.reason).toMatch(/^fewer than 10 events in a group/);
  });

  test('the threshold is an option: 10 events with minimumEvents 10 is judged', () => {
    expect(i2(g(100, 100), g(20, 10)).verdict).toBe('adverse');
    expect(i2(g(100, 100), g(20, 10), { minimumEvents: 11 }).verdict).toBe('too-few');
  });

  test('no White appointed: ratio 0, no interval, too few', () => {
    const result = i2(g(50, 50), g(0, 20));
    expect(result).toMatchObject({ value: 0, confidenceInterval: null, verdict: 'too-few' });
    expect(result.notes).toEqual([
      'The ratio is outside the plausible range 0.20–5.00: check the input counts.',
      'No confidence interval: no White applicants were appointed, so the log-method interval cannot be formed.',
    ]);
  });

  test('with enough events but no interval, the reason explains the missing interval', () => {
    const result = i2(g(50, 50), g(0, 20), { minimumEvents: 0 });
    expect(result.verdict).toBe('favourable');
    expect(result.reason).toBe('no White applicants were appointed, so the log-method interval cannot be formed');
  });

  test('implausible ratios carry a note', () => {
    expect(i2(g(100, 100), g(60, 10)).notes).toEqual(['The ratio is outside the plausible range 0.20–5.00: check the input counts.']);
  });
});

describe('indicator 4: access to non-mandatory training (White ÷ BME)', () => {
  test.each([
    // 1200/2400 = 0.5; 320/800 = 0.4; 0.5/0.4 = 1.25 → upper edge.
    [g(2400, 800, 96), g(1200, 320, 40), 1.25, 'non-adverse'],
    // 600/2400 = 0.25; 320/800 = 0.4; 0.25/0.4 = 0.625 → favourable.
    [g(2400, 800), g(600, 320), 0.63, 'favourable'],
    // 1300/2400 = 0.54167; 0.54167/0.4 = 1.35417 → 1.35 adverse.
    [g(2400, 800), g(1300, 320), 1.35, 'adverse'],
  ])('headcount %j, accessed %j → %p %p', (headcount, accessed, value, verdict) => {
    const result = calculateWres(input({ indicator4: { headcount, accessed } })).indicators['4'];
    expect(result).toMatchObject({ value, verdict });
  });

  test('statement names White first', () => {
    const result = calculateWres(input({ indicator4: { headcount: g(2400, 800), accessed: g(1200, 320) } })).indicators['4'];
    expect(result?.statement).toBe('White staff are 1.25 times as likely as BME staff to access non-mandatory training and CPD.');
  });
});
