export * from './bands';
export * from './ethnicity';
export * from './indicator-catalogue';
export { WRES_SCHEMA_VERSION, type WresInput, type WresInputJson, type Indicator1Row, type DisciplinaryYear, type SurveyInput } from './input-schema';
export { parseWresInput } from './parse-input';
export { indicatorsGiven, mergeYears } from './merge-years';
export { type FieldRow, fieldRowsToObject } from './field-rows';
export { type WresOptions, DEFAULT_WRES_OPTIONS, resolveWresOptions } from './options';
export { type Verdict, type Certainty, ratioVerdict, gapVerdict, certaintyOf } from './verdict';
export {
  type EventCounts,
  type ConfidenceInterval,
  type RelativeLikelihood,
  type GroupLabel,
  type IntervalMethod,
  type ZeroCellCorrection,
  type CountModel,
  Z_95,
  relativeLikelihood,
  logStandardError,
} from './relative-likelihood';
export { type Share, shareOf } from './shares';
export type { RatioIndicatorId, RatioIndicatorResult, GroupLikelihood, UnknownExcluded } from './ratio-indicators';
export type { Indicator1Result, BandShare, StaffGroupShare } from './indicator1';
export type { Indicator9Result, BoardComparison } from './indicator9';
export { type SurveyIndicatorId, type SurveyIndicatorResult, type GapInterval, wilsonInterval, gapIntervalOf } from './survey-indicators';
export { type WresResult, type WresIndicatorResults, calculateWres } from './calculate';
export { type BandPlacement, readAfcBand, readMedicalGrade, placeRecord } from './esr-mapping';
export {
  type StaffRecord,
  type StaffAggregatorOptions,
  type StaffAggregate,
  type StaffAggregator,
  createStaffAggregator,
  staffAggregateToInput,
} from './aggregate-staff';
export {
  type StaffFileKind,
  type StaffField,
  type StaffFieldSpec,
  type ColumnMapping,
  type ColumnIndexes,
  type StaffAggregatesByFile,
  STAFF_FILE_KINDS,
  STAFF_FILE_FIELDS,
  headerKey,
  detectColumns,
  findHeaderRow,
  rememberedOrDetected,
  resolveColumns,
  readFlag,
  clinicalByStaffGroup,
  staffRowReader,
  combineStaffAggregates,
  staffFilesToInput,
  ethnicLetter,
} from './staff-files';
export { wresInputJsonSchema } from './json-schema';
export { type HeadlineMeasure, type HeadlineSpec, type HeadlineFigure, type ChangeUnit, headlineSpec, headlineFigure } from './headline-measures';
export {
  type TrendDirection,
  type TrendOptions,
  type TrendEnd,
  type IndicatorChange,
  type YearComparison,
  type TrendPoint,
  type IndicatorSeries,
  type WresSeries,
  resolveTrendOptions,
  trendDirection,
  verdictDirection,
  indicatorChange,
  compareYears,
  wresSeries,
} from './trends';
export {
  type NationalSourceKey,
  type NationalSource,
  type NationalMeasure,
  type NationalFigure,
  type Standing,
  type EnglandComparison,
  type EnglandOptions,
  NATIONAL_SOURCES,
  NATIONAL_FIGURES,
  PRIMARY_MEASURE,
  nationalFigure,
  placeAgainstEngland,
  compareWithEngland,
} from './national-figures';
export { verdictWords, certaintyWords, verdictWithCertainty, certaintySentence } from './verdict-words';
