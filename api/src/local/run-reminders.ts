import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseUkDate, isIsoDate } from '../../../src/domain/shared';
import { formatRemindersReport, LOCAL_HUB, localGraphAccess } from './local-wiring';
import { runReminders } from '../services/reminders';
import { localGraphOptions } from './graph/settings';
import { localRuntimeConfig, readLocalServerSettings } from './local-config';
import { loadDemoData } from './seed/seed-if-new';
import { createLocalServer } from './server';

const USAGE = `Usage: npm run reminders -- [--now YYYY-MM-DD | --now <ISO date and time>] [--days 7] [--json]

Runs the daily reminders once against the local store: in this process on DATA_DIR (as npm start
would, loading the demo trusts into a new folder), or against a running npm start when GRAPH_URL is
set (e.g. GRAPH_URL=http://127.0.0.1:53000). Notifications go to the local outbox (GET /local/outbox).
Exits 1 when any notification failed.`;

const rootDir = fileURLToPath(new URL('../../..', import.meta.url));

interface Arguments {
  now: Date;
  days: number;
  json: boolean;
}

function parseArguments(argv: readonly string[]): Arguments {
  const args: Arguments = { now: new Date(), days: 7, json: false };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--json') args.json = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === '--now' && value !== undefined) {
      const date = isIsoDate(value) ? value : parseUkDate(value);
      // A date alone means midday on that UK date, which is the same calendar day in London all year.
      args.now = date ? new Date(`${date}T12:00:00Z`) : new Date(value);
      if (Number.isNaN(args.now.getTime())) throw new Error(`--now must be a date such as 2027-01-15; it is "${value}".`);
      index += 1;
    } else if (flag === '--days' && value !== undefined) {
      args.days = Number(value);
      if (!Number.isInteger(args.days) || args.days < 0) throw new Error(`--days must be a whole number; it is "${value}".`);
      index += 1;
    } else {
      throw new Error(`Unknown argument "${flag ?? ''}".\n\n${USAGE}`);
    }
  }
  return args;
}

function graphBase(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return trimmed.endsWith('/v1.0') ? trimmed : `${trimmed}/graph/v1.0`;
}

const nothingToClose = (): Promise<void> => Promise.resolve();

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  let close: () => Promise<void> = nothingToClose;
  let baseUrl: string;
  if (process.env.GRAPH_URL) {
    baseUrl = graphBase(process.env.GRAPH_URL);
  } else {
    const settings = readLocalServerSettings(process.env, process.cwd());
    mkdirSync(settings.dataDir, { recursive: true });
    const server = await createLocalServer({
      distDir: join(rootDir, 'dist'),
      runtimeConfig: localRuntimeConfig(settings),
      graph: localGraphOptions(settings.dataDir, process.env),
    });
    const address = await server.listen({ host: '127.0.0.1', port: 0 });
    close = () => server.close();
    baseUrl = `${address}/graph/v1.0`;
    if ((process.env.SEED ?? 'demo') === 'demo')
      await loadDemoData(baseUrl, { rootDir, dataDir: settings.dataDir, today: new Date(), log: (line) => console.log(line) });
  }
  try {
    const report = await runReminders({
      graph: localGraphAccess(baseUrl),
      hub: LOCAL_HUB,
      now: args.now,
      dueWithinDays: args.days,
      // Links go only to the configured tab address: TAB_URL, else the local tab's My actions page.
      tabUrl: process.env.TAB_URL ?? `${new URL(baseUrl).origin}/#/my-actions`,
    });
    console.log(args.json ? JSON.stringify(report, null, 2) : formatRemindersReport(report));
    return report.failures.length > 0 ? 1 : 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
