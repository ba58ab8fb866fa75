import { dueState, type Action } from '../../../src/domain/plan';
import { createGraphClient, openGraphPlanStorage, resolveSite } from '../../../src/storage/graph';
import { SECOND_DEMO_TRUST_SITE_ID } from '../../../api/src/local/graph/sites';
import type { RunningServer } from '../../support/local-server';

export interface OutboxEntry {
  recipient: { id: string; email: string };
  activityType: string;
  previewText: string | null;
  templateParameters: { name: string; value: string }[];
  topic: { source: string; value: string; webUrl?: string };
  sender: { email: string };
}

/** What the app's identity sent (the outbox shows a caller only what was sent to or by them). */
export async function readOutbox(server: { url: string }): Promise<OutboxEntry[]> {
  const response = await fetch(`${server.url}/local/outbox`, { headers: { authorization: 'Bearer local:reminders@service.example' } });
  return ((await response.json()) as { value: OutboxEntry[] }).value;
}

/** Both demo plans' actions, read as each trust's own lead. */
export async function demoPlans(server: RunningServer): Promise<{ demo: Action[]; second: Action[] }> {
  const baseUrl = `${server.url}/graph/v1.0`;
  const open = async (email: string, locator: { root: true } | { siteId: string }): Promise<Action[]> => {
    const client = createGraphClient({ baseUrl, getAccessToken: () => Promise.resolve(`local:${email}`) });
    const { storage } = await openGraphPlanStorage(await resolveSite(client, baseUrl, locator), { createMissing: false });
    return (await storage.load()).actions.map((action) => action.value);
  };
  return {
    demo: await open('lead@demo-trust.example', { root: true }),
    second: await open('lead@second-trust.example', { siteId: SECOND_DEMO_TRUST_SITE_ID }),
  };
}

/** The owners (Entra object ids) with an overdue action or one due within `days` on `today`. */
export function ownersToRemind(actions: readonly Action[], today: string, days = 7): string[] {
  const owners = actions.filter((action) => ['overdue', 'due-soon'].includes(dueState(action, today, days))).map((action) => action.owner.id);
  return [...new Set(owners)].toSorted();
}
