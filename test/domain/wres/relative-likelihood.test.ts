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
    expect(rl).toMatchObject({ calculable: true, finite: true, value: 1.51, intervalNote: null });
    if (!rl.calculable || !rl.finite || rl.confidenceInterval === null) throw new Error('expected a finite ratio with an interval');
    expect(rl.unrounded).toBeCloseTo(1.508141, 6);
    expect(rl.confidenceInterval).toMatchObject({ lower: 1.12, upper: 2.04, level: 0.95, method: 'log (Katz)' });
  });

  test('z is the 97.5th percentile of the standard normal', () => {
    expect(Z_95).toBeCloseTo(1.96, 2);
  });

  test.each([
    [{ events: 0, population: 0 }, { events: 1, population: 2 }, 'there are no White applicants shortlisted'],
    [{ events: 1, population: 2 }, { events: 0, population: 0 }, 'there are no BME applicants shortlisted'],
    [
      { events: 0, population: 2 },
      { events: 0, population: 5 },
      'no White applicants were appointed and no BME applicants were appointed, so there is nothing to compare',
    ],
  ])('not calculable: %j vs %j', (a, b, reason) => {
    expect(relativeLikelihood(a, b, labels)).toEqual({ calculable: false, reason });
  });

  test('no BME appointed while White were: no finite ratio, but a corrected interval', () => {
    // Haldane–Anscombe: ½ added to every cell, so a = 200.5 of 1001, c = 0.5 of 501.
    // RL' = (200.5/1001) ÷ (0.5/501) = 200.70; se = √(1/200.5 − 1/1001 + 1/0.5 − 1/501) = √2.00199 = 1.41492;
    // CI = exp(5.30182 ± 1.96 × 1.41492) = exp(2.52863), exp(8.07501) = 12.54 to 3213.
    const rl = relativeLikelihood({ events: 200, population: 1000 }, { events: 0, population: 500 }, labels);
    expect(rl).toMatchObject({
      calculable: true,
      finite: false,
      reason: 'no BME applicants were appointed, so the ratio has no finite value',
      intervalNote: null,
    });
    if (!rl.calculable || rl.confidenceInterval === null) throw new Error('expected an interval');
    expect(rl.confidenceInterval).toMatchObject({ lower: 12.54, method: 'log (Katz), Haldane–Anscombe correction' });
    expect(rl.confidenceInterval.upper).toBeCloseTo(3213, 0);
  });

  test('no numerator events: RL 0 with a corrected interval', () => {
    // a = 0.5 of 11, c = 5.5 of 11: RL' = 0.0909; se = √(2 − 1/11 + 1/5.5 − 1/11) = √2 = 1.41421;
    // CI = exp(−2.39790 ± 2.77188) = exp(−5.16977), exp(0.37398) = 0.0057 → 0.01 to 1.45.
    const rl = relativeLikelihood({ events: 0, population: 10 }, { events: 5, population: 10 }, labels);
    expect(rl).toMatchObject({ calculable: true, finite: true, unrounded: 0, value: 0, intervalNote: null });
    if (!rl.calculable || rl.confidenceInterval === null) throw new Error('expected an interval');
    expect(rl.confidenceInterval).toMatchObject({ lower: 0.01, upper: 1.45 });
  });

  test('everyone had the event in both groups: RL 1.00 with an interval of non-zero width', () => {
    // 30/30 vs 20/20. Plain Katz: variance 1/30 − 1/30 + 1/20 − 1/20 = 0, so a width of nothing.
    // Corrected: 30.5 of 31 and 20.5 of 21; RL' = 0.983871 / 0.976190 = 1.007868;
    // se = √(1/30.5 − 1/31 + 1/20.5 − 1/21) = √0.0016903 = 0.041114; CI = exp(0.007837 ± 0.080581) = 0.93 to 1.09.
    expect(logStandardError({ events: 30, population: 30 }, { events: 20, population: 20 })).toBe(0);
    const rl = relativeLikelihood({ events: 30, population: 30 }, { events: 20, population: 20 }, labels);
    expect(rl).toMatchObject({ value: 1, confidenceInterval: { lower: 0.93, upper: 1.09 } });
  });

  test('without the correction, a zero cell has no interval and says why', () => {
    const rl = relativeLikelihood({ events: 30, population: 30 }, { events: 20, population: 20 }, labels, 'none');
    expect(rl).toMatchObject({ value: 1, confidenceInterval: null });
    if (!rl.calculable) throw new Error('expected a ratio');
    expect(rl.intervalNote).toMatch(/no zero-cell correction is used/);
  });

  test('person-years: a Poisson interval, wider than the one for distinct people', () => {
    // 10 of 1000 BME vs 20 of 3000 White: RL = 1.5. Poisson: se = √(1/10 + 1/20) = 0.38730;
    // CI = exp(0.405465 ± 0.759097) = 0.70 to 3.20 (Katz, for people: 0.70 to 3.19).
    const people = relativeLikelihood({ events: 10, population: 1000 }, { events: 20, population: 3000 }, labels);
    const personYears = relativeLikelihood({ events: 10, population: 1000 }, { events: 20, population: 3000 }, labels, 'haldane-anscombe', 'person-years');
    expect(personYears).toMatchObject({ value: 1.5, confidenceInterval: { lower: 0.7, upper: 3.2, method: 'log, Poisson rates' } });
    expect(people).toMatchObject({ value: 1.5, confidenceInterval: { lower: 0.7, upper: 3.19, method: 'log (Katz)' } });
  });

  test("person-years with no events in a group: ½ added to both groups' events", () => {
    // a = 0.5 over 100, c = 4.5 over 100: RL' = 0.1111; se = √(1/0.5 + 1/4.5) = 1.49071;
    // CI = exp(−2.19722 ± 2.92174) = exp(−5.11896), exp(0.72452) = 0.006 → 0.01 to 2.06.
    const rl = relativeLikelihood({ events: 0, population: 100 }, { events: 4, population: 100 }, labels, 'haldane-anscombe', 'person-years');
    expect(rl).toMatchObject({ value: 0, confidenceInterval: { lower: 0.01, upper: 2.06, method: 'log, Poisson rates' } });
  });
});
