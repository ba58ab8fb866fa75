import { parseCaseStudy, type CaseStudy } from '../../../src/domain/practice';
import { openPlanRegistry, openPracticeLibrary, type SiteLocator } from '../../../src/storage/graph';
import { StorageError, type PublishedCaseStudy } from '../../../src/storage/ports';
import type { CallerVerifier } from './caller-identity';
import { appSite, reasonOf, type GraphAccess } from './graph-access';

export interface PublishPracticeOptions {
  graph: GraphAccess;
  /** The Good Practice Hub: its library receives the case study; its registry says which trusts may publish. */
  hub: SiteLocator;
  verifier: CallerVerifier;
}

export interface PublishRequest {
  authorization?: string;
  body: unknown;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export type PublishResponse =
  | { status: 200; body: { caseStudy: CaseStudy; adoptions: number } }
  | { status: 400 | 401 | 403 | 413 | 502 | 503; body: ErrorBody; headers?: Record<string, string> };

/** A whole request body above this is refused before it is read further. */
export const MAX_BODY_CHARACTERS = 100_000;
/** Each long text of a case study (problem, what was done, impact) at most this. */
export const MAX_TEXT_CHARACTERS = 4000;
/** Names, titles, contact details and link titles at most this. */
export const MAX_SHORT_TEXT_CHARACTERS = 255;

const LONG_TEXTS = new Set(['problem', 'whatWasDone', 'impact']);
/** HTML markup of any kind: a case study is plain text, and markup is refused rather than stored. */
const MARKUP = /<\s*\/?\s*[a-z!?]/i;

function error(status: 400 | 401 | 403 | 413 | 502 | 503, code: string, message: string, fields?: Record<string, string>): PublishResponse {
  return {
    status,
    body: { error: { code, message, ...(fields ? { fields } : {}) } },
    ...(status === 401 ? { headers: { 'WWW-Authenticate': 'Bearer' } } : {}),
  };
}

/** Every string in the body, with its field path (`links[0].url`). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((entry, index) => strings(entry, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, entry]) => strings(entry, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

/** Limits and plain-text rules the shared library keeps beyond the case study's own validation. */
function contentProblems(body: unknown): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [path, text] of strings(body)) {
    const limit = LONG_TEXTS.has(path) ? MAX_TEXT_CHARACTERS : MAX_SHORT_TEXT_CHARACTERS * (path.endsWith('.url') ? 8 : 1);
    if (text.length > limit) problems[path] = `${path} is ${text.length} characters long; at most ${limit} are allowed.`;
    else if (MARKUP.test(text)) problems[path] = `${path} contains HTML markup such as "<script>"; case studies are plain text, so remove the tags.`;
    else if (path.endsWith('.url') && !/^https:\/\//i.test(text.trim())) problems[path] = `${path} must be a web address starting https://.`;
  }
  return problems;
}

/**
 * Publishes a case study to the shared library with the app's own rights, for a person of a
 * registered trust who has no write access to the hub. The caller's token is verified (401), the
 * case study validated (400 with a message per field), the caller's trust must be registered and
 * the case study must be that trust's own (403), and only then is it written.
 */
export async function publishPractice(options: PublishPracticeOptions, request: PublishRequest): Promise<PublishResponse> {
  const caller = await options.verifier.verify(request.authorization);
  if (!caller) return error(401, 'unauthenticated', 'Sign in to publish good practice: the request carried no valid token.');
  if (!caller.mayPublish) return error(403, 'forbidden', 'You may read the good-practice library but not publish to it: publishing needs edit rights on your trust\'s plan.');

  const size = JSON.stringify(request.body ?? null).length;
  if (size > MAX_BODY_CHARACTERS) return error(413, 'tooLarge', `The case study is ${size} characters long; at most ${MAX_BODY_CHARACTERS} are allowed.`);
  const problems = contentProblems(request.body);
  const parsed = parseCaseStudy(request.body);
  const fields = { ...(parsed.ok ? {} : Object.fromEntries(parsed.errors.map((problem) => [problem.path, problem.message]))), ...problems };
  if (!parsed.ok || Object.keys(problems).length > 0) {
    return error(400, 'invalidCaseStudy', `The case study cannot be published: ${Object.values(fields).join('; ')}`, fields);
  }
  const caseStudy = parsed.value;

  try {
    const hub = await appSite(options.graph, options.hub);
    const registry = await openPlanRegistry(hub);
    const plans = (await registry.list()).filter((plan) => plan.tenantId === caller.tenantId);
    if (plans.length === 0) return error(403, 'notRegistered', `${caller.email} is not in a trust registered with the good-practice library.`);
    const own = plans.find((plan) => plan.orgCode.toUpperCase() === caseStudy.organisation.odsCode.toUpperCase());
    if (!own) {
      const codes = plans.map((plan) => plan.orgCode).join(', ');
      return error(403, 'notYourOrganisation', `You may publish only for your own organisation (${codes}), not for ${caseStudy.organisation.odsCode}.`, {
        'organisation.odsCode': `organisation.odsCode must be your own organisation's code (${codes}).`,
      });
    }
    const library = await openPracticeLibrary(hub);
    const published: PublishedCaseStudy = (await library.publish(caseStudy)).value;
    return { status: 200, body: { caseStudy: published.caseStudy, adoptions: published.adoptions } };
  } catch (failure) {
    if (failure instanceof StorageError && failure.kind === 'throttled') return error(503, 'throttled', 'The library is busy. Try again in a minute.');
    return error(502, 'libraryUnavailable', `The good-practice library could not be written: ${reasonOf(failure)}`);
  }
}
