import fc from 'fast-check';
import { EDS2_OUTCOMES, EDS2022_OUTCOMES } from '../../../src/domain/eds';
import { type NewActionCause, newActionLinksFrom, newActionSearch } from '../../../src/domain/plan';

describe('starting a new action from its cause', () => {
  test.each([
    [{ indicator: '2' }, 'indicator=2'],
    [{ eds: '3.4' }, 'eds=3.4'],
    [{ eds: '2B' }, 'eds=2B'],
  ] satisfies [NewActionCause, string][])('%j is the query %s', (cause, search) => {
    expect(newActionSearch(cause)).toBe(search);
  });

  test.each([
    ['indicator=2', ['2'], []],
    ['?indicator=9', ['9'], []],
    ['eds=3.4', [], ['3.4']],
    ['?eds=1A&indicator=1', ['1'], ['1A']],
    ['indicator=%202%20', ['2'], []],
    ['indicator=10', [], []],
    ['indicator=0', [], []],
    ['indicator=two', [], []],
    ['eds=9.9', [], []],
    ['eds=<script>', [], []],
    ['eds=', [], []],
    ['', [], []],
    ['other=1', [], []],
  ])('%s starts with indicators %j and EDS outcomes %j', (search, indicators, edsOutcomes) => {
    expect(newActionLinksFrom(search)).toEqual({ indicators, edsOutcomes });
  });

  test('every indicator and every EDS outcome survives the address', () => {
    const causes: NewActionCause[] = [
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((indicator) => ({ indicator })),
      ...[...EDS2_OUTCOMES, ...EDS2022_OUTCOMES].map((outcome) => ({ eds: outcome.id })),
    ];
    for (const cause of causes) {
      const links = newActionLinksFrom(newActionSearch(cause));
      expect(links).toEqual('indicator' in cause ? { indicators: [cause.indicator], edsOutcomes: [] } : { indicators: [], edsOutcomes: [cause.eds] });
    }
  });

  test('any query at all gives only links a saved action accepts', () => {
    const known = new Set([...EDS2_OUTCOMES, ...EDS2022_OUTCOMES].map((outcome) => outcome.id));
    fc.assert(
      fc.property(fc.string(), fc.string(), (indicator, eds) => {
        const links = newActionLinksFrom(new URLSearchParams({ indicator, eds }).toString());
        expect(links.indicators.every((id) => /^[1-9]$/.test(id))).toBe(true);
        expect(links.edsOutcomes.every((id) => known.has(id))).toBe(true);
      }),
    );
  });
});
