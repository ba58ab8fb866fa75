import { app, type InvocationContext, type Timer } from '@azure/functions';
import { functionServices, type FunctionServices } from '../services/function-config';
import { runReminders, type RemindersReport } from '../services/reminders';

/**
 * The daily reminders, at 07:00 (UTC unless the Function App sets WEBSITE_TIME_ZONE to
 * Europe/London): owners of due and overdue actions, and the leads' weekly digest on Mondays.
 * A run with failures throws after logging them, so the host records it as failed. `services`
 * are the Function App's own (managed identity) unless a test gives others.
 */
export async function remindersHandler(
  _timer: Timer,
  context: InvocationContext,
  now: Date = new Date(),
  services: FunctionServices = functionServices(),
): Promise<RemindersReport> {
  const report = await runReminders({
    graph: services.graph,
    hub: services.hub,
    now,
    ...(services.teamsAppId ? { teamsAppId: services.teamsAppId } : {}),
    ...(services.tabUrl ? { tabUrl: services.tabUrl } : {}),
  });
  context.log(
    `Reminders for ${report.date}: ${report.plansProcessed} plan(s), ${report.notificationsSent} sent, ${report.skipped.length} already sent, ${report.failures.length} failed.`,
  );
  for (const failure of report.failures) context.error(`${failure.orgName ?? 'plan'}${failure.recipient ? ` → ${failure.recipient}` : ''}: ${failure.reason}`);
  if (report.failures.length > 0) throw new Error(`${report.failures.length} reminder(s) failed; the next run tries them again.`);
  return report;
}

app.timer('reminders', { schedule: '0 0 7 * * *', handler: (timer, context) => remindersHandler(timer, context).then(() => undefined) });
