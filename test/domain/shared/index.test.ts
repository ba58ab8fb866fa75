import * as shared from '../../../src/domain/shared';

test('the shared module exposes its public surface', () => {
  expect(Object.keys(shared).toSorted()).toEqual(
    [
      'addDays',
      'checkUkDate',
      'daysBetween',
      'describeValue',
      'formatPath',
      'formatUkDate',
      'isIsoDate',
      'latestUkDate',
      'londonDate',
      'parseUkDate',
      'percentOf',
      'percentOf1dp',
      'planBeganOn',
      'planYearOf',
      'planYearRange',
      'round1',
      'round2',
      'roundHalfAwayFromZero',
      'zodIssuesToFieldErrors',
      'HOSTED_LINKS',
      'LOCAL_LINKS',
      'WEB_ADDRESS_RULE',
      'checkWebAddress',
      'webAddress',
      'plainText',
      'requiredPlainText',
      'removeHiddenCharacters',
      'hasHiddenCharacters',
      'compareText',
      'groupBy',
    ].toSorted(),
  );
});
