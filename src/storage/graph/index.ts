export { createGraphClient, type GraphConnection, type RetryNotice } from './graph-client';
export { resolveSite, type GraphSite, type SiteLocator } from './graph-site';
export { openGraphPlanStorage, type OpenedPlanStorage } from './graph-plan-storage';
export { LIST_SCHEMA, SCHEMA_VERSION } from './list-schema';
export { odataString } from './odata';
export { openPracticeLibrary, readPracticeLibrary, LIBRARY_SCHEMA } from './practice-library';
export { ADOPTIONS_SCHEMA } from './practice-adoptions';
export { openPlanRegistry, REGISTRY_SCHEMA } from './plan-registry';
export { openReminderLog, REMINDER_LOG_SCHEMA } from './reminder-log';
