import { createGraphClient, LIST_SCHEMA, openGraphPlanStorage, openPlanRegistry, resolveSite, type SiteLocator } from '../../../../src/storage/graph';
import { londonDate } from '../../../../src/domain/shared';
import type { PlanStorage } from '../../../../src/storage/ports';
import { DEMO_SERVICE_PRINCIPAL, findDemoPerson, findDemoServicePrincipal } from '../demo-directory';
import { GOOD_PRACTICE_HUB_SITE_ID, SECOND_DEMO_TRUST_SITE_ID } from '../graph/sites';
import { seedDemoTrust } from './seed-demo-trust';
import { SECOND_TRUST_LEAD, SECOND_TRUST_ODS_CODE, seedSecondTrust } from './second-trust';

const SEEDER = 'lead@demo-trust.example';

/** Opens a plan site as `email`; the storage when this created its lists (a new site), else undefined. */
async function openIfNew(graphBaseUrl: string, email: string, locator: SiteLocator): Promise<{ storage: PlanStorage; siteId: string; isNew: boolean }> {
  if (!findDemoPerson(email)) throw new Error(`The demo directory has no ${email} to load the demo data as.`);
  const client = createGraphClient({ baseUrl: graphBaseUrl, getAccessToken: () => Promise.resolve(`local:${email}`) });
  const site = await resolveSite(client, graphBaseUrl, locator);
  const { storage, schema } = await openGraphPlanStorage(site);
  return { storage, siteId: site.siteId, isNew: schema.createdLists.length >= LIST_SCHEMA.length };
}

/** The demo person's Entra-style object id, which the register keeps for the digest. */
const leadId = (email: string): string => findDemoPerson(email)?.id ?? '';

/** Registers both demo plans with the hub, as the app's own identity (idempotent). */
async function registerDemoPlans(graphBaseUrl: string, demoSiteId: string, today: Date): Promise<void> {
  if (!findDemoServicePrincipal(DEMO_SERVICE_PRINCIPAL)) throw new Error(`The demo directory has no ${DEMO_SERVICE_PRINCIPAL}.`);
  const client = createGraphClient({ baseUrl: graphBaseUrl, getAccessToken: () => Promise.resolve(`local:${DEMO_SERVICE_PRINCIPAL}`) });
  const hub = await resolveSite(client, graphBaseUrl, { siteId: GOOD_PRACTICE_HUB_SITE_ID });
  const registry = await openPlanRegistry(hub);
  const registeredOn = londonDate(today);
  await registry.register({ siteId: demoSiteId, tenantId: 'demo-trust', orgCode: 'RXX', leadId: leadId(SEEDER), registeredOn });
  await registry.register({ siteId: SECOND_DEMO_TRUST_SITE_ID, tenantId: 'second-demo-trust', orgCode: SECOND_TRUST_ODS_CODE, leadId: leadId(SECOND_TRUST_LEAD), registeredOn });
}

/**
 * On a new data folder, provisions the demo trust's lists through the app's own ensureSchema, over
 * HTTP as its EDI lead, then loads the demo plan; the second demo trust likewise as its own lead.
 * Both plans are registered with the Good Practice Hub. Returns whether it seeded the demo trust.
 */
export async function seedIfNew(graphBaseUrl: string, rootDir: string, today: Date): Promise<boolean> {
  const demo = await openIfNew(graphBaseUrl, SEEDER, { root: true });
  if (demo.isNew) await seedDemoTrust(demo.storage, { rootDir, today });
  const second = await openIfNew(graphBaseUrl, SECOND_TRUST_LEAD, { siteId: SECOND_DEMO_TRUST_SITE_ID });
  if (second.isNew) await seedSecondTrust(second.storage, { rootDir, today });
  await registerDemoPlans(graphBaseUrl, demo.siteId, today);
  return demo.isNew;
}
