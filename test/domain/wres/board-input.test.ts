import fc from 'fast-check';
import { templateGuidance, wresInputToTemplateRows } from '../../../src/domain/exports';
import { fieldRowsToObject, parseWresInput } from '../../../src/domain/wres';
import { errorsOf, okValue } from '../support/validated';
import { input } from './build';

const toFieldRows = (rows: ReturnType<typeof wresInputToTemplateRows>) =>
  rows.map((row) => ({ field: row.field, value: row.value === null ? '' : String(row.value) }));

describe('indicator 9 input: non-voting board members', () => {
  test('non-voting members are optional, their Unknown defaults to 0, and a negative count is refused', () => {
    const parsed = okValue(parseWresInput({ ...input(), indicator9: { boardVoting: { white: 10, bme: 2 }, boardNonVoting: { white: 3, bme: 1 } } }));
    expect(parsed.indicator9?.boardNonVoting).toEqual({ white: 3, bme: 1, unknown: 0 });
    expect(okValue(parseWresInput({ ...input(), indicator9: { boardVoting: { white: 10, bme: 2 } } })).indicator9?.boardNonVoting).toBeUndefined();
    const errors = errorsOf(parseWresInput({ ...input(), indicator9: { boardVoting: { white: 1, bme: 1 }, boardNonVoting: { white: -1, bme: 0 } } }));
    expect(errors.map((e) => e.path)).toEqual(['indicator9.boardNonVoting.white']);
  });

  test('the year template writes non-voting members with guidance and reads them back', () => {
    const group = fc.record({ white: fc.nat(30), bme: fc.nat(30), unknown: fc.nat(5) });
    fc.assert(
      fc.property(group, group, (boardVoting, boardNonVoting) => {
        const year = okValue(parseWresInput({ ...input(), indicator9: { boardVoting, boardNonVoting } }));
        const rows = wresInputToTemplateRows(year);
        expect(rows.filter((row) => row.field.startsWith('indicator9.boardNonVoting.')).map((row) => row.value)).toEqual([
          boardNonVoting.white,
          boardNonVoting.bme,
          boardNonVoting.unknown,
        ]);
        expect(okValue(parseWresInput(okValue(fieldRowsToObject(toFieldRows(rows)))))).toEqual(year);
      }),
    );
    expect(templateGuidance('indicator9.boardNonVoting.bme')).toBe(
      "Indicator 9: non-voting board members, BME (optional; with the voting members it makes the whole board, compared with England's all-board figure).",
    );
  });
});
