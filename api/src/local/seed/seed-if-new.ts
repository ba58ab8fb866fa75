import {
  createGraphClient,
  LIST_SCHEMA,
  openGraphPlanStorage,
  openPlanRegistry,
  openPracticeLibrary,
  openReminderLog,
  resolveSite,
  type GraphSite,
  type SiteLocator,
} from '../../../../src/storage/graph';
import { londonDate } from '../../../../src/domain/shared';
import type { PlanStorage } from '../../../../src/storage/ports';
import { DEMO_SERVICE_PRINCIPAL, findDemoPerson, findDemoServicePrincipal } from '../demo-directory';
import { DEMO_TRUST_SITE_ID, GOOD_PRACTICE_HUB_SITE_ID, SECOND_DEMO_TRUST_SITE_ID } from '../graph/sites';
import { seedDemoTrust } from './seed-demo-trust';
import { readDemoDataState, writeDemoDataState } from './seed-state';
import { SECOND_TRUST_LEAD, SECOND_TRUST_ODS_CODE, seedSecondTrust } from './second-trust';

const SEEDER = 'lead@demo-trust.example';

export interface DemoDataOptions {
  rootDir: string;
  /** The data folder: the demo data's state file is kept beside the store. */
  dataDir: string;
  today: Date;
  log: (line: string) => void;
  /**
   * For tests of a load cut short: every Graph request after this many fails, as if the process
   * had died there, and the load stops with an error.
   */
  failAfterRequests?: number;
}

/** What a start found and did: loaded a new folder, finished a load cut short, or found it complete. */
export type DemoDataOutcome = 'loaded' | 'finished' | 'present';

/** Each identity's local token, counted, so a test can cut the load short after a given request. */
type Tokens = (principal: string) => () => Promise<string>;

interface CountedTokens {
  tokens: Tokens;
  /** Whether the load was cut short here (the storage code reports it as Graph being unreachable). */
  stopped(): boolean;
}

function countingTokens(failAfterRequests: number | undefined): CountedTokens {
  let requests = 0;
  return {
    tokens: (principal) => () => {
      requests += 1;
      if (failAfterRequests !== undefined && requests > failAfterRequests) return Promise.reject(new Error('The demo data load was stopped.'));
      return Promise.resolve(`local:${principal}`);
    },
    stopped: () => failAfterRequests !== undefined && requests > failAfterRequests,
  };
}

function site(graphBaseUrl: string, principal: string, tokens: Tokens, locator: SiteLocator): Promise<GraphSite> {
  const client = createGraphClient({ baseUrl: graphBaseUrl, getAccessToken: tokens(principal) });
  return resolveSite(client, graphBaseUrl, locator);
}

/** Opens a plan as its own owner, creating its lists where missing. */
async function openPlan(graphBaseUrl: string, owner: string, tokens: Tokens, locator: SiteLocator): Promise<{ storage: PlanStorage; siteId: string }> {
  if (!findDemoPerson(owner)) throw new Error(`The demo directory has no ${owner} to load the demo data as.`);
  const plan = await site(graphBaseUrl, owner, tokens, locator);
  return { storage: (await openGraphPlanStorage(plan)).storage, siteId: plan.siteId };
}

/** Whether the demo trust's site already has any of the plan's lists (a folder loaded before the state file existed). */
async function hasPlanLists(graphBaseUrl: string, tokens: Tokens): Promise<boolean> {
  const demo = await site(graphBaseUrl, SEEDER, tokens, { siteId: DEMO_TRUST_SITE_ID });
  const lists = (await demo.client
    .api(`/sites/${encodeURIComponent(demo.siteId)}/lists`)
    .select('displayName')
    .get()) as { value?: { displayName: string }[] };
  return (lists.value ?? []).some((list) => LIST_SCHEMA.some((spec) => spec.displayName === list.displayName));
}

/**
 * The hub's lists (the case-study library, the register of plans and the reminder log), created
 * where missing by the app's own identity, the only one allowed to write the hub (idempotent).
 */
export async function provisionHub(graphBaseUrl: string, tokens: Tokens = countingTokens(undefined).tokens): Promise<void> {
  if (!findDemoServicePrincipal(DEMO_SERVICE_PRINCIPAL)) throw new Error(`The demo directory has no ${DEMO_SERVICE_PRINCIPAL}.`);
  const hub = await site(graphBaseUrl, DEMO_SERVICE_PRINCIPAL, tokens, { siteId: GOOD_PRACTICE_HUB_SITE_ID });
  await openPracticeLibrary(hub);
  await openPlanRegistry(hub);
  await openReminderLog(hub);
}

/** The demo person's Entra-style object id, which the register keeps for the digest. */
const leadId = (email: string): string => findDemoPerson(email)?.id ?? '';

/** Registers both demo plans with the hub, as the app's own identity (idempotent). */
async function registerDemoPlans(graphBaseUrl: string, tokens: Tokens, demoSiteId: string, today: Date): Promise<void> {
  const hub = await site(graphBaseUrl, DEMO_SERVICE_PRINCIPAL, tokens, { siteId: GOOD_PRACTICE_HUB_SITE_ID });
  const registry = await openPlanRegistry(hub);
  const registeredOn = londonDate(today);
  await registry.register({ siteId: demoSiteId, tenantId: 'demo-trust', orgCode: 'RXX', leadId: leadId(SEEDER), registeredOn });
  await registry.register({
    siteId: SECOND_DEMO_TRUST_SITE_ID,
    tenantId: 'second-demo-trust',
    orgCode: SECOND_TRUST_ODS_CODE,
    leadId: leadId(SECOND_TRUST_LEAD),
    registeredOn,
  });
}

/**
 * Loads the demo data into a new data folder, each part as the identity SharePoint would let
 * write it: the hub's lists as the app, the demo trust's plan as its EDI lead and the second
 * trust's as its own lead (through the app's own ensureSchema and storage ports), then both plans
 * registered with the hub as the app.
 *
 * The folder's state file says "loading" from before the first write until the last, so if a
 * start was stopped part-way the next one says so and finishes the load: every step writes only
 * what is missing. A complete folder is left as it is (whatever its people changed since).
 */
export async function loadDemoData(graphBaseUrl: string, options: DemoDataOptions): Promise<DemoDataOutcome> {
  const counted = countingTokens(options.failAfterRequests);
  try {
    return await load(graphBaseUrl, options, counted.tokens);
  } catch (error) {
    if (counted.stopped()) throw new Error(`The demo data load was stopped after ${options.failAfterRequests ?? 0} requests.`, { cause: error });
    throw error;
  }
}

async function load(graphBaseUrl: string, options: DemoDataOptions, tokens: Tokens): Promise<DemoDataOutcome> {
  const state = readDemoDataState(options.dataDir);
  if (state === 'complete') return 'present';
  if (state === undefined) {
    if (await hasPlanLists(graphBaseUrl, tokens)) {
      writeDemoDataState(options.dataDir, 'complete');
      return 'present';
    }
    writeDemoDataState(options.dataDir, 'loading');
  } else {
    options.log('Found half-loaded demo data (an earlier start stopped while loading it): finishing it.');
  }
  await provisionHub(graphBaseUrl, tokens);
  const demo = await openPlan(graphBaseUrl, SEEDER, tokens, { root: true });
  await seedDemoTrust(demo.storage, { rootDir: options.rootDir, today: options.today });
  const second = await openPlan(graphBaseUrl, SECOND_TRUST_LEAD, tokens, { siteId: SECOND_DEMO_TRUST_SITE_ID });
  await seedSecondTrust(second.storage, { rootDir: options.rootDir, today: options.today });
  await registerDemoPlans(graphBaseUrl, tokens, demo.siteId, options.today);
  writeDemoDataState(options.dataDir, 'complete');
  return state === undefined ? 'loaded' : 'finished';
}
