import { createGraphClient, LIST_SCHEMA, openGraphPlanStorage, resolveSite } from '../../../../src/storage/graph';
import { findDemoPerson } from '../demo-directory';
import { seedDemoTrust } from './seed-demo-trust';

const SEEDER = 'lead@demo-trust.example';

/**
 * On a new data folder, provisions the demo trust's lists through the app's own ensureSchema, over
 * HTTP as its EDI lead, then loads the demo plan. Returns whether it seeded.
 */
export async function seedIfNew(graphBaseUrl: string, rootDir: string, today: Date): Promise<boolean> {
  if (!findDemoPerson(SEEDER)) throw new Error(`The demo directory has no ${SEEDER} to load the demo data as.`);
  const client = createGraphClient({ baseUrl: graphBaseUrl, getAccessToken: () => Promise.resolve(`local:${SEEDER}`) });
  const site = await resolveSite(client, graphBaseUrl, { root: true });
  const { storage, schema } = await openGraphPlanStorage(site);
  if (schema.createdLists.length < LIST_SCHEMA.length) return false;
  await seedDemoTrust(storage, { rootDir, today });
  return true;
}
