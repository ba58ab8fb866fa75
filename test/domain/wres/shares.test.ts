import fc from 'fast-check';
import { shareOf } from '../../../src/domain/wres';
import { g } from './build';

describe('shareOf: White, BME and Unknown shares of a group', () => {
  test.each([
    // [counts, denominator, White %, BME %, Unknown %, unrounded BME %]
    // 590 / 1624 = 36.330% → 36.3; 978 / 1624 = 60.222% → 60.2; 56 / 1624 = 3.448% → 3.4.
    [g(978, 590, 56), 'all-staff', 60.2, 36.3, 3.4, (590 / 1624) * 100],
    // 590 / 1568 = 37.628% → 37.6; 978 / 1568 = 62.372% → 62.4; Unknown is still over all 1624.
    [g(978, 590, 56), 'known-ethnicity', 62.4, 37.6, 3.4, (590 / 1568) * 100],
    // 1 / 8 = 12.5% exactly; rounding is half away from zero at 1 dp, so it stays 12.5.
    [g(7, 1, 0), 'all-staff', 87.5, 12.5, 0, 12.5],
    // No one of known ethnicity: no White or BME figure either way, never 0%.
    [g(0, 0, 12), 'all-staff', null, null, 100, null],
    [g(0, 0, 12), 'known-ethnicity', null, null, 100, null],
    // No one at all: no figure for anything.
    [g(0, 0, 0), 'all-staff', null, null, null, null],
    [g(0, 0, 0), 'known-ethnicity', null, null, null, null],
    // Everyone known is White: 0% BME is a real figure here.
    [g(5, 0, 5), 'all-staff', 50, 0, 50, 0],
    [g(5, 0, 5), 'known-ethnicity', 100, 0, 50, 0],
  ] as const)('%o over %s', (counts, denominator, white, bme, unknown, unrounded) => {
    expect(shareOf(counts, denominator)).toEqual({
      ...counts,
      total: counts.white + counts.bme + counts.unknown,
      whitePercent: white,
      bmePercent: bme,
      unknownPercent: unknown,
      bmePercentUnrounded: unrounded,
    });
  });

  const counts = fc.record({ white: fc.nat(5000), bme: fc.nat(5000), unknown: fc.nat(5000) });
  const denominator = fc.constantFrom('all-staff' as const, 'known-ethnicity' as const);

  test('there is a BME and a White figure exactly when someone has a known ethnicity', () => {
    fc.assert(
      fc.property(counts, denominator, (c, d) => {
        const share = shareOf(c, d);
        const known = c.white + c.bme > 0;
        expect(share.bmePercent !== null).toBe(known);
        expect(share.whitePercent !== null).toBe(known);
        expect(share.bmePercentUnrounded !== null).toBe(known);
        expect(share.unknownPercent !== null).toBe(c.white + c.bme + c.unknown > 0);
      }),
    );
  });

  test('a 0% BME figure only ever means someone is known and none of them is BME', () => {
    fc.assert(
      fc.property(counts, denominator, (c, d) => {
        const zero = shareOf(c, d).bmePercentUnrounded === 0;
        expect(zero).toBe(c.bme === 0 && c.white > 0);
      }),
    );
  });

  test('over known ethnicity White % + BME % is 100 (± rounding); over all staff the three shares are', () => {
    fc.assert(
      fc.property(counts, (c) => {
        fc.pre(c.white + c.bme > 0);
        const known = shareOf(c, 'known-ethnicity');
        expect(Math.abs((known.whitePercent ?? NaN) + (known.bmePercent ?? NaN) - 100)).toBeLessThanOrEqual(0.1 + 1e-9);
        const all = shareOf(c, 'all-staff');
        expect(Math.abs((all.whitePercent ?? NaN) + (all.bmePercent ?? NaN) + (all.unknownPercent ?? NaN) - 100)).toBeLessThanOrEqual(0.15 + 1e-9);
      }),
    );
  });

  test('Unknown people never change the known-ethnicity shares, and can only lower the all-staff ones', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 500 }), (c, extra) => {
        fc.pre(c.white + c.bme > 0);
        const more = { ...c, unknown: c.unknown + extra };
        expect(shareOf(more, 'known-ethnicity').bmePercentUnrounded).toBe(shareOf(c, 'known-ethnicity').bmePercentUnrounded);
        expect(shareOf(more, 'all-staff').bmePercentUnrounded ?? NaN).toBeLessThanOrEqual(shareOf(c, 'all-staff').bmePercentUnrounded ?? NaN);
      }),
    );
  });
});
