import { calculateWres, type WresOptions } from '../../../src/domain/wres';
import { g, input } from './build';

const current = { headcount: g(2400, 800, 96), entered: g(24, 16, 1) };
const previousYear = { headcount: g(2300, 760, 90), entered: g(30, 10, 0) };

function i3(indicator3: typeof current & { previousYear?: typeof previousYear }, options: Partial<WresOptions> = {}) {
  const result = calculateWres(input({ indicator3 }), options);
  return { indicator: result.indicators['3'], readings: result.readings };
}

describe('indicator 3: entry into the formal disciplinary process (BME ÷ White)', () => {
  test('worked example, single year', () => {
    // L_B = 16/800 = 0.02; L_W = 24/2400 = 0.01; RL = 2.00 (BME is the numerator).
    // se = √(1/16 − 1/800 + 1/24 − 1/2400) = √0.1025 = 0.32016; CI = 2·e^(∓0.6275) = 1.07 to 3.75.
    // Unknown: 96 of 3296 = 2.91% → 2.9%.
    const { indicator, readings } = i3(current);
    expect(indicator).toMatchObject({
      value: 2,
      verdict: 'adverse',
      reading: 'single-year',
      confidenceInterval: { lower: 1.07, upper: 3.75 },
      bme: { events: 16, population: 800, likelihoodPercent: 2 },
      unknown: { excludedPercent: 2.9 },
      statement: 'BME staff are 2.00 times as likely as White staff to enter the formal disciplinary process.',
    });
    expect(readings.indicator3Average).toBe('single-year');
  });

  test('the previous year is ignored by the single-year reading', () => {
    expect(i3({ ...current, previousYear }).indicator?.value).toBe(2);
  });

  test('pooled two-year reading', () => {
    // Pooled: BME 26/1560 = 0.016667; White 54/4700 = 0.011489; RL = 1.45062 → 1.45.
    const { indicator, readings } = i3({ ...current, previousYear }, { indicator3Average: 'pooled-two-years' });
    // The pooled headcount is person-years (most staff are in both years), so the interval is Poisson's:
    // se = √(1/26 + 1/54) = 0.238705; CI = exp(0.372 ± 0.467853) = 0.91 to 2.32 — wider than the 0.92–2.29
    // that treating 6,260 person-years as distinct people would give. Adverse, but could be chance.
    expect(indicator).toMatchObject({
      value: 1.45,
      verdict: 'adverse',
      certainty: 'uncertain',
      reading: 'pooled-two-years',
      bme: { events: 26, population: 1560 },
      confidenceInterval: { lower: 0.91, upper: 2.32, method: 'log, Poisson rates' },
    });
    expect(readings.indicator3Average).toBe('pooled-two-years');
  });

  test('mean-of-likelihoods reading', () => {
    // L_B = (16/800 + 10/760)/2 = (0.02 + 0.013158)/2 = 0.016579;
    // L_W = (24/2400 + 30/2300)/2 = (0.01 + 0.013043)/2 = 0.011522; RL = 1.43893 → 1.44.
    const { indicator } = i3({ ...current, previousYear }, { indicator3Average: 'mean-of-likelihoods' });
    expect(indicator).toMatchObject({
      value: 1.44,
      reading: 'mean-of-likelihoods',
      confidenceInterval: null,
      certainty: 'not-assessed',
      reason: 'the log-method interval is not defined for averaged likelihoods',
      bme: { likelihoodPercent: 1.7 },
      white: { likelihoodPercent: 1.2 },
    });
  });

  test.each(['pooled-two-years', 'mean-of-likelihoods'] as const)('%s without a previous year falls back and says so', (mode) => {
    const { indicator, readings } = i3(current, { indicator3Average: mode });
    expect(indicator?.reading).toBe('single-year');
    expect(indicator?.value).toBe(2);
    expect(indicator?.notes).toContain(`The ${mode} reading needs indicator3.previousYear, which is not given: this is the single-year figure.`);
    expect(readings.indicator3Average).toBe(mode);
  });

  test.each([
    [
      'a year with no BME staff',
      { headcount: g(100, 0), entered: g(5, 0) },
      'a year has no White or no BME staff in the headcount, so its likelihoods cannot be averaged',
    ],
    [
      'no entries in either year',
      { headcount: g(100, 50), entered: g(0, 0) },
      'neither White nor BME staff entered the formal disciplinary process in either year, so there is nothing to compare',
    ],
  ])('mean-of-likelihoods not calculable: %s', (_name, year, reason) => {
    const { indicator } = i3({ ...year, previousYear: year }, { indicator3Average: 'mean-of-likelihoods' });
    expect(indicator).toMatchObject({ verdict: 'not-calculable', reason, reading: 'mean-of-likelihoods' });
  });

  test('mean-of-likelihoods with BME entries and no White entry in either year: adverse, in words', () => {
    const year = { headcount: g(100, 50), entered: g(0, 5) };
    const { indicator } = i3({ ...year, previousYear: year }, { indicator3Average: 'mean-of-likelihoods' });
    expect(indicator).toMatchObject({
      value: null,
      verdict: 'adverse',
      certainty: 'not-assessed',
      reason: 'no White staff entered the formal disciplinary process in either year, so the ratio has no finite value',
      figureWords: 'No White staff entered the formal disciplinary process (BME: 10 of 100, 10.0%)',
    });
  });

  test.each([
    // 4 BME entries: 4/800 ÷ 24/2400 = 0.5, below the range (BME staff less likely), with a small-numbers caution.
    ['tiny BME group', { headcount: g(2400, 800), entered: g(24, 4) }, 'below-range', 0.5],
    ['no BME entries', { headcount: g(2400, 800), entered: g(24, 0) }, 'below-range', 0],
    // 16 BME entries and no White entry: BME staff more likely, with no finite ratio.
    ['no White entries', { headcount: g(2400, 800), entered: g(0, 16) }, 'adverse', null],
    ['no BME staff', { headcount: g(2400, 0), entered: g(24, 0) }, 'not-calculable', null],
    ['all unknown', { headcount: g(0, 0, 300), entered: g(0, 0, 3) }, 'not-calculable', null],
  ])('%s', (_name, year, verdict, value) => {
    expect(i3(year).indicator).toMatchObject({ verdict, value });
  });
});
