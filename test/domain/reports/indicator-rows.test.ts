import fc from 'fast-check';
import {
  type IndicatorRow,
  MINUS,
  RAG_WORDS,
  changeText,
  englandText,
  figureText,
  indicatorRows,
  numberText,
  ragOf,
  signedText,
} from '../../../src/domain/reports';
import { type Certainty, type Verdict, type WresIndicatorId, type WresInput, calculateWres, headlineSpec } from '../../../src/domain/wres';
import { countsPair } from '../wres/arbitraries';
import { g, input } from '../wres/build';

const yearOf = (year: number, indicators: Partial<WresInput>) => calculateWres({ ...input(indicators), year });
/** Indicator 2 with 1000 shortlisted in each group: White appointed `white`, BME appointed `bme`. */
const i2 = (white: number, bme: number) => ({ indicator2: { shortlisted: g(1000, 1000), appointed: g(white, bme) } });
const seniorRows = (seniorBme: number) => ({
  indicator1: {
    rows: [
      { staffGroup: 'clinical' as const, band: 'Band 5', white: 80, bme: 20, unknown: 0 },
      { staffGroup: 'non-clinical' as const, band: 'Band 8a', white: 20 - seniorBme, bme: seniorBme, unknown: 0 },
    ],
  },
});

function row(rows: readonly IndicatorRow[], id: WresIndicatorId): IndicatorRow {
  const found = rows.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
}

describe('signed numbers as a board paper prints them', () => {
  test.each([
    [12.1, 1, '12.1', '+12.1'],
    [-12.1, 1, `${MINUS}12.1`, `${MINUS}12.1`],
    [0.7, 1, '0.7', '+0.7'],
    [0, 1, '0.0', '0.0'],
    [-0.04, 1, '0.0', '0.0'],
    [0.04, 1, '0.0', '0.0'],
    [-0.12, 2, `${MINUS}0.12`, `${MINUS}0.12`],
  ])('%p to %p dp reads %p, signed %p', (value, decimals, plain, signed) => {
    expect(numberText(value, decimals)).toBe(plain);
    expect(signedText(value, decimals)).toBe(signed);
  });

  test('never a hyphen: the sign of the text is the sign of the rounded number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom(1, 2), (value, decimals) => {
        const text = signedText(value, decimals);
        const rounded = Number(text.replace(MINUS, '-'));
        expect(text).not.toContain('-');
        expect(text.startsWith('+')).toBe(rounded > 0);
        expect(text.startsWith(MINUS)).toBe(rounded < 0);
      }),
    );
  });
});

describe('figures and changes with their units', () => {
  test.each([
    ['1', 12.9, '12.9%'],
    ['2', 1.42, '1.42'],
    ['3', 0.8, '0.80'],
    ['5', 3.2, '+3.2 pp'],
    ['7', -10.6, `${MINUS}10.6 pp`],
    ['9', 0, '0.0 pp'],
  ] as const)('indicator %s figure %p reads %p', (id, value, text) => {
    expect(figureText(headlineSpec(id), value)).toBe(text);
  });

  test.each([
    ['1', 0.7, '+0.7 pp'],
    ['1', -12.1, `${MINUS}12.1 pp`],
    ['2', 0.25, '+0.25'],
    ['4', -0.12, `${MINUS}0.12`],
    ['5', 0, 'no change'],
    ['2', -0.001, 'no change'],
  ] as const)('indicator %s change %p reads %p', (id, value, text) => {
    expect(changeText(headlineSpec(id), value)).toBe(text);
  });

  test('a change reads "no change" exactly when it rounds to zero, else its sign is the sign of the change', () => {
    fc.assert(
      fc.property(fc.constantFrom<WresIndicatorId>('1', '2', '5', '9'), fc.double({ min: -50, max: 50, noNaN: true }), (id, value) => {
        const spec = headlineSpec(id);
        const text = changeText(spec, value);
        const rounded = Number(value.toFixed(spec.decimals));
        const expected = rounded === 0 ? 'no change' : rounded > 0 ? '+' : MINUS;
        expect(text.slice(0, expected.length)).toBe(expected);
      }),
    );
  });
});

describe("England's figure beside the trust's", () => {
  test.each([
    [2023, '2', '1.59'],
    [2021, '2', '1.61 (unconfirmed)'],
    [2024, '2', 'Not published'],
    [2024, '6', '+4.2 pp'],
    [2024, '7', `${MINUS}10.6 pp`],
    [2020, '5', 'BME 30.3%'],
    [2024, '1', 'VSM 12.7%'],
    [2021, '1', 'workforce 22.4%'],
    [2016, '1', 'workforce 17.7% (unconfirmed)'],
    [2024, '9', 'all board 16.5%'],
    [2023, '9', 'Not published'],
    [2024, '5', 'Not published'],
    [2030, '1', 'Not published'],
  ] as const)('%p indicator %s: %p', (year, id, text) => {
    expect(englandText(year, id)).toBe(text);
  });
});

describe('RAG from verdict and certainty', () => {
  test.each<[Verdict, Certainty, string]>([
    ['adverse', 'clear', 'red'],
    ['adverse', 'uncertain', 'amber'],
    ['adverse', 'not-assessed', 'red'],
    ['non-adverse', 'clear', 'green'],
    ['non-adverse', 'uncertain', 'green'],
    ['below-range', 'clear', 'green'],
    ['reversed', 'uncertain', 'green'],
    ['not-calculable', 'not-assessed', 'grey'],
  ])('%s, %s → %s', (verdict, certainty, rag) => {
    expect(ragOf(verdict, certainty)).toBe(rag);
  });

  test('every RAG has words, so colour is never the only sign', () => {
    expect(RAG_WORDS).toEqual({ red: 'Red', amber: 'Amber', green: 'Green', grey: 'Grey' });
  });
});

describe('indicatorRows', () => {
  // Hand-checked: 2024 RL = (300/1000) ÷ (200/1000) = 1.50, adverse; log SE = √(1/300 − 1/1000 + 1/200 − 1/1000) ≈ 0.0796,
  // lower bound 1.50 × e^(−1.96 × 0.0796) ≈ 1.28 > 1.25, so clear → red. 2023: 250/200 → 1.25, non-adverse; change +0.25.
  const previous = yearOf(2023, { ...i2(250, 200), indicator5: { white: 20, bme: 25 } });
  const current = yearOf(2024, { ...i2(300, 200), ...seniorRows(4), indicator5: { white: 20, bme: 22.5 } });
  const rows = indicatorRows(current, previous);

  test('all nine, in order', () => {
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  test('indicator 2: figure, change with a sign, England, verdict, certainty and RAG', () => {
    expect(row(rows, '2')).toMatchObject({
      title: 'Appointment from shortlisting',
      figure: '1.50',
      change: '+0.25',
      changeValue: 0.25,
      england: 'Not published',
      verdict: 'adverse',
      verdictText: 'Adverse',
      certaintyText: 'Clear',
      rag: 'red',
    });
  });

  test('indicator 5: a gap in percentage points, narrowed by 2.5, adverse with no interval → red', () => {
    // 2023: 25 − 20 = +5.0; 2024: 22.5 − 20 = +2.5; change −2.5 pp.
    expect(row(rows, '5')).toMatchObject({ figure: '+2.5 pp', change: `${MINUS}2.5 pp`, verdictText: 'Adverse', certaintyText: 'Not assessed', rag: 'red' });
  });

  test('indicator 1: a percentage with its unit, not comparable with a year that did not give it', () => {
    // 4 of 20 in Band 8a are BME: 20.0%.
    expect(row(rows, '1')).toMatchObject({ figure: '20.0%', change: 'Not comparable', changeValue: null, england: 'VSM 12.7%' });
  });

  test('an indicator not given is grey and says so', () => {
    expect(row(rows, '3')).toMatchObject({ figure: 'Not given', verdict: null, verdictText: 'Not given', certaintyText: 'Not assessed', rag: 'grey' });
  });

  test('with no earlier year the change says so', () => {
    expect(row(indicatorRows(current), '2').change).toBe('No earlier year');
  });

  test('a figure with no number is given in words and is grey when not calculable', () => {
    const noBme = yearOf(2024, { indicator2: { shortlisted: g(1000, 0), appointed: g(300, 0) } });
    const r = row(indicatorRows(noBme), '2');
    expect(r.verdictText).toBe('Not calculable');
    expect(r.certaintyText).toBe('Not assessed');
    expect(r.rag).toBe('grey');
    expect(r.figure).not.toBe('');
  });

  test('RAG is grey exactly when there is no calculable verdict, and the change text carries the sign of the change', () => {
    fc.assert(
      fc.property(countsPair(400), countsPair(400), (a, b) => {
        const from = yearOf(2023, { indicator2: { shortlisted: a.population, appointed: a.events } });
        const to = yearOf(2024, { indicator2: { shortlisted: b.population, appointed: b.events } });
        for (const r of indicatorRows(to, from)) {
          expect(r.rag === 'grey').toBe(r.verdict === null || r.verdict === 'not-calculable');
          const sign = r.changeValue === null ? null : r.changeValue > 0 ? '+' : r.changeValue < 0 ? MINUS : 'no change';
          expect(sign === null || r.change.startsWith(sign)).toBe(true);
        }
      }),
    );
  });
});
