export {
  BOARD_PAPER_PURPOSES,
  type BoardPaperPurpose,
  type CoverSheet,
  type CoverSheetCheck,
  type CoverSheetDraft,
  type CoverSheetErrors,
  type CoverSheetField,
  COVER_SHEET_FIELDS,
  COVER_SHEET_LABELS,
  EMPTY_COVER_SHEET,
  checkCoverSheet,
  coverSheetRows,
} from './cover-sheet';
