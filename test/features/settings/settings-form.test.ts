import { changedSettings, settingsFormFrom, validateSettings } from '../../../src/features/settings/settings-form';

const stored = { organisationName: 'Demo NHS Trust', odsCode: 'RXX', edsFramework: 'eds2', suppressionThreshold: '5' };

test('a new plan starts from a threshold of 5 and the threshold method, with no EDS framework chosen for it', () => {
  expect(settingsFormFrom({})).toEqual({
    organisationName: '',
    odsCode: '',
    organisationType: '',
    region: '',
    edsFramework: '',
    librarySite: '',
    suppressionThreshold: '5',
    suppressionMethod: 'threshold',
  });
});

test("saving a new plan's name and ODS code stores no EDS framework until one is chosen", () => {
  const named = { ...settingsFormFrom({}), organisationName: 'North Trust', odsCode: 'rnn' };
  expect(changedSettings(named, {})).toEqual([
    ['organisationName', 'North Trust'],
    ['odsCode', 'RNN'],
    ['suppressionThreshold', '5'],
  ]);
  expect(changedSettings({ ...named, edsFramework: 'eds2022' }, {})).toContainEqual(['edsFramework', 'eds2022']);
});

test.each([
  ['nhs-digital-2018', 'nhs-digital-2018'],
  ['threshold', 'threshold'],
  ['something else', 'threshold'],
] as const)('a stored suppression method %j is read as %j', (value, method) => {
  expect(settingsFormFrom({ suppressionMethod: value }).suppressionMethod).toBe(method);
});

test("choosing NHS Digital's rule saves it; choosing the threshold method on a plan that never chose saves nothing", () => {
  expect(changedSettings({ ...settingsFormFrom(stored), suppressionMethod: 'nhs-digital-2018' }, stored)).toEqual([['suppressionMethod', 'nhs-digital-2018']]);
  expect(changedSettings(settingsFormFrom(stored), stored)).toEqual([]);
  expect(changedSettings(settingsFormFrom(stored), { ...stored, suppressionMethod: 'nhs-digital-2018' })).toEqual([['suppressionMethod', 'threshold']]);
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
