import { loadRuntimeConfig } from '../../src/app/runtime-config';

function serve(body: unknown, status = 200): typeof fetch {
  const response = { ok: status < 400, status, json: () => Promise.resolve(body) } as Response;
  return jest.fn(() => Promise.resolve(response)) as unknown as typeof fetch;
}

test('a local configuration is read with the default Graph scopes filled in', async () => {
  const config = await loadRuntimeConfig(serve({ mode: 'local', graphBaseUrl: '/graph/v1.0', organisationName: 'Demo NHS Trust' }));
  expect(config).toMatchObject({ mode: 'local', graphBaseUrl: '/graph/v1.0', organisationName: 'Demo NHS Trust' });
  expect(config.graphScopes).toContain('https://graph.microsoft.com/Sites.ReadWrite.All');
});

test.each([
  ['a missing document', serve({}, 404), 'could not be loaded: HTTP 404'],
  ['an unknown mode', serve({ mode: 'cloud', graphBaseUrl: '/g' }), 'mode:'],
  ['no Graph address', serve({ mode: 'local' }), 'graphBaseUrl:'],
  ['a tenant deployment without a client id', serve({ mode: 'microsoft365', graphBaseUrl: 'https://graph.microsoft.com/v1.0' }), 'clientId is required'],
])('%s is refused with a message naming the field', async (_case, fetchFn, message) => {
  await expect(loadRuntimeConfig(fetchFn)).rejects.toThrow(message);
});

test('each field at fault is named with the reason in words', async () => {
  const fetchFn = serve({ mode: 'cloud', graphBaseUrl: '', organisationName: 7, graphScopes: 'all' });
  await expect(loadRuntimeConfig(fetchFn)).rejects.toThrow(
    'The tab\'s configuration (config.json) is not valid: mode: Invalid option: expected one of "local"|"microsoft365"; ' +
      'organisationName: Invalid input: expected string, received number; graphBaseUrl: Too small: expected string to have >=1 characters; ' +
      'graphScopes: Invalid input: expected array, received string',
  );
  await expect(loadRuntimeConfig(serve(7))).rejects.toThrow(
    "The tab's configuration (config.json) is not valid: (root): Invalid input: expected object, received number",
  );
});
