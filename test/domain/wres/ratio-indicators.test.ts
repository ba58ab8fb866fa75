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
    ['79/100 ÷ 100/100 = 0.79: just below', [100, 79], [100, 100], 0.79, 'below-range'],
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
    ['no one appointed', g(40, 20), g(0, 0), 'no White applicants were appointed and no BME applicants were appointed, so there is nothing to compare'],
    ['everyone unknown', g(0, 0, 50), g(0, 0, 10), 'the ethnicity of all 50 applicants is unknown'],
    ['no one at all', g(0, 0, 0), g(0, 0, 0), 'there are no White applicants shortlisted'],
  ])('not calculable: %s', (_name, shortlisted, appointed, reason) => {
    const result = i2(shortlisted, appointed);
    expect(result).toMatchObject({
      verdict: 'not-calculable',
      certainty: 'not-assessed',
      reason,
      value: null,
      unrounded: null,
      confidenceInterval: null,
      statement: null,
    });
  });

  test('all unknown: the share left out is 100%', () => {
    expect(i2(g(0, 0, 50), g(0, 0, 10)).unknown.excludedPercent).toBe(100);
  });

  test('no BME appointed while 200 of 1,000 White were: adverse and clear, in words rather than a number', () => {
    // The exact (Fisher) p-value is about 10⁻³⁹; the corrected interval's lower bound is 12.54 (see the
    // relativeLikelihood worked example), far above 1.25.
    const result = i2(g(1000, 500), g(200, 0));
    expect(result).toMatchObject({ value: null, unrounded: null, verdict: 'adverse', certainty: 'clear', smallNumbers: true });
    expect(result.figureWords).toBe('No BME applicants were appointed (White: 200 of 1000, 20.0%)');
    expect(result.statement).toBe('No BME applicants were appointed (White: 200 of 1000, 20.0%).');
    expect(result.reason).toBe('no BME applicants were appointed, so the ratio has no finite value');
    expect(result.meaning).toBe(
      'BME applicants are less likely than White applicants to be appointed from shortlisting, beyond the 0.80–1.25 range: adverse for BME staff.',
    );
    expect(result.certaintyReason).toMatch(/^clear: the whole of the 95% interval, 12\.54–\d+\.\d\d, is above 1\.25$/);
  });

  test.each([
    // [name, shortlisted W/B, appointed W/B, value, verdict, certainty, interval]; intervals hand-checked:
    // 63/100 ÷ 50/100 = 1.26; se = √(1/63 − 1/100 + 1/50 − 1/100) = 0.12599; exp(0.23111 ± 0.24694) = 0.98–1.61.
    ['1.26, interval 0.98–1.61: adverse, could be chance', [100, 100], [63, 50], 1.26, 'adverse', 'uncertain', [0.98, 1.61]],
    // 900/1000 ÷ 500/1000 = 1.80; se = √(1/900 − 1/1000 + 1/500 − 1/1000) = 0.03333; exp(0.58779 ± 0.06533) = 1.69–1.92.
    ['1.80, interval 1.69–1.92: adverse, clear', [1000, 1000], [900, 500], 1.8, 'adverse', 'clear', [1.69, 1.92]],
    // 500/1000 ÷ 900/1000 = 0.56; the reciprocal interval 0.52–0.59, all below 0.80.
    ['0.56, interval 0.52–0.59: below range, clear', [1000, 1000], [500, 900], 0.56, 'below-range', 'clear', [0.52, 0.59]],
    // 500/1000 ÷ 500/1000 = 1.00; se = √(2 × (1/500 − 1/1000)) = 0.04472; exp(± 0.08765) = 0.92–1.09, inside the range.
    ['1.00, interval 0.92–1.09: non-adverse, clear', [1000, 1000], [500, 500], 1, 'non-adverse', 'clear', [0.92, 1.09]],
    // 12/40 ÷ 10/40 = 1.20; se = √(1/12 − 1/40 + 1/10 − 1/40) = 0.36515; exp(0.18232 ± 0.71567) = 0.59–2.45.
    ['1.20, interval 0.59–2.45: non-adverse, could be chance', [40, 40], [12, 10], 1.2, 'non-adverse', 'uncertain', [0.59, 2.45]],
    // 30/30 vs 20/20 (everyone appointed): 1.00 with the corrected interval 0.93–1.09.
    ['30/30 vs 20/20: 1.00, an interval of non-zero width', [30, 20], [30, 20], 1, 'non-adverse', 'clear', [0.93, 1.09]],
  ])('%s', (_name, [ws, bs], [wa, ba], value, verdict, certainty, [lower, upper]) => {
    const result = i2(g(ws as number, bs as number), g(wa as number, ba as number));
    expect(result).toMatchObject({ value, verdict, certainty, confidenceInterval: { lower, upper } });
  });

  test('certainty compares the interval as shown: a lower bound that rounds to 1.25 is not clear', () => {
    // 150 of 1000 White vs 94 of 1000 BME: RL = 1.59574 → 1.60 (adverse); se = √(1/150 − 1/1000 + 1/94 − 1/1000)
    // = 0.123713; lower = exp(0.467335 − 0.242473) = 1.25216, shown as 1.25, which is not above 1.25. On
    // unrounded figures it is, so clear.
    const rounded = i2(g(1000, 1000), g(150, 94));
    const unrounded = i2(g(1000, 1000), g(150, 94), { verdictBasis: 'unrounded' });
    expect(rounded.confidenceInterval?.lower).toBe(1.25);
    expect(rounded).toMatchObject({ verdict: 'adverse', certainty: 'uncertain' });
    expect(unrounded.confidenceInterval?.lowerUnrounded).toBeGreaterThan(1.25);
    expect(unrounded).toMatchObject({ verdict: 'adverse', certainty: 'clear' });
  });

  test.each([
    ['9 BME appointed', g(100, 100), g(20, 9)],
    ['9 White appointed', g(100, 100), g(9, 20)],
  ])('small numbers: %s (threshold 10) is a caution, not a verdict', (_name, shortlisted, appointed) => {
    const result = i2(shortlisted, appointed);
    expect(result.smallNumbers).toBe(true);
    expect(result.verdict).not.toBe('not-calculable');
    expect(result.value).not.toBeNull();
    expect(result.notes.at(-1)).toMatch(/^Small numbers: fewer than 10 events in a group/);
  });

  test('the threshold is an option: 10 events with minimumEvents 10 is no small number', () => {
    expect(i2(g(100, 100), g(20, 10)).smallNumbers).toBe(false);
    expect(i2(g(100, 100), g(20, 10), { minimumEvents: 11 }).smallNumbers).toBe(true);
    expect(i2(g(100, 100), g(20, 10), { minimumEvents: 11 }).verdict).toBe('adverse');
  });

  test('no White appointed: ratio 0, below range, with a corrected interval and the figure in words', () => {
    const result = i2(g(50, 50), g(0, 20));
    expect(result).toMatchObject({
      value: 0,
      verdict: 'below-range',
      certainty: 'clear',
      figureWords: 'No White applicants were appointed (BME: 20 of 50, 40.0%)',
    });
    expect(result.meaning).toBe(
      'White applicants are less likely than BME applicants to be appointed from shortlisting, beyond the 0.80–1.25 range the other way.',
    );
    expect(result.notes).toEqual([
      'The ratio is outside the plausible range 0.20–5.00: check the input counts.',
      'The 95% interval is by the log (Katz), Haldane–Anscombe correction method.',
      'Small numbers: fewer than 10 events in a group (White 0, BME 20), so the figure can swing widely from year to year; read it with its certainty.',
    ]);
  });

  test('without the zero-cell correction there is no interval, certainty is not assessed, and the reason says why', () => {
    const result = i2(g(50, 50), g(0, 20), { zeroCellCorrection: 'none' });
    expect(result).toMatchObject({ verdict: 'below-range', certainty: 'not-assessed', confidenceInterval: null });
    expect(result.reason).toMatch(/no zero-cell correction is used/);
    expect(result.certaintyReason).toMatch(/^not assessed: /);
  });

  test('implausible ratios carry a note', () => {
    expect(i2(g(100, 100), g(60, 10)).notes).toEqual(['The ratio is outside the plausible range 0.20–5.00: check the input counts.']);
  });
});

describe('indicator 4: access to non-mandatory training (White ÷ BME)', () => {
  test.each([
    // 1200/2400 = 0.5; 320/800 = 0.4; 0.5/0.4 = 1.25 → upper edge.
    [g(2400, 800, 96), g(1200, 320, 40), 1.25, 'non-adverse'],
    // 600/2400 = 0.25; 320/800 = 0.4; 0.25/0.4 = 0.625 → below the range: White staff less likely.
    [g(2400, 800), g(600, 320), 0.63, 'below-range'],
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
