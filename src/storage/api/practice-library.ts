import type { Client } from '@microsoft/microsoft-graph-client';
import type { CaseStudy } from '../../domain/practice';
import { readPracticeLibrary, resolveSite } from '../graph';
import type { PracticeLibrary, PublishedCaseStudy } from '../ports';
import type { HubApi } from './hub-api';

/** What registering a plan answers. */
export interface PlanRegistration {
  plan: { siteId: string; orgCode: string; registeredOn: string };
}

/**
 * Opens the shared library on the hub site. The person's own token only reads it; every change
 * goes through the api, which writes with the app's rights, so the tab never writes the hub.
 */
export async function openLibrary(connection: { client: Client; baseUrl: string }, hubSite: string, api: HubApi): Promise<PracticeLibrary> {
  const hub = await resolveSite(connection.client, connection.baseUrl, { siteId: hubSite });
  const reader = await readPracticeLibrary(hub);
  return {
    list: reader.list,
    publish: (caseStudy: CaseStudy, planSiteId: string) => api<PublishedCaseStudy>('/api/publish-practice', { caseStudy, siteId: planSiteId }),
    edit: (caseStudy: CaseStudy, planSiteId: string, clientKey: string) =>
      api<PublishedCaseStudy>('/api/edit-practice', { caseStudy, clientKey, siteId: planSiteId }),
    withdraw: async (caseStudyId: string, planSiteId: string) => {
      await api<unknown>('/api/withdraw-practice', { caseStudyId, siteId: planSiteId });
    },
    recordAdoption: (caseStudyId: string, planSiteId: string, actionId: string) =>
      api<PublishedCaseStudy>('/api/record-adoption', { caseStudyId, actionId, siteId: planSiteId }),
    registerPlan: async (planSiteId: string, odsCode: string) => (await api<PlanRegistration>('/api/register-plan', { siteId: planSiteId, odsCode })).plan,
  };
}
