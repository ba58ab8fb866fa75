/**
 * The local demo's wiring: its sign-in (`Bearer local:<email>`), its store and its sites. Only the
 * local server and its tools import this file; the Function App's entry (api/src/functions) never
 * does, so none of it reaches api/dist/functions.js (test/build/api-bundle.test.ts checks).
 */
import type { Caller, CallerVerifier } from '../services/caller-identity';
import type { HubWiring } from '../services/function-config';
import type { GraphAccess, TokenProvider } from '../services/graph-access';
import { runReminders, type RemindersReport } from '../services/reminders';
import type { SiteTenancy } from '../services/site-tenancy';
import { demoDirectory } from './demo-directory';
import { GOOD_PRACTICE_HUB_SITE_ID, localSites } from './graph/sites';

/** The local demo's app identity: the service principal the local store accepts with an owner's rights. */
export const LOCAL_APP_PRINCIPAL = 'reminders@service.example';

/** The local demo's app-only token for `principal`, as the local store reads it. */
export function localAppTokens(principal = LOCAL_APP_PRINCIPAL): TokenProvider {
  return { getToken: () => Promise.resolve(`local:${principal}`) };
}

/** The local demo's hub site. */
export const LOCAL_HUB = { siteId: GOOD_PRACTICE_HUB_SITE_ID } as const;

/** The app's own Graph access to the local store at `graphBaseUrl`. */
export function localGraphAccess(graphBaseUrl: string): GraphAccess {
  return { baseUrl: graphBaseUrl, tokens: localAppTokens(), maxRetries: 3 };
}

/**
 * The local sign-in's tokens (`Bearer local:<userPrincipalName>`) of a demo-directory person:
 * their demo organisation stands for the Entra tenant, and a read-only person may not publish.
 */
export const localCallerVerifier: CallerVerifier = {
  verify(authorization) {
    const match = /^Bearer\s+local:(\S+)$/i.exec(authorization?.trim() ?? '');
    const wanted = match?.[1]?.toLowerCase();
    const person = wanted ? demoDirectory.find((candidate) => candidate.email.toLowerCase() === wanted) : undefined;
    const caller: Caller | undefined = person && {
      id: person.id,
      email: person.email,
      displayName: person.displayName,
      tenantId: person.tenant,
      mayPublish: person.role !== 'viewer',
      // A plan site's owner stands for the lead to whom an administrator assigns Plan.Register.
      mayRegister: person.role === 'owner',
    };
    return Promise.resolve(caller);
  },
};

/**
 * The local demo's sites and their tenants, as Graph's `sharepointIds.tenantId` gives them in
 * Azure: each demo trust's plan site is its own; the hub belongs to no trust.
 */
export const localSiteTenancy: SiteTenancy = {
  tenantOf(siteId) {
    const site = localSites.find((candidate) => candidate.id === siteId || candidate.key === siteId);
    if (!site) return Promise.resolve(undefined);
    return Promise.resolve(site.key === 'good-practice-hub' ? 'good-practice-hub' : site.key);
  },
};

/** The hub functions wired to the local store at `graphBaseUrl`, its demo people and its demo sites. */
export function localHubWiring(graphBaseUrl: string): HubWiring {
  return () => ({ graph: localGraphAccess(graphBaseUrl), hub: LOCAL_HUB, verifier: localCallerVerifier, sites: localSiteTenancy });
}

/** The report as lines a person reads in a terminal. */
export function formatRemindersReport(report: RemindersReport): string {
  const lines = [
    `Reminders for ${report.date}${report.digestDay ? ' (Monday: weekly digests)' : ''}: ${report.plansProcessed} plan(s), ${report.notificationsSent} sent, ${report.skipped.length} already sent, ${report.failures.length} failed.`,
    ...report.sent.map(
      (entry) => `  sent    ${entry.activityType} to ${entry.recipient} (${entry.orgName ?? entry.siteId}: ${entry.actionIds.length} action(s))`,
    ),
    ...report.skipped.map((entry) => `  skipped ${entry.activityType} to ${entry.recipient} (${entry.orgName ?? entry.siteId}): ${entry.reason}`),
    ...report.failures.map(
      (entry) =>
        `  FAILED  ${entry.activityType ?? 'plan'}${entry.recipient ? ` to ${entry.recipient}` : ''}${entry.orgName ? ` (${entry.orgName})` : ''}: ${entry.reason}`,
    ),
  ];
  return lines.join('\n');
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `npm start`'s stand-in for the daily timer: runs the reminders now, then every 24 hours, and
 * reports each run in one line (and each failure on its own line).
 */
export function startDailyReminders(graphBaseUrl: string, log: (line: string) => void, clock: () => Date = () => new Date()): { stop: () => void } {
  // The tab is served by the same process, so notifications link to its "My actions" page there.
  const tabUrl = `${new URL(graphBaseUrl).origin}/#/my-actions`;
  let running = false;
  const runOnce = (): void => {
    if (running) return;
    running = true;
    runReminders({ graph: localGraphAccess(graphBaseUrl), hub: LOCAL_HUB, now: clock(), tabUrl })
      .then(
        (report) => {
          const summary = formatRemindersReport(report).split('\n');
          log(summary[0] ?? '');
          for (const line of summary.filter((entry) => entry.includes('FAILED'))) log(line);
        },
        (error: unknown) => log(`Reminders could not run: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        running = false;
      });
  };
  runOnce();
  const timer = setInterval(runOnce, DAY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
