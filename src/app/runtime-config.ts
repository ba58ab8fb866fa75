import { z } from 'zod/mini';
import { withDefault } from '../domain/shared/with-default';

/**
 * Settings that differ between deployments. The server (or the static host) provides them as
 * `config.json` beside `index.html`, so one build serves every environment.
 */
export const runtimeConfigSchema = z.object({
  /** `local`: the `npm start` server with its demo directory; `microsoft365`: a real tenant. */
  mode: z.enum(['local', 'microsoft365']),
  /** Shown in the header until the plan's Settings list names the organisation. */
  organisationName: z.optional(z.string().check(z.minLength(1))),
  /** Microsoft Graph's base URL; locally the store that speaks the same API. Relative URLs resolve against the page. */
  graphBaseUrl: z.string().check(z.minLength(1)),
  /** The Entra app registration (client) id; required for `microsoft365`. */
  clientId: z.optional(z.string()),
  tenantId: z.optional(z.string()),
  graphScopes: withDefault(z.array(z.string()), [
    'https://graph.microsoft.com/Sites.ReadWrite.All',
    'https://graph.microsoft.com/Sites.Manage.All',
    'https://graph.microsoft.com/User.ReadBasic.All',
  ]),
  /** The hub site that holds the shared good-practice library. */
  librarySite: z.optional(z.string()),
  /** Where the api's functions are (publish-practice); the tab's own origin when absent. */
  apiBaseUrl: z.optional(z.string()),
  /**
   * The scope of the api's own Entra app registration, which publish-practice checks tokens
   * against: `api://<api domain>/<api client id>/access_as_user`. Locally it is not needed.
   */
  apiScopes: z.optional(z.array(z.string())),
  /** Locally: the plan's site id, as Teams would give a group id. */
  siteId: z.optional(z.string()),
  /** The Teams app's id, for deep links that open the tab at a page (for example an action). */
  teamsAppId: z.optional(z.string()),
  /** Locally: where the synthetic demo directory is listed. */
  demoDirectoryUrl: z.optional(z.string()),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

/** Reads and checks `config.json`; a bad document names each field at fault. */
export async function loadRuntimeConfig(fetchFn: typeof fetch, url = 'config.json'): Promise<RuntimeConfig> {
  const response = await fetchFn(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The tab's configuration (${url}) could not be loaded: HTTP ${response.status}.`);
  const body: unknown = await response.json();
  const parsed = runtimeConfigSchema.safeParse(body);
  if (!parsed.success) {
    // zod/mini carries no wording, so zod's English is loaded only when a configuration is at fault, to name each problem.
    const { en } = await import('zod/locales');
    const worded = runtimeConfigSchema.safeParse(body, { error: en().localeError });
    const problems = (worded.error?.issues ?? []).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`The tab's configuration (${url}) is not valid: ${problems.join('; ')}`);
  }
  if (parsed.data.mode === 'microsoft365' && !parsed.data.clientId) {
    throw new Error(`The tab's configuration (${url}) is not valid: clientId is required in microsoft365 mode.`);
  }
  return parsed.data;
}
