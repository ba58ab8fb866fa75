import { londonDate } from '../../../src/domain/shared';
import type { RegisteredPlan } from '../../../src/storage/ports';
import { refuse, textField, type ApiResponse } from './api-response';
import { hubFailure, openHub, verifiedCaller, type ApiRequest, type HubServiceOptions } from './hub-access';
import type { SiteTenancy } from './site-tenancy';

export interface RegisterPlanOptions extends HubServiceOptions {
  /** Who owns a site, as SharePoint says. */
  sites: SiteTenancy;
  now?: () => Date;
}

/** An ODS organisation code: three to five letters and digits (e.g. RXX, R1F, 15E). */
const ODS_CODE = /^[A-Z0-9]{3,5}$/;
const MAX_SITE_ID = 300;

/**
 * `POST /api/register-plan` with `{ siteId, odsCode }`: registers the caller's trust's plan with
 * the hub, so reminders find it and its people may publish and adopt. The caller needs the
 * Plan.Register role (403); the tenant is the caller's verified one, and the site must belong to
 * it, as SharePoint says (403); an ODS code another plan holds is refused (409). Registering the
 * same site again changes nothing and answers with the first registration.
 */
export async function registerPlan(options: RegisterPlanOptions, request: ApiRequest): Promise<ApiResponse<{ plan: RegisteredPlan }>> {
  const caller = await verifiedCaller(options.verifier, request.authorization, 'register');
  if (!caller.ok) return caller.refused;
  const siteId = textField(request.body, 'siteId');
  const odsCode = textField(request.body, 'odsCode')?.toUpperCase();
  const fields = {
    ...(siteId === undefined || siteId.length > MAX_SITE_ID ? { siteId: "siteId must be the Graph id of your plan's SharePoint site." } : {}),
    ...(odsCode === undefined || !ODS_CODE.test(odsCode)
      ? { odsCode: "odsCode must be your organisation's ODS code: 3 to 5 letters and digits, such as RXX." }
      : {}),
  };
  if (siteId === undefined || odsCode === undefined || Object.keys(fields).length > 0) {
    return refuse(400, 'invalidRequest', `The plan cannot be registered: ${Object.values(fields).join(' ')}`, fields);
  }
  try {
    const owner = await options.sites.tenantOf(siteId);
    if (owner === undefined)
      return refuse(404, 'siteNotFound', `There is no SharePoint site ${siteId}.`, { siteId: 'siteId must be an existing SharePoint site.' });
    if (owner.toLowerCase() !== caller.value.tenantId.toLowerCase()) {
      return refuse(403, 'notYourSite', "You may register only a plan on your own organisation's SharePoint site.", {
        siteId: 'siteId must be a site of your own organisation.',
      });
    }
    const hub = await openHub(options);
    const existing = await hub.registry.find(siteId);
    if (existing) return { status: 200, body: { plan: existing } };
    const holder = (await hub.registry.list()).find((plan) => plan.orgCode.toUpperCase() === odsCode);
    if (holder) {
      return refuse(409, 'odsCodeTaken', `Another plan is already registered under ${odsCode}. If that is wrong, ask the Good Practice Hub's operator.`, {
        odsCode: `odsCode ${odsCode} is already registered for another plan.`,
      });
    }
    const today = londonDate(options.now?.() ?? new Date());
    const plan = await hub.registry.register({ siteId, tenantId: caller.value.tenantId, orgCode: odsCode, leadId: caller.value.id, registeredOn: today });
    return { status: 200, body: { plan } };
  } catch (failure) {
    return hubFailure(failure, 'updated');
  }
}
