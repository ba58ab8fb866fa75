import { openPlanRegistry, openPracticeLibrary, type GraphSite, type SiteLocator } from '../../../src/storage/graph';
import { StorageError, type HubPracticeLibrary, type PlanRegistry, type RegisteredPlan } from '../../../src/storage/ports';
import { refuse, type ApiResponse, type Refused } from './api-response';
import type { SiteTenancy } from './site-tenancy';
import type { Caller, CallerVerifier } from './caller-identity';
import { appSite, reasonOf, type GraphAccess } from './graph-access';

/** What every hub-writing service needs: the app's Graph access, the hub, and the token check. */
export interface HubServiceOptions {
  graph: GraphAccess;
  /** The Good Practice Hub: its library, adoption log and register of plans. */
  hub: SiteLocator;
  verifier: CallerVerifier;
}

/** A request to an api function: the Authorization header and the parsed JSON body. */
export interface ApiRequest {
  authorization?: string;
  body: unknown;
}

/** A service behind one of the api's hub functions. */
export type HubService = (options: HubServiceOptions & { sites: SiteTenancy }, request: ApiRequest) => Promise<ApiResponse<unknown>>;

export type Checked<T> = { ok: true; value: T } | { ok: false; refused: Refused };

/** The caller from their verified token (401 otherwise), who must hold `role` (403 otherwise); 'any' needs no role. */
export async function verifiedCaller(
  verifier: CallerVerifier,
  authorization: string | undefined,
  role: 'publish' | 'register' | 'any',
): Promise<Checked<Caller>> {
  const caller = await verifier.verify(authorization);
  if (!caller)
    return { ok: false, refused: refuse(401, 'unauthenticated', 'Sign in to change the good-practice library: the request carried no valid token.') };
  if (role === 'publish' && !caller.mayPublish) {
    return {
      ok: false,
      refused: refuse(
        403,
        'forbidden',
        "You may read the good-practice library but not change it: that needs the Practice.Publish role, which your trust's administrator assigns.",
      ),
    };
  }
  if (role === 'register' && caller.mayRegister !== true) {
    return {
      ok: false,
      refused: refuse(403, 'forbidden', "Registering a plan needs the Plan.Register role, which your trust's administrator assigns to the plan's lead."),
    };
  }
  return { ok: true, value: caller };
}

/** The hub opened with the app's own rights, with its library and register. */
export interface OpenedHub {
  site: GraphSite;
  registry: PlanRegistry;
  library: HubPracticeLibrary;
}

export async function openHub(options: HubServiceOptions): Promise<OpenedHub> {
  const site = await appSite(options.graph, options.hub);
  return { site, registry: await openPlanRegistry(site), library: await openPracticeLibrary(site) };
}

/**
 * The registered plan the caller speaks for. The register is written only by the api, from a
 * verified token, so its tenant is the evidence; a plan of another tenant is refused (403).
 * `siteId` names the plan; without it, the tenant's plan under `odsCode`, or its only plan.
 */
export async function callerPlan(registry: PlanRegistry, caller: Caller, siteId: string | undefined, odsCode?: string): Promise<Checked<RegisteredPlan>> {
  if (siteId !== undefined) {
    const plan = await registry.find(siteId);
    if (!plan)
      return {
        ok: false,
        refused: refuse(403, 'notRegistered', 'This plan is not registered with the good-practice library yet: its lead registers it in Settings.', {
          siteId: 'siteId must be a plan registered with the library.',
        }),
      };
    if (plan.tenantId.toLowerCase() !== caller.tenantId.toLowerCase()) {
      return {
        ok: false,
        refused: refuse(403, 'notYourPlan', `${caller.email} may act only for their own organisation's plan, not for the plan on site ${siteId}.`, {
          siteId: "siteId must be your own organisation's plan.",
        }),
      };
    }
    return { ok: true, value: plan };
  }
  const plans = (await registry.list()).filter((plan) => plan.tenantId.toLowerCase() === caller.tenantId.toLowerCase());
  if (plans.length === 0)
    return { ok: false, refused: refuse(403, 'notRegistered', `${caller.email} is not in a trust registered with the good-practice library.`) };
  const chosen =
    odsCode === undefined ? (plans.length === 1 ? plans[0] : undefined) : plans.find((plan) => plan.orgCode.toUpperCase() === odsCode.toUpperCase());
  if (chosen) return { ok: true, value: chosen };
  if (odsCode !== undefined) {
    const codes = plans.map((plan) => plan.orgCode).join(', ');
    return {
      ok: false,
      refused: refuse(403, 'notYourOrganisation', `You may publish only for your own organisation (${codes}), not for ${odsCode}.`, {
        'organisation.odsCode': `organisation.odsCode must be your own organisation's code (${codes}).`,
      }),
    };
  }
  return {
    ok: false,
    refused: refuse(400, 'planNeeded', 'Your organisation has several registered plans: say which one with siteId.', {
      siteId: "siteId must name one of your organisation's registered plans.",
    }),
  };
}

/** A failure reaching the hub, as the caller is told it: busy (503) or unavailable (502), nothing half-done. */
export function hubFailure(failure: unknown, doing: string): Refused {
  if (failure instanceof StorageError && failure.kind === 'throttled') return refuse(503, 'throttled', 'The library is busy. Try again in a minute.');
  return refuse(502, 'libraryUnavailable', `The good-practice library could not be ${doing}: ${reasonOf(failure)}`);
}
