export * from './status';
export { ACTION_PRIORITIES, parseAction, type Action, type ActionJson, type ProgressUpdate, type NewProgressUpdate } from './action';
export * from './due';
export * from './summaries';
export { type NewActionCause, type NewActionLinks, newActionLinksFrom, newActionSearch } from './new-action-links';
export * from './first-run';
export * from './glance';
export {
  progressByIndicator,
  type ProgressAction,
  type IndicatorProgress,
  type OutcomeProgress,
  type ProgressByIndicator,
  type ProgressInput,
} from './progress';
export {
  changesSince,
  lastBoardDate,
  LAST_BOARD_DATE_SETTING,
  type ActionWithCreation,
  type ActionChange,
  type StatusChange,
  type ChangesSince,
} from './changes-since';
