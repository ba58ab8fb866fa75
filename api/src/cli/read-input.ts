import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import Papa from 'papaparse';
import { type FieldError, type Validated } from '../../../src/domain/shared/validation';
import { type FieldRow, fieldRowsToObject } from '../../../src/domain/wres';

function fail(path: string, message: string): Validated<unknown> {
  return { ok: false, errors: [{ path, message }] };
}

/** Reads the two-column `field,value` CSV form into the nested object the validator expects. */
export function readFieldValueCsv(text: string): Validated<unknown> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const errors: FieldError[] = parsed.errors.map((e) => ({ path: `line ${(e.row ?? 0) + 1}`, message: `line ${(e.row ?? 0) + 1}: ${e.message}` }));
  const rows: FieldRow[] = [];
  parsed.data.forEach((cells, index) => {
    const line = index + 1;
    const [field = '', value = ''] = cells;
    if (index === 0 && field.trim().toLowerCase() === 'field' && value.trim().toLowerCase() === 'value') return;
    if (cells.length !== 2) {
      errors.push({ path: `line ${line}`, message: `line ${line} has ${cells.length} column(s): each row must be field,value` });
      return;
    }
    rows.push({ field, value, line });
  });
  if (errors.length > 0) return { ok: false, errors };
  return fieldRowsToObject(rows);
}

/** Reads a .json or .csv input file into untrusted data; file and syntax problems are errors too. */
export function readInputFile(file: string): Validated<unknown> {
  const extension = extname(file).toLowerCase();
  if (extension !== '.json' && extension !== '.csv') return fail(file, `${file} must be a .json or .csv file`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(file, `${file} cannot be read: ${(error as Error).message}`);
  }
  if (extension === '.csv') return readFieldValueCsv(text);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail(file, `${file} is not valid JSON: ${(error as Error).message}`);
  }
}
