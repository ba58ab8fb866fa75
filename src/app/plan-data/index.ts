export { usePlanData, type CurrentUser, type PlanData } from './plan-data-context';
export { PlanDataProvider, type PlanDataProviderProps } from './plan-data-provider';
export { PlanStatus } from './plan-status';
export { planSummaries, usePlanSummaries } from './plan-summaries';
