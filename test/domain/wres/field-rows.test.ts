import { fieldRowsToObject, parseWresInput } from '../../../src/domain/wres';

function rows(...pairs: [string, string][]) {
  return pairs.map(([field, value], index) => ({ field, value, line: index + 1 }));
}

describe('fieldRowsToObject', () => {
  test('builds the nested input, keeping text fields as text', () => {
    const result = fieldRowsToObject(
      rows(
        ['schemaVersion', '1'],
        ['organisation.name', 'Demo NHS Trust'],
        ['organisation.odsCode', '00123'],
        ['year', ' 2024 '],
        ['indicator1.rows[0].staffGroup', 'clinical'],
        ['indicator1.rows[0].band', 'Band 5'],
        ['indicator1.rows.0.white', '10'],
        ['indicator1.rows[0].bme', '5'],
        ['indicator5.white', '20.5'],
        ['indicator5.bme', '.5'],
        ['indicator2.shortlisted.unknown', ''],
        ['', ''],
      ),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        schemaVersion: 1,
        organisation: { name: 'Demo NHS Trust', odsCode: '00123' },
        year: 2024,
        indicator1: { rows: [{ staffGroup: 'clinical', band: 'Band 5', white: 10, bme: 5 }] },
        indicator5: { white: 20.5, bme: 0.5 },
      },
    });
  });

  test('non-numbers stay text for the validator to name', () => {
    const built = fieldRowsToObject(rows(['schemaVersion', '1'], ['organisation.name', 'X'], ['organisation.odsCode', 'RXX'], ['year', 'twenty']));
    expect(built.ok && parseWresInput(built.value)).toMatchObject({ ok: false, errors: [{ path: 'year', message: 'year must be a number (got "twenty")' }] });
  });

  test('a skipped list index is reported as a required row', () => {
    const built = fieldRowsToObject(
      rows(
        ['schemaVersion', '1'],
        ['organisation.name', 'X'],
        ['organisation.odsCode', 'RXX'],
        ['year', '2024'],
        ['indicator1.rows[1].staffGroup', 'clinical'],
        ['indicator1.rows[1].band', 'Band 5'],
        ['indicator1.rows[1].white', '1'],
        ['indicator1.rows[1].bme', '1'],
      ),
    );
    expect(built.ok && parseWresInput(built.value)).toEqual({
      ok: false,
      errors: [{ path: 'indicator1.rows[0]', message: 'indicator1.rows[0] is required' }],
    });
  });

  test.each([
    [rows(['indicator2..white', '1']), '"indicator2..white" (line 1) is not a field path such as indicator2.shortlisted.white'],
    [rows(['0.white', '1']), '"0.white" (line 1) is not a field path such as indicator2.shortlisted.white'],
    [rows(['__proto__.polluted', '1']), '"__proto__.polluted" (line 1) is not a field path such as indicator2.shortlisted.white'],
    [rows(['year', '2024'], ['year', '2025']), 'year (line 2) is given more than once (line 1)'],
    [
      rows(['indicator2', '5'], ['indicator2.shortlisted.white', '1']),
      'indicator2.shortlisted.white (line 2) clashes with another field: indicator2 is both a value and a group of fields',
    ],
    [
      rows(['indicator2.shortlisted.white', '1'], ['indicator2.shortlisted', '5']),
      'indicator2.shortlisted (line 2) clashes with another field: indicator2.shortlisted is both a value and a group of fields',
    ],
    [
      rows(['indicator1.rows[0].band', 'Band 5'], ['indicator1.rows.band', 'x']),
      'indicator1.rows.band (line 2) clashes with another field: indicator1.rows is both a value and a group of fields',
    ],
  ])('rejects bad rows (%#)', (given, message) => {
    expect(fieldRowsToObject(given)).toEqual({ ok: false, errors: [expect.objectContaining({ message })] });
  });

  test('messages without line numbers still name the field', () => {
    expect(
      fieldRowsToObject([
        { field: 'a', value: '1' },
        { field: 'a', value: '2' },
      ]),
    ).toEqual({
      ok: false,
      errors: [{ path: 'a', message: 'a is given more than once' }],
    });
  });

  test('the prototype is never touched', () => {
    fieldRowsToObject(rows(['constructor.prototype.x', '1']));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
