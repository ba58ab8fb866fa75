import fc from 'fast-check';
import {
  type NumberFormat,
  cellText,
  dateCell,
  formatNumberCell,
  neutraliseCell,
  neutraliseTable,
  numberCell,
  percentCell,
  restoreNeutralisedText,
} from '../../../src/domain/exports';

describe('neutraliseCell', () => {
  test.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-5 agency staff', "'-5 agency staff"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['Reverse mentoring', 'Reverse mentoring'],
    ['a=b', 'a=b'],
    ["'=already", "'=already"],
    ['', ''],
  ])('text %j becomes %j', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  test.each([[-3], [0], [1.58], [-0.5]])('the number %p stays a number', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });

  test('an empty cell stays empty', () => {
    expect(neutraliseCell(null)).toBeNull();
  });

  test('no neutralised text starts with a formula character, and neutralising twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = neutraliseCell(text) as string;
        expect(/^[=+\-@\t\r]/.test(once)).toBe(false);
        expect(neutraliseCell(once)).toBe(once);
        expect(restoreNeutralisedText(once)).toBe(text.startsWith("'") && /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
      }),
    );
  });

  test('restoring gives back text that was neutralised, and leaves a quote before a letter alone', () => {
    expect(restoreNeutralisedText("'=Trust")).toBe('=Trust');
    expect(restoreNeutralisedText("'Twas")).toBe("'Twas");
    expect(restoreNeutralisedText('plain')).toBe('plain');
  });

  test('a table is neutralised cell by cell and keeps its name', () => {
    expect(
      neutraliseTable({
        name: 'Actions',
        rows: [
          ['Title', 'Count'],
          ['=1+1', -2],
        ],
      }),
    ).toEqual({
      name: 'Actions',
      rows: [
        ['Title', 'Count'],
        ["'=1+1", -2],
      ],
    });
  });

  test('a table keeps its title and CSV date style, and its date and number cells stay as they are', () => {
    const due = { kind: 'date', iso: '2026-10-01' } as const;
    const share = { kind: 'number', value: 0.129, format: '0.0%' } as const;
    expect(neutraliseTable({ name: 'Actions', title: '=Plan', csvDates: 'iso', rows: [['-x', due, share]] })).toEqual({
      name: 'Actions',
      title: '=Plan',
      csvDates: 'iso',
      rows: [["'-x", due, share]],
    });
  });
});

describe('typed cells', () => {
  test('a date cell holds the ISO date; a date not set is an empty cell', () => {
    expect(dateCell('2026-10-01')).toEqual({ kind: 'date', iso: '2026-10-01' });
    expect(dateCell(undefined)).toBeNull();
    expect(dateCell(null)).toBeNull();
  });

  test('a percentage cell holds the fraction, as a spreadsheet stores a percentage; a missing figure is an empty cell', () => {
    expect(percentCell(12.5)).toEqual({ kind: 'number', value: 0.125, format: '0.0%' });
    expect(percentCell(null)).toBeNull();
    expect(percentCell(undefined)).toBeNull();
    expect(numberCell(1.58, '0.00')).toEqual({ kind: 'number', value: 1.58, format: '0.00' });
    expect(numberCell(null, '0.0')).toBeNull();
  });

  // Hand-checked: each format's decimal places, % after a percentage, + on a rise, a true minus (−) on a fall, no sign on zero.
  test.each<[number, NumberFormat, string]>([
    [0.129, '0.0%', '12.9%'],
    [0.05, '0.0%', '5.0%'],
    [-0.121, '0.0%', '−12.1%'],
    [1.5, '0.00', '1.50'],
    [-12.1, '0.0', '−12.1'],
    [0.7, '+0.0;-0.0;0.0', '+0.7'],
    [-12.1, '+0.0;-0.0;0.0', '−12.1'],
    [0, '+0.0;-0.0;0.0', '0.0'],
    [-0.04, '+0.0;-0.0;0.0', '0.0'],
    [0.04, '+0.0;-0.0;0.0', '0.0'],
    [-0.5, '+0.00;-0.00;0.00', '−0.50'],
    [0.25, '+0.00;-0.00;0.00', '+0.25'],
  ])('%p as %s reads %j', (value, format, expected) => {
    expect(formatNumberCell({ kind: 'number', value, format })).toBe(expected);
  });

  test.each([
    [null, ''],
    ['Overdue', 'Overdue'],
    [3, '3'],
    [{ kind: 'date', iso: '2027-01-15' } as const, '15/01/2027'],
    [{ kind: 'number', value: 0.2, format: '0.0%' } as const, '20.0%'],
  ])('cell %j reads %j', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  test('property: a signed change reads with the sign of its rounded value, and no hyphen-minus', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom<NumberFormat>('+0.0;-0.0;0.0', '+0.00;-0.00;0.00'), (value, format) => {
        const text = formatNumberCell({ kind: 'number', value, format });
        const decimals = format.startsWith('+0.00') ? 2 : 1;
        const rounded = Number(value.toFixed(decimals));
        expect(text.includes('-')).toBe(false);
        expect(text.startsWith('+')).toBe(rounded > 0);
        expect(text.startsWith('−')).toBe(rounded < 0);
        expect(Number(text.replace('−', '-'))).toBe(rounded === 0 ? 0 : rounded);
      }),
    );
  });
});
