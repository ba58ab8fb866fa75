import { changedSettings, settingsFormFrom, validateSettings } from '../../../src/features/settings/settings-form';

const stored = { organisationName: 'Demo NHS Trust', odsCode: 'RXX', edsFramework: 'eds2', suppressionThreshold: '5' };

test('a new plan starts from EDS2 and a threshold of 5', () => {
  expect(settingsFormFrom({})).toEqual({ organisationName: '', odsCode: '', organisationType: '', region: '', edsFramework: 'eds2', librarySite: '', suppressionThreshold: '5' });
});

test.each([
  ['organisationName', { organisationName: ' ' }, 'Enter the organisation name.'],
  ['odsCode', { odsCode: 'RX' }, 'Enter the ODS code: 3 to 5 letters or digits, such as RXX.'],
  ['odsCode', { odsCode: 'RX-1' }, 'Enter the ODS code: 3 to 5 letters or digits, such as RXX.'],
  ['suppressionThreshold', { suppressionThreshold: '0' }, 'Enter a whole number from 1 to 50.'],
  ['suppressionThreshold', { suppressionThreshold: '2.5' }, 'Enter a whole number from 1 to 50.'],
  ['suppressionThreshold', { suppressionThreshold: '' }, 'Enter a whole number from 1 to 50.'],
] as const)('%s is checked: %j', (field, change, message) => {
  expect(validateSettings({ ...settingsFormFrom(stored), ...change })).toEqual({ [field]: message });
});

test('a lower-case ODS code is accepted and saved in capitals; only changed settings are saved', () => {
  const form = { ...settingsFormFrom(stored), odsCode: 'rxy', suppressionThreshold: '10' };
  expect(validateSettings(form)).toEqual({});
  expect(changedSettings(form, stored)).toEqual([
    ['odsCode', 'RXY'],
    ['suppressionThreshold', '10'],
  ]);
});
