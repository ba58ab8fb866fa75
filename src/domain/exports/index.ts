export {
  type Cell,
  type PlainCell,
  type DateCell,
  type NumberCell,
  type NumberFormat,
  type ExportTable,
  cellText,
  dateCell,
  formatNumberCell,
  numberCell,
  percentCell,
  neutraliseCell,
  neutraliseTable,
  restoreNeutralisedText,
} from './cells';
export {
  SUPPRESSED,
  type Suppressed,
  DEFAULT_SUPPRESSION_THRESHOLD,
  NHS_DIGITAL_THRESHOLD,
  type SuppressionMethod,
  SUPPRESSION_METHODS,
  SUPPRESSION_METHOD_LABELS,
  type SuppressionRule,
  type Block,
  type Span,
  type LineOf,
  checkThreshold,
  effectiveThreshold,
  isSmallCount,
  roundToFive,
  dependentFigure,
  blockSpan,
  protectBlock,
} from './suppression';
export type { CountRow, Pattern } from './publication-suppression';
export {
  PUBLICATION_WRES_HEADER,
  PUBLICATION_NOTE,
  HEADLINE_MEASURES,
  NOT_FINITE,
  NON_VOTING_MEASURE,
  STAFF_GROUP_LABELS,
  publicationWresTable,
} from './wres-publication';
export { boardIndicatorsTable, boardActionsTable, boardEdsTable, publicationActionsTable, actionsCsvTable } from './plan-tables';
export { type TemplateRow, templateGuidance, wresInputToTemplateRows, blankTemplateRows, templateTable } from './wres-template';
export { type Eds2022ReportInput, eds2022ReportTables } from './eds2022-report';
