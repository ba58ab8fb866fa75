import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { fieldRowsToObject, parseWresInput, wresInputJsonSchema } from '../../../src/domain/wres';

const docs = join(__dirname, '..', '..', '..', 'docs');
const read = (name: string) => readFileSync(join(docs, name), 'utf8');

describe('published input documents', () => {
  test('docs/wres-input.schema.json is what the zod schema generates (run scripts/generate-wres-schema.ts)', () => {
    expect(read('wres-input.schema.json')).toBe(`${JSON.stringify(wresInputJsonSchema(), null, 2)}\n`);
  });

  test('the schema forbids unknown fields and allows Unknown to be left out', () => {
    const schema = wresInputJsonSchema() as { additionalProperties: boolean; required: string[]; $id: string };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['schemaVersion', 'organisation', 'year']);
    expect(schema.$id).toBe('docs/wres-input.schema.json');
  });

  test('the example JSON is valid and gives all nine indicators', () => {
    const parsed = parseWresInput(JSON.parse(read('wres-input.example.json')));
    expect(parsed.ok).toBe(true);
  });

  test('the example CSV holds the same input as the example JSON', () => {
    const rows = Papa.parse<string[]>(read('wres-input.example.csv'), { skipEmptyLines: true }).data.slice(1);
    const built = fieldRowsToObject(rows.map(([field = '', value = '']) => ({ field, value })));
    expect(built).toEqual({ ok: true, value: JSON.parse(read('wres-input.example.json')) });
  });
});
