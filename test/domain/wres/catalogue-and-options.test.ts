import {
  DEFAULT_WRES_OPTIONS,
  WRES_INDICATOR_IDS,
  WRES_INDICATORS,
  bandOrder,
  bandsFor,
  certaintyOf,
  certaintySentence,
  certaintyWords,
  gapVerdict,
  indicatorDefinition,
  ratioVerdict,
  resolveWresOptions,
  verdictWithCertainty,
  verdictWords,
} from '../../../src/domain/wres';

describe('indicator catalogue', () => {
  test('has the nine indicators: 4 workforce, 4 survey, 1 board', () => {
    expect(WRES_INDICATOR_IDS).toHaveLength(9);
    const kinds = WRES_INDICATOR_IDS.map((id) => WRES_INDICATORS[id].kind);
    expect(kinds).toEqual([
      'representation',
      'relative-likelihood',
      'relative-likelihood',
      'relative-likelihood',
      'staff-survey',
      'staff-survey',
      'staff-survey',
      'staff-survey',
      'board',
    ]);
  });

  test.each([
    [
      '1',
      'Percentage of staff in each of the AfC Bands 1-9 and VSM (including executive Board members) compared with the percentage of staff in the overall workforce',
      'lower',
    ],
    ['2', 'Relative likelihood of white applicants being appointed from shortlisting compared to BME applicants', 'higher'],
    ['3', 'Relative likelihood of BME staff entering the formal disciplinary process compared to white staff', 'higher'],
    ['4', 'Relative likelihood of white staff accessing non-mandatory training and CPD compared to BME staff', 'higher'],
    ['5', 'harassment, bullying or abuse from patients, relatives or the public in the last 12 months', 'higher'],
    ['6', 'harassment, bullying or abuse from staff in the last 12 months', 'higher'],
    ['7', 'believing that the trust provides equal opportunities for career progression or promotion', 'lower'],
    ['8', 'In the last 12 months have you personally experienced discrimination at work from a manager/team leader or other colleagues?', 'higher'],
    ['9', "Percentage difference between the organisations' Board voting membership and its overall workforce", 'lower'],
  ] as const)('indicator %s carries the wres.md wording and adverse direction', (id, wording, adverse) => {
    const definition = indicatorDefinition(id);
    expect(definition.wording).toContain(wording);
    expect(definition.adverseDirection).toBe(adverse);
    expect(definition.source.length).toBeGreaterThan(10);
    expect(definition.formula.length).toBeGreaterThan(10);
  });

  test('bands belong to their staff group', () => {
    expect(bandsFor('medical-dental')).toContain('Trainee grade');
    expect(bandsFor('clinical')).toContain('Band 8d');
    expect(bandOrder('clinical', 'VSM')).toBe(12);
    expect(bandOrder('clinical', 'Consultant')).toBe(-1);
  });
});

describe('verdict rules', () => {
  test.each([
    [0.8, 'higher', 'non-adverse'],
    [1.25, 'higher', 'non-adverse'],
    [1.26, 'higher', 'adverse'],
    [0.79, 'higher', 'below-range'],
    [Number.POSITIVE_INFINITY, 'higher', 'adverse'],
    [1.26, 'lower', 'below-range'],
    [0.79, 'lower', 'adverse'],
  ] as const)('ratio %p with %p adverse is %p', (value, adverse, verdict) => {
    expect(ratioVerdict(value, DEFAULT_WRES_OPTIONS.nonAdverseRange, adverse)).toBe(verdict);
  });

  test.each([
    [0, 0, 'higher', 'non-adverse'],
    [0.1, 0, 'higher', 'adverse'],
    [-0.1, 0, 'higher', 'reversed'],
    [-0.1, 0, 'lower', 'adverse'],
    [2, 2, 'lower', 'non-adverse'],
  ] as const)('gap %p with tolerance %p, %p adverse, is %p', (gap, tolerance, adverse, verdict) => {
    expect(gapVerdict(gap, tolerance, adverse)).toBe(verdict);
  });

  const range = DEFAULT_WRES_OPTIONS.nonAdverseRange;
  test.each([
    // [verdict, interval, adverse direction, certainty]
    ['adverse', [1.26, 2], 'higher', 'clear'],
    ['adverse', [1.25, 2], 'higher', 'uncertain'],
    ['adverse', [0.7, 3.19], 'higher', 'uncertain'],
    ['below-range', [0.3, 0.79], 'higher', 'clear'],
    ['below-range', [0.3, 0.8], 'higher', 'uncertain'],
    ['non-adverse', [0.8, 1.25], 'higher', 'clear'],
    ['non-adverse', [0.79, 1.1], 'higher', 'uncertain'],
    ['non-adverse', [0.9, 1.26], 'higher', 'uncertain'],
    // Where lower is adverse, adverse lies below the range.
    ['adverse', [0.3, 0.79], 'lower', 'clear'],
    ['reversed', [1.3, 2], 'lower', 'clear'],
    ['not-calculable', [1.3, 2], 'higher', 'not-assessed'],
  ] as const)('%p with interval %j (%p adverse) is %p', (verdict, [lower, upper], adverse, certainty) => {
    expect(certaintyOf(verdict, { lower, upper }, range, adverse)).toBe(certainty);
  });

  test('no interval: certainty not assessed', () => {
    expect(certaintyOf('adverse', null, range, 'higher')).toBe('not-assessed');
  });
});

describe('verdict and certainty in words', () => {
  test.each([
    ['adverse', 'clear', 'Adverse, clear'],
    ['adverse', 'uncertain', 'Adverse, could be chance'],
    ['below-range', 'clear', 'Below range, clear'],
    ['reversed', 'uncertain', 'Gap the other way, could be chance'],
    ['non-adverse', 'not-assessed', 'Non-adverse (certainty not assessed)'],
    ['not-calculable', 'not-assessed', 'Not calculable'],
  ] as const)('%p, %p → %p', (verdict, certainty, words) => {
    expect(verdictWithCertainty(verdict, certainty)).toBe(words);
  });

  test.each([
    ['clear', 'clear: the whole of the 95% interval, 1.31–1.90, is above 1.25', 'Clear: the whole of the 95% interval, 1.31–1.90, is above 1.25'],
    [
      'uncertain',
      'could be chance: the 95% interval, 0.70–3.19, is not wholly above 1.25',
      'Could be chance: the 95% interval, 0.70–3.19, is not wholly above 1.25',
    ],
    ['not-assessed', 'no colon here', 'Not assessed: no colon here'],
    ['clear', 'clear:', 'Clear'],
  ] as const)('%p with %p', (certainty, reason, sentence) => {
    expect(certaintySentence(certainty, reason)).toBe(sentence);
  });

  test('every verdict and certainty has words', () => {
    expect(verdictWords('below-range')).toBe('Below range');
    expect(certaintyWords('uncertain')).toBe('Could be chance');
  });
});

describe('options', () => {
  test('defaults are the documented readings', () => {
    expect(resolveWresOptions()).toEqual({
      nonAdverseRange: { lower: 0.8, upper: 1.25 },
      verdictBasis: 'rounded',
      minimumEvents: 10,
      zeroCellCorrection: 'haldane-anscombe',
      indicator3Average: 'single-year',
      percentDenominator: 'all-staff',
      minimumRespondents: 11,
      surveyGapTolerance: 0,
      representationGapTolerance: 0,
    });
  });

  test.each([
    [{ nonAdverseRange: { lower: 0, upper: 1.25 } }, 'options.nonAdverseRange must satisfy 0 < lower ≤ 1 ≤ upper (got 0–1.25)'],
    [{ nonAdverseRange: { lower: 0.8, upper: 0.9 } }, 'options.nonAdverseRange must satisfy 0 < lower ≤ 1 ≤ upper (got 0.8–0.9)'],
    [{ nonAdverseRange: { lower: 0.8, upper: Number.POSITIVE_INFINITY } }, 'options.nonAdverseRange must satisfy 0 < lower ≤ 1 ≤ upper (got 0.8–Infinity)'],
    [{ minimumEvents: -1 }, 'options.minimumEvents must be a number of 0 or more (got -1)'],
    [{ minimumRespondents: Number.NaN }, 'options.minimumRespondents must be a number of 0 or more (got NaN)'],
    [{ surveyGapTolerance: -0.5 }, 'options.surveyGapTolerance must be a number of 0 or more (got -0.5)'],
    [{ representationGapTolerance: -1 }, 'options.representationGapTolerance must be a number of 0 or more (got -1)'],
    [{ zeroCellCorrection: 'add-one' as 'none' }, "options.zeroCellCorrection must be 'haldane-anscombe' or 'none' (got add-one)"],
  ])('rejects %j', (options, message) => {
    expect(() => resolveWresOptions(options)).toThrow(message);
  });
});
