import { BoardPaperView } from './board-paper-view';
import { useBoardPaper } from './use-board-paper';

/** The board paper: fill in the NHS cover sheet, then download the paper as a Word document. */
export function BoardPaperPage() {
  return <BoardPaperView {...useBoardPaper()} />;
}
