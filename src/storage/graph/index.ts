export { createGraphClient, type GraphConnection, type RetryNotice } from './graph-client';
export { resolveSite, type GraphSite, type SiteLocator } from './graph-site';
export { openGraphPlanStorage, openPlanOnSite, type OpenedPlanStorage } from './graph-plan-storage';
export { LIST_SCHEMA } from './list-schema';
export { openPracticeLibrary, readPracticeLibrary } from './practice-library';
export { openPlanRegistry } from './plan-registry';
export { openReminderLog } from './reminder-log';
export { indexedDbMemory } from './indexed-db-memory';
export { planMemory, type PlanMemoryStore } from './plan-memory';
