import fc from 'fast-check';
import { hasHiddenCharacters, plainText, removeHiddenCharacters, requiredPlainText } from '../../../src/domain/shared';

const HIDDEN = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
];

describe('hidden characters', () => {
  test.each([
    ['fdp\u202E.exe', 'fdp.exe'],
    ['report\u2067fdp.exe\u2069', 'reportfdp.exe'],
    ['Leah\u200BAdeyemi', 'LeahAdeyemi'],
    ['\uFEFFNote', 'Note'],
    ['\u200Eleft\u200F right\u061C', 'left right'],
    ['Plain text, 50% – café', 'Plain text, 50% – café'],
    ['عربى and English', 'عربى and English'],
  ])('removeHiddenCharacters(%j) is %j', (input, expected) => {
    expect(removeHiddenCharacters(input)).toBe(expected);
    expect(hasHiddenCharacters(input)).toBe(input !== expected);
  });

  test('every listed bidi control and zero-width character is removed', () => {
    for (const character of HIDDEN) expect(removeHiddenCharacters(`a${character}b`)).toBe('ab');
  });

  test('stored text loses hidden characters and surrounding spaces; required text must say something', () => {
    expect(plainText.parse('  exe.\u202Efdp  ')).toBe('exe.fdp');
    expect(requiredPlainText.safeParse('\u200B \u202E').success).toBe(false);
    expect(requiredPlainText.parse(' Panels ')).toBe('Panels');
  });

  test('property: what remains has no hidden character, and removing again changes nothing', () => {
    const withHidden = fc.array(fc.oneof(fc.string(), fc.constantFrom(...HIDDEN))).map((parts) => parts.join(''));
    fc.assert(
      fc.property(withHidden, (text) => {
        const cleaned = removeHiddenCharacters(text);
        expect(hasHiddenCharacters(cleaned)).toBe(false);
        expect(removeHiddenCharacters(cleaned)).toBe(cleaned);
        expect(HIDDEN.some((character) => cleaned.includes(character))).toBe(false);
      }),
    );
  });

  test('property: text without hidden characters is kept exactly', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !HIDDEN.some((character) => text.includes(character))),
        (text) => {
          expect(removeHiddenCharacters(text)).toBe(text);
        },
      ),
    );
  });
});
