import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBatchEnvelope, readErrorBody, readFieldValues, readItemPage, readListItem } from '../../../src/storage/graph/graph-shapes';
import { StorageFailure } from '../../../src/storage/ports';

/** A response recorded from Microsoft Graph's documentation, as the client hands it over: unknown JSON. */
const recorded = (name: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/graph', name), 'utf8'));

test("Graph's recorded responses read as the shapes the adapter expects", () => {
  expect(readListItem(recorded('list-item.json')).fields).toMatchObject({ Title: expect.any(String) });
  const page = readItemPage(recorded('delta-page.json'));
  expect(page['@odata.deltaLink']).toMatch(/delta\?token=/);
  expect(page.value?.some((item) => item.deleted !== undefined)).toBe(true);
  expect(readBatchEnvelope(recorded('batch-with-throttled.json')).responses?.map((response) => response.status)).toContain(429);
  expect(readFieldValues(recorded('field-value-set-after-patch.json'))['@odata.etag']).toEqual(expect.any(String));
  expect(readErrorBody(recorded('precondition-failed.json'))?.error?.code).toEqual(expect.any(String));
});

test('a property Graph adds later is kept, never a reason to fail', () => {
  expect(readListItem({ id: '7', contentType: { id: '0x01' } })).toMatchObject({ id: '7', contentType: { id: '0x01' } });
});

test('a response of another shape is refused as a service failure naming what was wrong', () => {
  expect(() => readListItem({ fields: { Title: 'No id' } })).toThrow(StorageFailure);
  expect(() => readItemPage({ value: [{ id: 7 }] })).toThrow(/value\.0\.id/);
  expect(() => readItemPage({ value: [{ id: 7 }] })).toThrow(
    'Microsoft Graph sent a page of list items in a shape this app does not read: value.0.id: Invalid input: expected string, received number.',
  );
  expect(() => readListItem(null)).toThrow(
    'Microsoft Graph sent a list item in a shape this app does not read: Invalid input: expected object, received null.',
  );
});

test('an error body is read from an object or a JSON string, and anything else reads as none', () => {
  expect(readErrorBody({ error: { code: 'itemNotFound', message: 'Gone' } })?.error?.message).toBe('Gone');
  expect(readErrorBody('{"error":{"code":"x","message":"From text"}}')?.error?.message).toBe('From text');
  expect(readErrorBody('<html>Bad gateway</html>')).toBeUndefined();
  expect(readErrorBody(undefined)).toBeUndefined();
});
