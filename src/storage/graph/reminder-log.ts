import type { ClaimOutcome, ReminderClaim, ReminderLog, ReminderStatus } from '../ports';
import { ConflictError } from '../ports/errors';
import type { GraphListItem, GraphSite } from './graph-site';
import { openHubList } from './graph-list';
import type { ListSpec } from './list-schema';
import { readNumber, readText, titleText } from './mappers/field-values';

const STATUSES: readonly ReminderStatus[] = ['sending', 'sent', 'failed'];

/**
 * One item per notification the reminders sent or tried to send. `Key` is unique and indexed, so
 * a second create of the same key is refused (409) by SharePoint itself, whichever process tries.
 */
const REMINDERS: ListSpec<'reminders'> = {
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
};

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
  const reminders = await openHubList(hub, REMINDERS, options.createMissing ?? true);
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = options.now ?? (() => new Date());

  function held(itemId: string, attempt: number): ClaimOutcome {
    return {
      claimed: true,
      attempt,
      async release(result) {
        const fields = result.ok
          ? { Status: 'sent', SentAt: now().toISOString(), Error: '' }
          : { Status: 'failed', Error: result.reason.slice(0, MAX_ERROR_LENGTH) };
        await reminders.patch(itemId, fields);
      },
    };
  }

  /** A failed send may be tried again: whoever changes it back to "sending" first (If-Match) holds it. */
  async function reclaim(item: GraphListItem): Promise<ClaimOutcome> {
    const status = statusOf(item);
    if (status !== 'failed' || !item.eTag) return { claimed: false, status };
    const attempt = (readNumber(item.fields?.Attempts) ?? 1) + 1;
    try {
      await reminders.patch(item.id, { Status: 'sending', Attempts: attempt, ClaimId: newId(), Error: '' }, item.eTag);
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
      // 409: the key is taken, so someone created it first. 5xx or offline: perhaps created by this very
      // request, which its ClaimId tells apart from somebody else's.
      const { item, created } = await reminders.createOrFind(fields, { column: 'Key', value: claim.key });
      if (created || (readText(item.fields?.ClaimId) === claimId && statusOf(item) === 'sending')) return held(item.id, 1);
      return reclaim(item);
    },
  };
}
