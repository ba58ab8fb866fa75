/** The api's hub functions over HTTP, and the practice library that reads the hub and writes through them. */
export { hubApi, type HubApi } from './hub-api';
export { openLibrary, type PlanRegistration } from './practice-library';
