import type { CaseStudy } from '../domain/practice';
import { openPracticeLibrary, resolveSite } from '../storage/graph';
import { ForbiddenError, InvalidError, StorageFailure, type PracticeLibrary, type PublishedCaseStudy, type Versioned } from '../storage/ports';
import type { GraphConnection } from './open-storage';

export type PublishViaApi = (caseStudy: CaseStudy) => Promise<void>;

/**
 * Publishing through the api's publish-practice function, which writes to the hub with the app's
 * own rights, for trusts whose people may read the hub but not write to it.
 */
export function publishViaApi(apiBaseUrl: string, getAccessToken: () => Promise<string>): PublishViaApi {
  return async (caseStudy) => {
    const response = await fetch(`${apiBaseUrl}/api/publish-practice`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await getAccessToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(caseStudy),
    });
    if (response.ok) return;
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string; fields?: Record<string, string> } };
    const message = body.error?.message ?? `Publishing failed (HTTP ${response.status}).`;
    if (response.status === 400) throw new InvalidError(message, body.error?.fields ?? {});
    if (response.status === 401 || response.status === 403) throw new ForbiddenError(message);
    throw new StorageFailure(message, response.status);
  };
}

/**
 * Opens the shared library on the hub site. A publish the person may not make directly goes
 * through the api instead, and the published case study is then read back from the library.
 */
export async function openLibrary(connection: GraphConnection, hubSite: string, viaApi: PublishViaApi): Promise<PracticeLibrary> {
  const hub = await resolveSite(connection.client, connection.baseUrl, { siteId: hubSite });
  const library = await openPracticeLibrary(hub);
  return {
    ...library,
    async publish(caseStudy): Promise<Versioned<PublishedCaseStudy>> {
      try {
        return await library.publish(caseStudy);
      } catch (error) {
        if (!(error instanceof ForbiddenError)) throw error;
        await viaApi(caseStudy);
        const published = (await library.list()).find((entry) => entry.value.caseStudy.id === caseStudy.id);
        if (!published) throw new StorageFailure('The case study was sent for publishing but is not in the library yet. Refresh in a moment.');
        return published;
      }
    },
  };
}
