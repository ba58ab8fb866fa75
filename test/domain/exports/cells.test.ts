import fc from 'fast-check';
import { neutraliseCell, neutraliseTable, restoreNeutralisedText } from '../../../src/domain/exports';

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
});
