import type { CaseStudy } from '../domain/practice';
import { readPracticeLibrary, resolveSite } from '../storage/graph';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  OfflineError,
  StorageFailure,
  ThrottledError,
  type PracticeLibrary,
  type PublishedCaseStudy,
} from '../storage/ports';
import type { GraphConnection } from './open-storage';

/** One call to one of the api's hub functions: the JSON body out, the JSON answer back. */
export type HubApi = <T>(path: string, body: unknown) => Promise<T>;

interface ErrorAnswer {
  error?: { message?: string; fields?: Record<string, string> };
}

/**
 * The api's hub functions (publish, edit, withdraw, count an adoption, register a plan), called
 * with a token for the api's own scope. Each refusal becomes the storage error the pages
 * already know how to show, with the api's message and its message per field.
 */
export function hubApi(apiBaseUrl: string, getAccessToken: () => Promise<string>): HubApi {
  return async <T>(path: string, body: unknown): Promise<T> => {
    const authorization = `Bearer ${await getAccessToken()}`;
    let response: Response;
    try {
      response = await fetch(`${apiBaseUrl}${path}`, { method: 'POST', headers: { Authorization: authorization, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    } catch {
      throw new OfflineError('The app\'s server could not be reached. Check the connection and try again.');
    }
    const answer: unknown = await response.json().catch(() => ({}));
    if (response.ok) return answer as T;
    const { error } = answer as ErrorAnswer;
    const message = error?.message ?? `The app's server answered HTTP ${response.status}.`;
    if (response.status === 400) throw new InvalidError(message, error?.fields ?? {});
    if (response.status === 401 || response.status === 403) throw new ForbiddenError(message);
    if (response.status === 404) throw new NotFoundError(message);
    if (response.status === 409) throw new ConflictError(undefined, message);
    if (response.status === 503) throw new ThrottledError(message);
    throw new StorageFailure(message, response.status);
  };
}

/** What registering a plan answers. */
export interface PlanRegistration {
  plan: { siteId: string; orgCode: string; registeredOn: string };
}

/**
 * Opens the shared library on the hub site. The person's own token only reads it; every change
 * goes through the api, which writes with the app's rights, so the tab never writes the hub.
 */
export async function openLibrary(connection: GraphConnection, hubSite: string, api: HubApi): Promise<PracticeLibrary> {
  const hub = await resolveSite(connection.client, connection.baseUrl, { siteId: hubSite });
  const reader = await readPracticeLibrary(hub);
  return {
    list: reader.list,
    publish: (caseStudy: CaseStudy, planSiteId: string) => api<PublishedCaseStudy>('/api/publish-practice', { caseStudy, siteId: planSiteId }),
    edit: (caseStudy: CaseStudy, planSiteId: string, clientKey: string) => api<PublishedCaseStudy>('/api/edit-practice', { caseStudy, clientKey, siteId: planSiteId }),
    withdraw: async (caseStudyId: string, planSiteId: string) => {
      await api<unknown>('/api/withdraw-practice', { caseStudyId, siteId: planSiteId });
    },
    recordAdoption: (caseStudyId: string, planSiteId: string, actionId: string) => api<PublishedCaseStudy>('/api/record-adoption', { caseStudyId, actionId, siteId: planSiteId }),
    registerPlan: async (planSiteId: string, odsCode: string) => (await api<PlanRegistration>('/api/register-plan', { siteId: planSiteId, odsCode })).plan,
  };
}
