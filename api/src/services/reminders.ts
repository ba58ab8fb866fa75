import { dueState, type Action } from '../../../src/domain/plan';
import { daysBetween, londonDate, type IsoDate } from '../../../src/domain/shared';
import { openGraphPlanStorage, openPlanRegistry, openReminderLog, type SiteLocator } from '../../../src/storage/graph';
import type { ReminderClaim, ReminderLog, RegisteredPlan } from '../../../src/storage/ports';
import { activityNotification, graphActivitySender, type ActivityNotification, type ActivitySender, type ActivityType } from './activity';
import { appClient, appSite, reasonOf, type GraphAccess } from './graph-access';

export const DEFAULT_REMINDER_DAYS = 7;

export interface RemindersOptions {
  graph: GraphAccess;
  /** The Good Practice Hub: its "Registered Plans" list names the plans, and its "Race Equality Reminders" list is the log. */
  hub: SiteLocator;
  /** The moment of the run; the UK calendar date of it decides what is due and overdue. */
  now: Date;
  /** Actions due within this many days (and not yet overdue) count as due soon. */
  dueWithinDays?: number;
  /** The Teams app id (TEAMS_APP_ID): notifications then open the personal "My actions" tab by deep link. */
  teamsAppId?: string;
  /**
   * The tab's configured web address (TAB_URL), where no Teams app id is known. Every link a
   * notification carries is built from one of these two settings, never from the register or a
   * plan, so no trust can point another's notifications elsewhere; with neither, nothing is sent.
   */
  tabUrl?: string;
  /** How notifications go out; Graph's sendActivityNotification with the app's token by default. */
  send?: ActivitySender;
}

export interface NotificationRecord {
  siteId: string;
  /** The trust's name as its own plan's settings give it (read with the app's identity), if they do. */
  orgName?: string;
  recipient: string;
  activityType: ActivityType;
  actionIds: string[];
}

export interface SkippedRecord extends NotificationRecord {
  /** `already-sent`: sent earlier today (or this week, for a digest); `in-progress`: another run holds it. */
  reason: 'already-sent' | 'in-progress';
}

export interface FailureRecord {
  siteId?: string;
  orgName?: string;
  recipient?: string;
  activityType?: ActivityType;
  reason: string;
}

export interface RemindersReport {
  /** The UK date the run was for. */
  date: IsoDate;
  /** Whether it was a Monday, when leads get their weekly digest. */
  digestDay: boolean;
  plansProcessed: number;
  notificationsSent: number;
  sent: NotificationRecord[];
  skipped: SkippedRecord[];
  failures: FailureRecord[];
}

/** A Monday (UK calendar), for working out the day of the week without time zones. */
const KNOWN_MONDAY = '2024-01-01';

export function isMonday(date: IsoDate): boolean {
  return ((daysBetween(KNOWN_MONDAY, date) % 7) + 7) % 7 === 0;
}

interface OwnerReminder {
  recipient: string;
  ownerName: string;
  overdue: Action[];
  dueSoon: Action[];
}

/** Each owner's overdue and due-soon actions, overdue first, earliest due first. */
export function remindersByOwner(actions: readonly Action[], today: IsoDate, dueWithinDays: number): OwnerReminder[] {
  const byOwner = new Map<string, OwnerReminder>();
  const byDue = actions.toSorted((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
  for (const action of byDue) {
    const state = dueState(action, today, dueWithinDays);
    if (state !== 'overdue' && state !== 'due-soon') continue;
    const recipient = action.owner.id || action.owner.email || '';
    if (recipient === '') continue;
    const entry = byOwner.get(recipient) ?? { recipient, ownerName: action.owner.name, overdue: [], dueSoon: [] };
    (state === 'overdue' ? entry.overdue : entry.dueSoon).push(action);
    byOwner.set(recipient, entry);
  }
  return [...byOwner.values()];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The owner's notification: `actionOverdue` if any of theirs is overdue, else `actionDueSoon`. */
export function ownerNotification(
  owner: OwnerReminder,
  dueWithinDays: number,
  topic: { value: string; webUrl: string },
  teamsAppId?: string,
): ActivityNotification {
  const all = [...owner.overdue, ...owner.dueSoon];
  const first = all[0]?.title ?? '';
  const title = all.length > 1 ? `${first} (and ${plural(all.length - 1, 'other', 'others')})` : first;
  const parts = [
    ...(owner.overdue.length > 0 ? [`${owner.overdue.length} overdue`] : []),
    ...(owner.dueSoon.length > 0 ? [`${owner.dueSoon.length} due within ${plural(dueWithinDays, 'day', 'days')}`] : []),
  ];
  const preview = `${plural(all.length, 'action needs', 'actions need')} you (${parts.join(', ')}): ${first}`;
  return activityNotification(owner.overdue.length > 0 ? 'actionOverdue' : 'actionDueSoon', { actionTitle: title }, preview, topic, teamsAppId);
}

interface RunContext {
  options: RemindersOptions;
  today: IsoDate;
  dueWithinDays: number;
  log: ReminderLog;
  send: ActivitySender;
  report: RemindersReport;
}

/** Claims, sends and records one notification; what happened goes in the report. */
async function deliver(run: RunContext, claim: ReminderClaim, notification: ActivityNotification, orgName: string | undefined): Promise<void> {
  const record: NotificationRecord = {
    siteId: claim.siteId,
    ...(orgName ? { orgName } : {}),
    recipient: claim.recipient,
    activityType: notification.activityType,
    actionIds: [...claim.actionIds],
  };
  let outcome;
  try {
    outcome = await run.log.claim(claim);
  } catch (error) {
    run.report.failures.push({ ...record, reason: `Could not record the notification before sending it: ${reasonOf(error)}` });
    return;
  }
  if (!outcome.claimed) {
    run.report.skipped.push({ ...record, reason: outcome.status === 'sent' ? 'already-sent' : 'in-progress' });
    return;
  }
  try {
    await run.send(claim.recipient, notification);
  } catch (error) {
    const reason = `Sending to ${claim.recipient} failed: ${reasonOf(error)}`;
    run.report.failures.push({ ...record, reason });
    await outcome.release({ ok: false, reason }).catch((releaseError: unknown) => {
      run.report.failures.push({ ...record, reason: `Could not record the failed send: ${reasonOf(releaseError)}` });
    });
    return;
  }
  run.report.sent.push(record);
  // Sent but not recorded as sent: the entry stays "sending", so no later run sends it again.
  await outcome.release({ ok: true }).catch((releaseError: unknown) => {
    run.report.failures.push({ ...record, reason: `Sent, but could not record it as sent: ${reasonOf(releaseError)}` });
  });
}

/** The tab's page for a person's own actions, which the weekly digest opens; also the personal tab's entity id (appPackage/manifest.json). */
const MY_ACTIONS = '/my-actions';

/** The tab's page for one action. */
export const actionRoute = (actionId: string): string => `/actions/${encodeURIComponent(actionId)}`;

/**
 * The configured address of one page of the tab (`/actions/<id>`, `/my-actions`), or undefined when
 * neither setting is there. With a Teams app id it is a deep link to the personal "My actions" tab
 * whose sub-page is that page (the tab opens it: src/app/links.ts, initialRouteFrom); otherwise it
 * is the tab's address (TAB_URL) with the page as its hash route.
 */
export function configuredTabLink(options: Pick<RemindersOptions, 'teamsAppId' | 'tabUrl'>, route: string = MY_ACTIONS): string | undefined {
  if (options.teamsAppId) {
    const tab = `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.teamsAppId)}/${MY_ACTIONS.slice(1)}`;
    return route === MY_ACTIONS ? tab : `${tab}?${new URLSearchParams({ context: JSON.stringify({ subEntityId: route }) }).toString()}`;
  }
  return options.tabUrl ? `${options.tabUrl.split('#')[0] ?? ''}#${route}` : undefined;
}

function topicFor(webUrl: string, orgName: string | undefined): { value: string; webUrl: string } {
  return { value: orgName ? `Race equality plan: ${orgName}` : 'Race equality plan', webUrl };
}

async function remindPlan(run: RunContext, plan: RegisteredPlan): Promise<void> {
  const site = await appSite(run.options.graph, { siteId: plan.siteId });
  // The app never creates a trust's lists: a plan not yet set up is reported, not provisioned.
  const { storage } = await openGraphPlanStorage(site, { createMissing: false });
  const snapshot = await storage.load();
  const actions = snapshot.actions.map((action) => action.value);
  const owners = remindersByOwner(actions, run.today, run.dueWithinDays);
  // The name comes from the trust's own plan, read with the app's identity; without one, none is given.
  const orgName = snapshot.settings.organisationName?.trim() || undefined;
  const link = (route?: string): string => configuredTabLink(run.options, route) ?? '';
  run.report.plansProcessed += 1;

  for (const owner of owners) {
    // The notification names the owner's most pressing action, and opens it.
    const first = owner.overdue[0] ?? owner.dueSoon[0];
    const topic = topicFor(link(first ? actionRoute(first.id) : undefined), orgName);
    const notification = ownerNotification(owner, run.dueWithinDays, topic, run.options.teamsAppId);
    const claim: ReminderClaim = {
      key: `${run.today}:${owner.recipient}:${plan.siteId}`,
      kind: 'reminder',
      siteId: plan.siteId,
      day: run.today,
      recipient: owner.recipient,
      activityType: notification.activityType,
      actionIds: [...owner.overdue, ...owner.dueSoon].map((action) => action.id),
    };
    await deliver(run, claim, notification, orgName);
  }

  if (!run.report.digestDay) return;
  const lead = snapshot.settings.leadEmail || plan.leadId;
  if (!lead) {
    run.report.failures.push({
      siteId: plan.siteId,
      ...(orgName ? { orgName } : {}),
      activityType: 'weeklyDigest',
      reason: `${orgName ?? `The plan on ${plan.siteId}`} names no lead for the weekly digest.`,
    });
    return;
  }
  const overdue = owners.flatMap((owner) => owner.overdue);
  const dueSoon = owners.flatMap((owner) => owner.dueSoon);
  const open = actions.filter((action) => action.status !== 'Completed').length;
  const preview = `${orgName ?? 'Your plan'}: ${overdue.length} overdue, ${dueSoon.length} due within ${plural(run.dueWithinDays, 'day', 'days')}, ${open} open of ${actions.length} actions`;
  const notification = activityNotification(
    'weeklyDigest',
    { dueSoonCount: String(dueSoon.length), overdueCount: String(overdue.length) },
    preview,
    topicFor(link(), orgName),
    run.options.teamsAppId,
  );
  await deliver(
    run,
    {
      key: `digest:${run.today}:${plan.siteId}`,
      kind: 'digest',
      siteId: plan.siteId,
      day: run.today,
      recipient: lead,
      activityType: 'weeklyDigest',
      actionIds: [...overdue, ...dueSoon].map((action) => action.id),
    },
    notification,
    orgName,
  );
}

/**
 * The daily reminders. For each plan registered with the hub: every owner of an overdue action or
 * one due within `dueWithinDays` (UK dates) gets one activity-feed notification for the day, and on
 * Mondays the plan's lead gets the weekly digest. Each notification is first recorded under its
 * unique key in the hub's reminder log, so a second run, on any machine, sends nothing twice; a
 * send that failed is tried again by the next run.
 */
export async function runReminders(options: RemindersOptions): Promise<RemindersReport> {
  const today = londonDate(options.now);
  const report: RemindersReport = { date: today, digestDay: isMonday(today), plansProcessed: 0, notificationsSent: 0, sent: [], skipped: [], failures: [] };
  if (configuredTabLink(options) === undefined) {
    report.failures.push({
      reason:
        "Neither TEAMS_APP_ID nor TAB_URL is set, so a notification would have nowhere to link: set one in the Function App's settings. Nothing was sent.",
    });
    return report;
  }
  const hub = await appSite(options.graph, options.hub);
  const registry = await openPlanRegistry(hub);
  const log = await openReminderLog(hub);
  const run: RunContext = {
    options,
    today,
    dueWithinDays: options.dueWithinDays ?? DEFAULT_REMINDER_DAYS,
    log,
    send: options.send ?? graphActivitySender(appClient(options.graph)),
    report,
  };
  for (const plan of await registry.list()) {
    try {
      await remindPlan(run, plan);
    } catch (error) {
      report.failures.push({ siteId: plan.siteId, reason: `Could not read the plan on site ${plan.siteId}: ${reasonOf(error)}` });
    }
  }
  report.notificationsSent = report.sent.length;
  return report;
}
