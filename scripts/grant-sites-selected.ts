import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Client } from '@microsoft/microsoft-graph-client';
import { appClient, appSite } from '../api/src/services/graph-access';
import { openPlanRegistry } from '../src/storage/graph';
import { type SitePermissionEntry, type SiteRole, grantBody, grantChange, parseSiteRole } from './sites-selected/grant-plan';

/**
 * Gives the Function App's managed identity exactly the Microsoft Graph access it needs, and no
 * tenant-wide access to SharePoint:
 *
 * 1. the Graph application permissions `Sites.Selected` (no site until granted one) and
 *    `TeamsActivity.Send` (the reminders' activity-feed notifications);
 * 2. `write` on the Good Practice Hub (the library, the register of plans, the reminder log);
 * 3. `read` on each plan site (the reminders read actions and owners; the api writes nothing
 *    there), or `--plan-role` to choose otherwise.
 *
 * Running it again changes only what is missing or different. `--dry-run` prints the plan.
 *
 *   GRAPH_TOKEN=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv) \
 *   node --import tsx scripts/grant-sites-selected.ts --principal-id <API_FUNCTION_PRINCIPAL_ID> \
 *     --hub <hub site id> [--plan-site <site id>]... [--registered] [--plan-role read] [--dry-run]
 *
 * The token is read from the environment, never the command line. Step 1 needs an administrator
 * who may grant app roles (Privileged Role Administrator); step 2 and 3 need a token carrying
 * Sites.FullControl.All (docs/deploying.md says how to get one).
 */

const GRAPH = 'https://graph.microsoft.com/v1.0';
const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const APP_ROLES = ['Sites.Selected', 'TeamsActivity.Send'] as const;

export interface GrantOptions {
  principalId: string;
  hubSiteId: string;
  planSiteIds: readonly string[];
  /** Also grant every plan site in the hub's register. */
  registered: boolean;
  planRole: SiteRole;
  dryRun: boolean;
  graphUrl?: string;
  token: string;
  log: (line: string) => void;
}

interface ServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  appRoles?: { id: string; value: string | null; allowedMemberTypes: string[] }[];
}

async function ensureAppRoles(client: Client, principal: ServicePrincipal, options: GrantOptions): Promise<void> {
  const graph = (await client.api(`/servicePrincipals(appId='${MICROSOFT_GRAPH_APP_ID}')`).select(['id', 'appRoles']).get()) as ServicePrincipal;
  const assigned = ((await client.api(`/servicePrincipals/${principal.id}/appRoleAssignments`).get()) as { value: { appRoleId: string; resourceId: string }[] })
    .value;
  for (const name of APP_ROLES) {
    const role = graph.appRoles?.find((candidate) => candidate.value === name && candidate.allowedMemberTypes.includes('Application'));
    if (!role) throw new Error(`Microsoft Graph has no application permission named ${name}.`);
    if (assigned.some((assignment) => assignment.appRoleId === role.id && assignment.resourceId === graph.id)) {
      options.log(`  ${name}: already granted`);
      continue;
    }
    options.log(`  ${name}: ${options.dryRun ? 'would grant' : 'granting'}`);
    if (!options.dryRun)
      await client.api(`/servicePrincipals/${principal.id}/appRoleAssignments`).post({ principalId: principal.id, resourceId: graph.id, appRoleId: role.id });
  }
}

async function ensureSiteGrant(client: Client, siteId: string, principal: ServicePrincipal, role: SiteRole, options: GrantOptions): Promise<void> {
  const existing = ((await client.api(`/sites/${siteId}/permissions`).get()) as { value: SitePermissionEntry[] }).value;
  const change = grantChange(existing, principal.appId, role);
  const verb = options.dryRun ? 'would' : 'will';
  if (change.kind === 'none') {
    options.log(`  ${siteId}: ${role} already`);
  } else if (change.kind === 'create') {
    options.log(`  ${siteId}: ${verb} grant ${role}`);
    if (!options.dryRun) await client.api(`/sites/${siteId}/permissions`).post(grantBody(principal.appId, principal.displayName, role));
  } else {
    options.log(`  ${siteId}: ${verb} change ${change.from.join(', ') || '(no role)'} to ${role}`);
    if (!options.dryRun) await client.api(`/sites/${siteId}/permissions/${change.permissionId}`).patch({ roles: [role] });
  }
}

export async function grantSitesSelected(options: GrantOptions): Promise<void> {
  const access = { baseUrl: options.graphUrl ?? GRAPH, tokens: { getToken: async () => options.token }, maxRetries: 3 };
  const client = appClient(access);
  const principal = (await client.api(`/servicePrincipals/${options.principalId}`).select(['id', 'appId', 'displayName']).get()) as ServicePrincipal;
  options.log(`The Function App's identity: ${principal.displayName} (app ${principal.appId})`);

  options.log('Graph application permissions:');
  await ensureAppRoles(client, principal, options);

  options.log('The Good Practice Hub:');
  await ensureSiteGrant(client, options.hubSiteId, principal, 'write', options);

  const planSites = new Set(options.planSiteIds);
  if (options.registered) {
    // The hub's register is read with the same token: the script's operator may read the hub.
    const registry = await openPlanRegistry(await appSite(access, { siteId: options.hubSiteId }));
    for (const plan of await registry.list()) planSites.add(plan.siteId);
  }
  options.log(`Plan sites (${planSites.size}):`);
  for (const siteId of planSites) await ensureSiteGrant(client, siteId, principal, options.planRole, options);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'principal-id': { type: 'string' },
      hub: { type: 'string' },
      'plan-site': { type: 'string', multiple: true, default: [] },
      registered: { type: 'boolean', default: false },
      'plan-role': { type: 'string', default: 'read' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const token = process.env.GRAPH_TOKEN?.trim();
  if (!token) throw new Error("GRAPH_TOKEN is not set: an administrator's Microsoft Graph access token (see docs/deploying.md).");
  if (!values['principal-id'])
    throw new Error("--principal-id is required: the Function App identity's object id (API_FUNCTION_PRINCIPAL_ID in env/.env.<name>).");
  if (!values.hub) throw new Error("--hub is required: the Good Practice Hub's site id (HUB_SITE_ID).");
  await grantSitesSelected({
    principalId: values['principal-id'],
    hubSiteId: values.hub,
    planSiteIds: values['plan-site'],
    registered: values.registered,
    planRole: parseSiteRole(values['plan-role'], '--plan-role'),
    dryRun: values['dry-run'],
    token,
    log: (line) => console.log(line),
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
}
