/**
 * The plans the app's own services look after: each trust's plan site registered on the Good
 * Practice Hub, so the daily reminders can find every plan and the api can tell which plan a
 * caller speaks for. Only the api writes it, with the app's identity, after verifying the
 * caller's token; it holds ids and codes only, never a name or address that a message would show.
 */
export interface RegisteredPlan {
  /** Graph's site id of the plan (`host,siteCollectionGuid,webGuid`); the registry's key. */
  siteId: string;
  /** The Entra tenant (`tid`) that owns the site, from the registering person's verified token. */
  tenantId: string;
  /** The ODS code the trust publishes case studies under; one plan per code. */
  orgCode: string;
  /** Entra object id of the person who registered it: the weekly digest's fallback recipient. */
  leadId?: string;
  /** The day it was registered, YYYY-MM-DD. */
  registeredOn: string;
}

export interface PlanRegistry {
  /** Every registered plan, oldest first. */
  list(): Promise<RegisteredPlan[]>;
  find(siteId: string): Promise<RegisteredPlan | undefined>;
  /**
   * Registers a plan under its site id. Registering the same site again changes nothing and
   * returns the first registration, however often and however concurrently it is called.
   */
  register(plan: RegisteredPlan): Promise<RegisteredPlan>;
}

/** How one send of a notification ended, as the reminder log records it. */
export type ReminderStatus = 'sending' | 'sent' | 'failed';

/** What a reminder log entry covers: one owner's reminder on one day, or one plan's weekly digest. */
export interface ReminderClaim {
  /** Unique: `<date>:<recipient>:<siteId>` for a reminder, `digest:<monday>:<siteId>` for a digest. */
  key: string;
  kind: 'reminder' | 'digest';
  siteId: string;
  /** The UK date the notification is for, YYYY-MM-DD. */
  day: string;
  recipient: string;
  activityType: string;
  /** The actions it names. */
  actionIds: readonly string[];
}

export type ClaimOutcome =
  /** This run holds the claim and must send, then record how the send ended. */
  | { claimed: true; attempt: number; release: (result: { ok: true } | { ok: false; reason: string }) => Promise<void> }
  /** Someone sent it already (or is sending it now): nothing to do. */
  | { claimed: false; status: ReminderStatus };

/**
 * The record of notifications sent, kept in SharePoint so that reminders are idempotent across
 * runs, processes and machines: an entry is created under its unique key before the send, and a
 * failed send can be claimed again by a later run.
 */
export interface ReminderLog {
  claim(claim: ReminderClaim): Promise<ClaimOutcome>;
}
