import type { ClaimOutcome, ReminderClaim, ReminderLog, ReminderStatus } from '../ports';
import { ConflictError, StorageError } from '../ports/errors';
import { ensureLists } from './ensure-schema';
import { getItemPage, graphCall, postListItem, type GraphListItem, type GraphSite } from './graph-site';
import type { ListSpec } from './list-schema';
import { readNumber, readText, titleText } from './mappers/field-values';
import { fieldEquals, withQuery } from './odata';

const STATUSES: readonly ReminderStatus[] = ['sending', 'sent', 'failed'];

/**
 * One item per notification the reminders sent or tried to send. `Key` is unique and indexed, so
 * a second create of the same key is refused (409) by SharePoint itself, whichever process tries.
 */
export const REMINDER_LOG_SCHEMA: readonly ListSpec<'reminders'>[] = [
  {
    key: 'reminders',
    displayName: 'Race Equality Reminders',
    description: 'Reminders and weekly digests sent to action owners and leads: one item per recipient per day.',
    columns: [
      { name: 'Key', kind: 'text', indexed: true, unique: true },
      { name: 'Kind', kind: 'choice', choices: ['reminder', 'digest'] },
      { name: 'SiteId', kind: 'text', indexed: true },
      { name: 'Day', kind: 'date', indexed: true },
      { name: 'Recipient', kind: 'text' },
      { name: 'ActivityType', kind: 'text' },
      { name: 'ActionIds', kind: 'text', multiline: true },
      { name: 'Status', kind: 'choice', choices: STATUSES, indexed: true },
      { name: 'Attempts', kind: 'number' },
      { name: 'ClaimId', kind: 'text' },
      { name: 'Error', kind: 'text', multiline: true },
      { name: 'SentAt', kind: 'dateTime' },
    ],
  },
];

const FIELDS = ['Title', ...(REMINDER_LOG_SCHEMA[0]?.columns.map((column) => column.name) ?? [])];
const MAX_ERROR_LENGTH = 2000;

function statusOf(item: GraphListItem): ReminderStatus {
  const status = readText(item.fields?.Status);
  return STATUSES.find((known) => known === status) ?? 'sending';
}

export interface ReminderLogOptions {
  createMissing?: boolean;
  /** A fresh id per claim (injected in tests; `crypto.randomUUID` otherwise). */
  newId?: () => string;
  /** The clock for SentAt. */
  now?: () => Date;
}

/** The reminder log in the hub's "Race Equality Reminders" list. */
export async function openReminderLog(hub: GraphSite, options: ReminderLogOptions = {}): Promise<ReminderLog> {
  const { listIds } = await ensureLists(hub, REMINDER_LOG_SCHEMA, undefined, options.createMissing ?? true);
  const items = `/sites/${encodeURIComponent(hub.siteId)}/lists/${encodeURIComponent(listIds.reminders)}/items`;
  const expand = `fields(select=${FIELDS.join(',')})`;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = options.now ?? (() => new Date());

  async function find(key: string): Promise<GraphListItem | undefined> {
    const path = withQuery(items, { expand, $filter: fieldEquals('Key', key), $top: 1 });
    return (await getItemPage(hub, path)).value?.[0];
  }

  function held(itemId: string, attempt: number): ClaimOutcome {
    return {
      claimed: true,
      attempt,
      async release(result) {
        const fields = result.ok
          ? { Status: 'sent', SentAt: now().toISOString(), Error: '' }
          : { Status: 'failed', Error: result.reason.slice(0, MAX_ERROR_LENGTH) };
        await graphCall(() => hub.client.api(`${items}/${itemId}/fields`).patch(fields));
      },
    };
  }

  /** A failed send may be tried again: whoever changes it back to "sending" first (If-Match) holds it. */
  async function reclaim(item: GraphListItem): Promise<ClaimOutcome> {
    const status = statusOf(item);
    if (status !== 'failed' || !item.eTag) return { claimed: false, status };
    const attempt = (readNumber(item.fields?.Attempts) ?? 1) + 1;
    try {
      await graphCall(() =>
        hub.client.api(`${items}/${item.id}/fields`).header('If-Match', item.eTag ?? '*').patch({ Status: 'sending', Attempts: attempt, ClaimId: newId(), Error: '' }),
      );
    } catch (error) {
      if (error instanceof ConflictError) return { claimed: false, status: 'sending' };
      throw error;
    }
    return held(item.id, attempt);
  }

  return {
    async claim(claim: ReminderClaim) {
      const claimId = newId();
      const fields = {
        Title: titleText(`${claim.kind === 'digest' ? 'Weekly digest' : 'Reminder'} for ${claim.recipient} on ${claim.day}`),
        Key: claim.key,
        Kind: claim.kind,
        SiteId: claim.siteId,
        Day: claim.day,
        Recipient: claim.recipient,
        ActivityType: claim.activityType,
        ActionIds: JSON.stringify(claim.actionIds),
        Status: 'sending',
        Attempts: 1,
        ClaimId: claimId,
      };
      try {
        const created = await postListItem(hub, items, fields);
        return held(created.id, 1);
      } catch (error) {
        // 409: the key is taken, so someone created it first. 5xx or offline: perhaps created by this very
        // request, which its ClaimId tells apart from somebody else's.
        const unsure = error instanceof StorageError && (error.kind === 'failed' || error.kind === 'offline');
        if (!unsure) throw error;
        const existing = await find(claim.key);
        if (!existing) throw error;
        if (readText(existing.fields?.ClaimId) === claimId && statusOf(existing) === 'sending') return held(existing.id, 1);
        return reclaim(existing);
      }
    },
  };
}
