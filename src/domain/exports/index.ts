export { type Cell, type ExportTable, neutraliseCell, neutraliseTable, restoreNeutralisedText } from './cells';
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
export { type CountRow, type Pattern, countRows, linkedKeys, choosePattern, entryCost, isSenior } from './publication-suppression';
export {
  PUBLICATION_WRES_HEADER,
  PUBLICATION_NOTE,
  HEADLINE_MEASURES,
  NOT_FINITE,
  NON_VOTING_MEASURE,
  STAFF_GROUP_LABELS,
  DEFAULT_SUPPRESSION_RULE,
  publicationWresTable,
} from './wres-publication';
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
