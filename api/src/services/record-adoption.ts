import { openGraphPlanStorage } from '../../../src/storage/graph';
import type { PublishedCaseStudy } from '../../../src/storage/ports';
import { refuse, textField, type ApiResponse } from './api-response';
import { appSite } from './graph-access';
import { callerPlan, hubFailure, openHub, verifiedCaller, type ApiRequest, type HubServiceOptions } from './hub-access';

/**
 * `POST /api/record-adoption` with `{ caseStudyId, actionId, siteId? }`: counts the caller's trust
 * as adopting the case study, once per (trust, case study). The trust is the caller's registered
 * plan (never a name in the body); asking again, or retrying after a failure, changes nothing
 * and answers with the count as it stands.
 *
 * Adopting is not publishing, so no role is needed; the evidence is the adopted action itself,
 * which must be in the caller's own plan (read with the app's identity). Only someone who may
 * write that plan can have made it, so a read-only person cannot count an adoption that did not
 * happen, and a trust cannot count one for another.
 */
export async function recordAdoption(options: HubServiceOptions, request: ApiRequest): Promise<ApiResponse<PublishedCaseStudy>> {
  const caller = await verifiedCaller(options.verifier, request.authorization, 'any');
  if (!caller.ok) return caller.refused;
  const caseStudyId = textField(request.body, 'caseStudyId');
  const actionId = textField(request.body, 'actionId');
  const fields = {
    ...(caseStudyId === undefined ? { caseStudyId: 'caseStudyId must be the id of the case study adopted.' } : {}),
    ...(actionId === undefined ? { actionId: 'actionId must be the id of the action the adoption made in your plan.' } : {}),
  };
  if (caseStudyId === undefined || actionId === undefined)
    return refuse(400, 'invalidRequest', `The adoption cannot be counted: ${Object.values(fields).join(' ')}`, fields);
  try {
    const hub = await openHub(options);
    const plan = await callerPlan(hub.registry, caller.value, textField(request.body, 'siteId'));
    if (!plan.ok) return plan.refused;
    const existing = await hub.library.find(caseStudyId);
    if (!existing || existing.value.withdrawn)
      return refuse(404, 'notFound', `There is no case study ${caseStudyId} in the library.`, {
        caseStudyId: 'caseStudyId must be a case study in the library.',
      });
    const { storage } = await openGraphPlanStorage(await appSite(options.graph, { siteId: plan.value.siteId }), { createMissing: false });
    const adopted = (await storage.load()).actions.some((action) => action.value.id === actionId);
    if (!adopted) {
      return refuse(409, 'actionNotFound', `The adoption cannot be counted: there is no action ${actionId} in your plan yet.`, {
        actionId: 'actionId must be the action the adoption made in your own plan.',
      });
    }
    const counted = await hub.library.recordAdoption(caseStudyId, { tenantId: plan.value.tenantId, siteId: plan.value.siteId }, actionId);
    return { status: 200, body: { caseStudy: counted.value.caseStudy, adoptions: counted.value.adoptions } };
  } catch (failure) {
    return hubFailure(failure, 'updated');
  }
}
