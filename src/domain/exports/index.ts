export { type Cell, type ExportTable, neutraliseCell, neutraliseTable, restoreNeutralisedText } from './cells';
export {
  SUPPRESSED,
  type Suppressed,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type CountGrid,
  type SuppressedGrid,
  checkThreshold,
  gridLines,
  suppressGrid,
  dependentFigure,
} from './suppression';
export { PUBLICATION_WRES_HEADER, STAFF_GROUP_LABELS, publicationWresTable } from './wres-publication';
export {
  VERDICT_WORDS,
  DUE_STATE_WORDS,
  actionsByStatus,
  boardIndicatorsTable,
  boardActionsTable,
  boardEdsTable,
  publicationActionsTable,
  actionsCsvTable,
} from './plan-tables';
export { type TemplateRow, TEMPLATE_HEADER, templateGuidance, wresInputToTemplateRows, blankTemplateRows, templateTable } from './wres-template';
