import type { PlanRegistry, RegisteredPlan } from '../ports';
import { StorageError } from '../ports/errors';
import { ensureLists } from './ensure-schema';
import { getItemPage, postListItem, readAllPages, type GraphListItem, type GraphSite } from './graph-site';
import type { ListSpec } from './list-schema';
import { readDateOnly, readOptionalText, readText, titleText } from './mappers/field-values';
import { fieldEquals, withQuery } from './odata';

/**
 * The plans registered with the hub: one item per plan site, keyed by its Graph site id. Only ids
 * and the ODS code: reminders name a trust from its own plan's settings and link only to the
 * configured tab address, so nothing here is shown to anyone.
 */
export const REGISTRY_SCHEMA: readonly ListSpec<'registeredPlans'>[] = [
  {
    key: 'registeredPlans',
    displayName: 'Registered Plans',
    description: 'Race equality plans looked after by the app: one item per trust plan site, written only by the app.',
    columns: [
      { name: 'SiteId', kind: 'text', indexed: true, unique: true },
      { name: 'TenantId', kind: 'text', indexed: true },
      { name: 'OrgCode', kind: 'text', indexed: true, unique: true },
      { name: 'LeadId', kind: 'text' },
      { name: 'RegisteredOn', kind: 'date' },
    ],
  },
];

const FIELDS = ['Title', ...(REGISTRY_SCHEMA[0]?.columns.map((column) => column.name) ?? [])];

function toFields(plan: RegisteredPlan): Record<string, unknown> {
  return {
    Title: titleText(plan.orgCode),
    SiteId: plan.siteId,
    TenantId: plan.tenantId,
    OrgCode: plan.orgCode,
    LeadId: plan.leadId ?? '',
    RegisteredOn: plan.registeredOn,
  };
}

function fromItem(item: GraphListItem): RegisteredPlan | undefined {
  const fields = item.fields ?? {};
  const siteId = readText(fields.SiteId);
  const tenantId = readText(fields.TenantId);
  // A row without its tenant cannot say who may speak for the plan, so it counts for nothing.
  if (siteId === '' || tenantId === '') return undefined;
  const leadId = readOptionalText(fields.LeadId);
  return {
    siteId,
    tenantId,
    orgCode: readText(fields.OrgCode),
    ...(leadId ? { leadId } : {}),
    registeredOn: readDateOnly(fields.RegisteredOn) ?? '',
  };
}

export interface RegistryOptions {
  /** False (for a caller without Manage Lists on the hub) raises SetupNeededError instead of creating the list. */
  createMissing?: boolean;
}

/** The plan registry in the hub site's "Registered Plans" list. */
export async function openPlanRegistry(hub: GraphSite, options: RegistryOptions = {}): Promise<PlanRegistry> {
  const { listIds } = await ensureLists(hub, REGISTRY_SCHEMA, undefined, options.createMissing ?? true);
  const items = `/sites/${encodeURIComponent(hub.siteId)}/lists/${encodeURIComponent(listIds.registeredPlans)}/items`;
  const expand = `fields(select=${FIELDS.join(',')})`;

  async function findItem(siteId: string): Promise<GraphListItem | undefined> {
    const path = withQuery(items, { expand, $filter: fieldEquals('SiteId', siteId), $top: 1 });
    return (await getItemPage(hub, path)).value?.[0];
  }

  return {
    async list() {
      const first = await getItemPage(hub, withQuery(items, { expand, $top: 5000 }));
      const { items: all } = await readAllPages(hub, first);
      return all.flatMap((item) => fromItem(item) ?? []);
    },

    async find(siteId) {
      const item = await findItem(siteId);
      return item ? fromItem(item) : undefined;
    },

    async register(plan) {
      const existing = await findItem(plan.siteId);
      const registered = existing ? fromItem(existing) : undefined;
      if (registered) return registered;
      try {
        const created = await postListItem(hub, items, toFields(plan));
        return fromItem(created) ?? plan;
      } catch (error) {
        // 409: registered a moment ago by someone else; 5xx or offline: perhaps created. Either way, look.
        const unsure = error instanceof StorageError && (error.kind === 'failed' || error.kind === 'offline');
        if (!unsure) throw error;
        const found = await findItem(plan.siteId);
        const first = found ? fromItem(found) : undefined;
        if (first) return first;
        throw error;
      }
    },
  };
}
