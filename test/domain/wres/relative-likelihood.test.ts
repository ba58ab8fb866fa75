import { Z_95, logStandardError, relativeLikelihood } from '../../../src/domain/wres';

const labels = {
  numerator: { population: 'White applicants shortlisted', withEvent: 'White applicants were appointed' },
  denominator: { population: 'BME applicants shortlisted', withEvent: 'BME applicants were appointed' },
};

describe('relativeLikelihood', () => {
  test('worked example: 120/389 White vs 45/220 BME', () => {
    // L_W = 120/389 = 0.30848; L_B = 45/220 = 0.20455; RL = 0.30848/0.20455 = 1.50814 → 1.51.
    // se(ln RL) = √(1/120 − 1/389 + 1/45 − 1/220) = √0.023439 = 0.15310;
    // CI = exp(0.41088 ± 1.96 × 0.15310) = exp(0.11081), exp(0.71095) = 1.12 to 2.04.
    const rl = relativeLikelihood({ events: 120, population: 389 }, { events: 45, population: 220 }, labels);
    expect(rl).toMatchObject({ calculable: true, value: 1.51, intervalNote: null });
    if (!rl.calculable || rl.confidenceInterval === null) throw new Error('expected an interval');
    expect(rl.unrounded).toBeCloseTo(1.508141, 6);
    expect(rl.confidenceInterval).toMatchObject({ lower: 1.12, upper: 2.04, level: 0.95, method: 'log (Katz)' });
  });

  test('z is the 97.5th percentile of the standard normal', () => {
    expect(Z_95).toBeCloseTo(1.96, 2);
  });

  test.each([
    [{ events: 0, population: 0 }, { events: 1, population: 2 }, 'there are no White applicants shortlisted'],
    [{ events: 1, population: 2 }, { events: 0, population: 0 }, 'there are no BME applicants shortlisted'],
    [{ events: 1, population: 2 }, { events: 0, population: 5 }, 'no BME applicants were appointed, so the ratio has no finite value'],
  ])('not calculable: %j vs %j', (a, b, reason) => {
    expect(relativeLikelihood(a, b, labels)).toEqual({ calculable: false, reason });
  });

  test('no numerator events: RL 0 with no interval', () => {
    expect(relativeLikelihood({ events: 0, population: 10 }, { events: 5, population: 10 }, labels)).toEqual({
      calculable: true,
      unrounded: 0,
      value: 0,
      confidenceInterval: null,
      intervalNote: 'no White applicants were appointed, so the log-method interval cannot be formed',
    });
  });

  test('everyone had the event in both groups: the interval collapses to the ratio', () => {
    const rl = relativeLikelihood({ events: 7, population: 7 }, { events: 3, population: 3 }, labels);
    expect(rl).toMatchObject({ value: 1, confidenceInterval: { lower: 1, upper: 1 } });
    expect(logStandardError({ events: 7, population: 7 }, { events: 3, population: 3 })).toBe(0);
  });
});
