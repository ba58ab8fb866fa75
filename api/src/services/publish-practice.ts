import type { PublishedCaseStudy } from '../../../src/storage/ports';
import { field, refuse, textField, type ApiResponse } from './api-response';
import { caseStudyFrom } from './case-study-input';
import { callerPlan, hubFailure, openHub, verifiedCaller, type ApiRequest, type HubServiceOptions } from './hub-access';

export { MAX_BODY_CHARACTERS, MAX_SHORT_TEXT_CHARACTERS, MAX_TEXT_CHARACTERS } from './case-study-input';
export type { ErrorBody } from './api-response';
export type PublishPracticeOptions = HubServiceOptions;
export type PublishRequest = ApiRequest;
export type PublishResponse = ApiResponse<PublishedCaseStudy>;

/**
 * `POST /api/publish-practice` with `{ caseStudy, siteId? }`: publishes a case study to the shared
 * library with the app's own rights. The caller's token is verified (401) and must carry the
 * publish role (403); the case study is validated (400, a message per field); the caller's trust
 * must be registered, from the same tenant, and the case study must be under its own ODS code (403).
 * The case study's id is the client's key: publishing it again answers with the first copy and
 * changes nothing, and an id another trust already used is refused (409), never overwritten.
 */
export async function publishPractice(options: PublishPracticeOptions, request: PublishRequest): Promise<PublishResponse> {
  const caller = await verifiedCaller(options.verifier, request.authorization, 'publish');
  if (!caller.ok) return caller.refused;
  const input = caseStudyFrom(field(request.body, 'caseStudy'), 'published');
  if (!input.ok) return input.refused;
  const caseStudy = input.value;

  try {
    const hub = await openHub(options);
    const plan = await callerPlan(hub.registry, caller.value, textField(request.body, 'siteId'), caseStudy.organisation.odsCode);
    if (!plan.ok) return plan.refused;
    if (plan.value.orgCode.toUpperCase() !== caseStudy.organisation.odsCode.toUpperCase()) {
      return refuse(
        403,
        'notYourOrganisation',
        `You may publish only for your own organisation (${plan.value.orgCode}), not for ${caseStudy.organisation.odsCode}.`,
        {
          'organisation.odsCode': `organisation.odsCode must be your own organisation's code (${plan.value.orgCode}).`,
        },
      );
    }
    const existing = await hub.library.find(caseStudy.id);
    if (existing && existing.value.owner.siteId !== plan.value.siteId) {
      return refuse(409, 'idTaken', "Another organisation's case study already has this id. Start a new case study.", {
        'caseStudy.id': "caseStudy.id is already used by another organisation's case study.",
      });
    }
    const published = existing ?? (await hub.library.create(caseStudy, { tenantId: plan.value.tenantId, siteId: plan.value.siteId }));
    return { status: 200, body: { caseStudy: published.value.caseStudy, adoptions: published.value.adoptions } };
  } catch (failure) {
    return hubFailure(failure, 'written');
  }
}
