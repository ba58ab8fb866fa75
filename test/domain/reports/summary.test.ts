import { type IndicatorRow, type Rag, boardSummary } from '../../../src/domain/reports';
import type { Verdict } from '../../../src/domain/wres';

/** A row with only what the summary reads: verdict, certainty and RAG. */
function r(verdict: Verdict | null, certaintyText: string, rag: Rag): IndicatorRow {
  return {
    id: '1',
    title: '',
    measure: '',
    figure: '',
    change: '',
    changeValue: null,
    england: '',
    verdict,
    verdictText: '',
    certaintyText,
    rag,
  };
}

const clearAdverse = r('adverse', 'Clear', 'red');
const maybeAdverse = r('adverse', 'Could be chance', 'amber');
const countAdverse = r('adverse', 'Not assessed', 'red');
const fine = r('non-adverse', 'Clear', 'green');

describe('boardSummary', () => {
  test.each([
    [
      'the issue’s example: 7 of 9 adverse, 5 clearly',
      {
        rows: [clearAdverse, clearAdverse, clearAdverse, clearAdverse, clearAdverse, maybeAdverse, countAdverse, fine, fine],
        overdue: 5,
        atRisk: 3,
        eds: { name: 'EDS 2022 review 2024, agreed', result: 'Developing' },
      },
      '7 of 9 indicators adverse (5 clearly); 5 actions overdue, 3 at risk or off track; EDS 2022 review 2024, agreed: Developing.',
    ],
    [
      'one overdue action, nothing adverse, no EDS review',
      { rows: [fine, fine], overdue: 1, atRisk: 0, eds: null },
      '0 of 2 indicators adverse (0 clearly); 1 action overdue, 0 at risk or off track; no agreed EDS review yet.',
    ],
    [
      'indicators not given or not calculable are named apart',
      { rows: [countAdverse, r(null, 'Not assessed', 'grey'), r('not-calculable', 'Not assessed', 'grey')], overdue: 0, atRisk: 2, eds: null },
      '1 of 3 indicators adverse (0 clearly), 2 not calculable or not given; 0 actions overdue, 2 at risk or off track; no agreed EDS review yet.',
    ],
  ])('%s', (_name, facts, sentence) => {
    expect(boardSummary(facts)).toBe(sentence);
  });
});
