import { StorageError, type HubCaseStudy, type PublishedCaseStudy, type Versioned } from '../../../src/storage/ports';
import { field, refuse, textField, type ApiResponse, type Refused } from './api-response';
import { caseStudyFrom } from './case-study-input';
import type { Caller } from './caller-identity';
import { hubFailure, openHub, verifiedCaller, type ApiRequest, type HubServiceOptions } from './hub-access';

/** A client key: a GUID, or any short token without spaces. */
const CLIENT_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * The caller's own case study: it exists and is not withdrawn (404), and the tenant the api
 * recorded when it was published is the caller's, and so is the plan if one is named (403).
 */
function ownCaseStudy(entry: Versioned<HubCaseStudy> | undefined, caller: Caller, siteId: string | undefined, caseStudyId: string): Refused | undefined {
  if (!entry)
    return refuse(404, 'notFound', `There is no case study ${caseStudyId} in the library.`, {
      caseStudyId: 'caseStudyId must be a case study in the library.',
    });
  const { owner } = entry.value;
  const sameTenant = owner.tenantId !== '' && owner.tenantId.toLowerCase() === caller.tenantId.toLowerCase();
  if (!sameTenant || (siteId !== undefined && siteId !== owner.siteId)) {
    return refuse(403, 'notYourCaseStudy', `"${entry.value.caseStudy.title}" was published by another organisation; only it may change or withdraw it.`);
  }
  return undefined;
}

/**
 * `POST /api/edit-practice` with `{ caseStudy, clientKey, siteId? }`: replaces the content of the
 * caller's own case study (same id, same organisation). A retry with the same `clientKey`
 * answers as the first did and writes nothing.
 */
export async function editPractice(options: HubServiceOptions, request: ApiRequest): Promise<ApiResponse<PublishedCaseStudy>> {
  const caller = await verifiedCaller(options.verifier, request.authorization, 'publish');
  if (!caller.ok) return caller.refused;
  const clientKey = textField(request.body, 'clientKey');
  if (clientKey === undefined || !CLIENT_KEY.test(clientKey)) {
    return refuse(400, 'invalidRequest', 'clientKey is needed: a new GUID for each edit, sent again unchanged on a retry.', {
      clientKey: 'clientKey must be a GUID (8 to 100 letters, digits, dots, colons or dashes).',
    });
  }
  const input = caseStudyFrom(field(request.body, 'caseStudy'), 'saved');
  if (!input.ok) return input.refused;
  const caseStudy = input.value;
  try {
    const hub = await openHub(options);
    const existing = await hub.library.find(caseStudy.id);
    const live = existing && !existing.value.withdrawn ? existing : undefined;
    const refused = ownCaseStudy(live, caller.value, textField(request.body, 'siteId'), caseStudy.id);
    if (refused || !live) return refused ?? refuse(404, 'notFound', `There is no case study ${caseStudy.id}.`);
    if (live.value.caseStudy.organisation.odsCode.toUpperCase() !== caseStudy.organisation.odsCode.toUpperCase()) {
      return refuse(400, 'invalidCaseStudy', 'A case study stays under the organisation that published it.', {
        'organisation.odsCode': `organisation.odsCode must stay ${live.value.caseStudy.organisation.odsCode}.`,
      });
    }
    const saved = live.value.lastEditKey === clientKey ? live : await hub.library.replace(live.itemId, live.eTag, caseStudy, clientKey);
    return { status: 200, body: { caseStudy: saved.value.caseStudy, adoptions: saved.value.adoptions } };
  } catch (failure) {
    if (failure instanceof StorageError && failure.kind === 'conflict') {
      return refuse(409, 'conflict', 'Someone in your organisation changed this case study at the same moment. Open it again and redo your edit.');
    }
    return hubFailure(failure, 'written');
  }
}

/**
 * `POST /api/withdraw-practice` with `{ caseStudyId, siteId? }`: takes the caller's own case
 * study out of the library. It is kept on the hub, marked withdrawn, so nothing is lost;
 * withdrawing it again answers the same and changes nothing.
 */
export async function withdrawPractice(options: HubServiceOptions, request: ApiRequest): Promise<ApiResponse<{ caseStudyId: string; withdrawn: true }>> {
  const caller = await verifiedCaller(options.verifier, request.authorization, 'publish');
  if (!caller.ok) return caller.refused;
  const caseStudyId = textField(request.body, 'caseStudyId');
  if (caseStudyId === undefined)
    return refuse(400, 'invalidRequest', 'caseStudyId is needed: the case study to withdraw.', {
      caseStudyId: 'caseStudyId must be the id of your case study.',
    });
  try {
    const hub = await openHub(options);
    const existing = await hub.library.find(caseStudyId);
    const refused = ownCaseStudy(existing, caller.value, textField(request.body, 'siteId'), caseStudyId);
    if (refused || !existing) return refused ?? refuse(404, 'notFound', `There is no case study ${caseStudyId}.`);
    if (!existing.value.withdrawn) await hub.library.withdraw(existing.itemId, existing.eTag);
    return { status: 200, body: { caseStudyId, withdrawn: true } };
  } catch (failure) {
    return hubFailure(failure, 'written');
  }
}
