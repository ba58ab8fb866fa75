import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { managedIdentityTokens } from '../../../api/src/services/function-config';

/**
 * An App Service identity endpoint on loopback, speaking the documented protocol: GET with
 * `resource`, `api-version` and optionally `client_id`, the `X-IDENTITY-HEADER` secret, and a JSON
 * answer with `access_token` and `expires_on` in epoch seconds.
 */
let server: Server;
let endpoint: string;
const seen: { url: URL; header: string | undefined }[] = [];
let answer: { status: number; expiresInSeconds: number } = { status: 200, expiresInSeconds: 3600 };

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    seen.push({ url, header: request.headers['x-identity-header'] as string | undefined });
    if (answer.status !== 200) {
      response.writeHead(answer.status).end('{}');
      return;
    }
    const expiresOn = Math.floor(Date.now() / 1000) + answer.expiresInSeconds;
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        access_token: `token-${seen.length}`,
        expires_on: String(expiresOn),
        resource: url.searchParams.get('resource'),
        token_type: 'Bearer',
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/msi/token`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen.length = 0;
  answer = { status: 200, expiresInSeconds: 3600 };
});

test('asks the identity endpoint for a Graph token with the identity header, and reuses it until near expiry', async () => {
  const tokens = managedIdentityTokens({ IDENTITY_ENDPOINT: endpoint, IDENTITY_HEADER: 'secret-header' });
  await expect(tokens.getToken()).resolves.toBe('token-1');
  await expect(tokens.getToken()).resolves.toBe('token-1');
  expect(seen).toHaveLength(1);
  expect(seen[0]?.header).toBe('secret-header');
  expect(seen[0]?.url.searchParams.get('resource')).toBe('https://graph.microsoft.com');
  expect(seen[0]?.url.searchParams.get('api-version')).toBe('2019-08-01');
  expect(seen[0]?.url.searchParams.has('client_id')).toBe(false);
});

test('a token within five minutes of expiry is fetched afresh; a user-assigned identity is named by client id', async () => {
  answer = { status: 200, expiresInSeconds: 120 };
  const tokens = managedIdentityTokens({
    IDENTITY_ENDPOINT: endpoint,
    IDENTITY_HEADER: 'h',
    MANAGED_IDENTITY_CLIENT_ID: 'c0ffee00-0000-4000-8000-000000000001',
  });
  await expect(tokens.getToken()).resolves.toBe('token-1');
  await expect(tokens.getToken()).resolves.toBe('token-2');
  expect(seen.map((request) => request.url.searchParams.get('client_id'))).toEqual([
    'c0ffee00-0000-4000-8000-000000000001',
    'c0ffee00-0000-4000-8000-000000000001',
  ]);
});

test('without the identity turned on, or when the endpoint refuses, the error says what to do', async () => {
  await expect(managedIdentityTokens({}).getToken()).rejects.toThrow("Turn on the Function App's system-assigned identity");
  answer = { status: 500, expiresInSeconds: 0 };
  await expect(managedIdentityTokens({ IDENTITY_ENDPOINT: endpoint, IDENTITY_HEADER: 'h' }).getToken()).rejects.toThrow('answered HTTP 500');
});
