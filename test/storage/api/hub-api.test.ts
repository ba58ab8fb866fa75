import { hubApi } from '../../../src/storage/api';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError, OfflineError, StorageFailure, ThrottledError } from '../../../src/storage/ports';

const API = 'https://api.example.nhs.uk';

/** Answers every call with `status` and `body`, keeping each request for the test to read. */
function answering(status: number, body: unknown): { url: string; init: RequestInit | undefined }[] {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    calls.push({ url: String(input), init });
    return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  });
  return calls;
}

afterEach(() => jest.restoreAllMocks());

test('posts the JSON body with the api token and returns the JSON answer', async () => {
  const calls = answering(200, { adoptions: 2 });
  const call = hubApi(API, () => Promise.resolve('api-token'));
  await expect(call<{ adoptions: number }>('/api/record-adoption', { caseStudyId: 'cs-1' })).resolves.toEqual({ adoptions: 2 });
  expect(calls).toHaveLength(1);
  expect(calls[0]?.url).toBe(`${API}/api/record-adoption`);
  expect(calls[0]?.init).toMatchObject({
    method: 'POST',
    headers: { Authorization: 'Bearer api-token', 'Content-Type': 'application/json' },
    body: '{"caseStudyId":"cs-1"}',
  });
});

test.each([
  [400, InvalidError],
  [401, ForbiddenError],
  [403, ForbiddenError],
  [404, NotFoundError],
  [409, ConflictError],
  [503, ThrottledError],
  [500, StorageFailure],
])("an answer of HTTP %i becomes the storage error the pages show, with the api's message", async (status, kind) => {
  answering(status, { error: { message: 'The api says no.', fields: { problem: 'Say what the problem was.' } } });
  const failure: unknown = await hubApi(API, () => Promise.resolve('t'))('/api/publish-practice', {}).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(kind);
  expect(failure).toHaveProperty('message', 'The api says no.');
});

test("a 400 carries the api's message per field", async () => {
  answering(400, { error: { message: 'Some fields need attention.', fields: { problem: 'Say what the problem was.' } } });
  const failure: unknown = await hubApi(API, () => Promise.resolve('t'))('/api/publish-practice', {}).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(InvalidError);
  expect(failure).toHaveProperty('fields', { problem: 'Say what the problem was.' });
});

test('an unreachable server is offline; an answer without a message names its status', async () => {
  jest.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('fetch failed'));
  await expect(hubApi(API, () => Promise.resolve('t'))('/api/publish-practice', {})).rejects.toBeInstanceOf(OfflineError);
  answering(502, {});
  await expect(hubApi(API, () => Promise.resolve('t'))('/api/publish-practice', {})).rejects.toThrow('HTTP 502');
});
