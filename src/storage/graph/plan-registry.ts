import type { PlanRegistry, RegisteredPlan } from '../ports';
import type { GraphListItem, GraphSite } from './graph-site';
import { openHubList, type Where } from './graph-list';
import type { ListSpec } from './list-schema';
import { readDateOnly, readOptionalText, readText, titleText } from './mappers/field-values';

/**
 * The plans registered with the hub: one item per plan site, keyed by its Graph site id. Only ids
 * and the ODS code: reminders name a trust from its own plan's settings and link only to the
 * configured tab address, so nothing here is shown to anyone.
 */
const REGISTERED_PLANS: ListSpec<'registeredPlans'> = {
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
};

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

/** The registry's key: one item per plan site. */
function bySite(siteId: string): Where {
  return { column: 'SiteId', value: siteId };
}

/** The plan registry in the hub site's "Registered Plans" list. */
export async function openPlanRegistry(hub: GraphSite, options: RegistryOptions = {}): Promise<PlanRegistry> {
  const plans = await openHubList(hub, REGISTERED_PLANS, options.createMissing ?? true);

  return {
    list: async () => (await plans.all()).flatMap((item) => fromItem(item) ?? []),

    async find(siteId) {
      const item = await plans.findBy(bySite(siteId));
      return item ? fromItem(item) : undefined;
    },

    async register(plan) {
      const existing = await plans.findBy(bySite(plan.siteId));
      const registered = existing ? fromItem(existing) : undefined;
      if (registered) return registered;
      // 409: registered a moment ago by someone else; 5xx or offline: perhaps created. Either way, the one there counts.
      const { item } = await plans.createOrFind(toFields(plan), bySite(plan.siteId), (found) => fromItem(found) !== undefined);
      return fromItem(item) ?? plan;
    },
  };
}
