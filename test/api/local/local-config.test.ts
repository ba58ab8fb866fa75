import { readLocalServerSettings } from '../../../api/src/local/local-config';

test('the defaults are the ones the README promises: 127.0.0.1, port 53000, ./.data', () => {
  expect(readLocalServerSettings({}, '/repo')).toEqual({
    host: '127.0.0.1',
    port: 53000,
    dataDir: '/repo/.data',
    organisationName: 'Demo NHS Trust',
  });
});

test('PORT and DATA_DIR override them, and PORT=0 asks for a free port', () => {
  expect(readLocalServerSettings({ PORT: '0', DATA_DIR: '/tmp/plan' }, '/repo')).toMatchObject({ port: 0, dataDir: '/tmp/plan' });
  expect(readLocalServerSettings({ DATA_DIR: 'data' }, '/repo').dataDir).toBe('/repo/data');
});

test.each(['abc', '70000', '-1', '80.5'])('PORT=%s is refused with a message naming PORT', (port) => {
  expect(() => readLocalServerSettings({ PORT: port }, '/repo')).toThrow(`PORT must be a whole number from 0 to 65535 (0 picks a free port); it is "${port}".`);
});
