import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RemindersReport } from '../../../api/src/services/reminders';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { demoPlans, ownersToRemind, readOutbox } from './support';

const DATE = '2027-01-15';
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
});

function runScript(dataDir: string): { status: number | null; report: RemindersReport; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', 'reminders', '--', '--now', DATE, '--json'], {
    cwd: process.cwd(),
    env: { ...process.env, DATA_DIR: dataDir, TAB_BUILD: 'skip' },
    encoding: 'utf8',
    timeout: 90000,
  });
  return { status: result.status, report: JSON.parse(result.stdout) as RemindersReport, stderr: result.stderr };
}

test('npm run reminders -- --now <date> notifies each owner of a due or overdue action exactly once for that date; a second run for the same date sends nothing', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'race-equality-reminders-'));

  const first = runScript(dataDir);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.report).toMatchObject({ date: DATE, digestDay: false, plansProcessed: 2, failures: [] });

  const second = runScript(dataDir);
  expect(second.status).toBe(0);
  expect(second.report.notificationsSent).toBe(0);
  expect(second.report.sent).toEqual([]);
  expect(second.report.skipped).toHaveLength(first.report.notificationsSent);
  expect(second.report.skipped.every((entry) => entry.reason === 'already-sent')).toBe(true);

  // What reached the outbox, read from the store the script left behind.
  server = await startLocalServer({ REMINDERS: 'off' }, dataDir);
  const outbox = await readOutbox(server);
  const { demo, second: secondTrust } = await demoPlans(server);
  const expected = [...ownersToRemind(demo, DATE), ...ownersToRemind(secondTrust, DATE)].toSorted();
  expect(expected.length).toBeGreaterThanOrEqual(6);
  expect(outbox.map((entry) => entry.recipient.id).toSorted()).toEqual(expected);
  expect(first.report.notificationsSent).toBe(expected.length);
  for (const entry of outbox) {
    expect(['actionOverdue', 'actionDueSoon']).toContain(entry.activityType);
    expect(entry.sender.email).toBe('reminders@service.example');
    expect(entry.topic.source).toBe('text');
  }
}, 240000);
