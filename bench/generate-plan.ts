/**
 * A demo plan with a given number of actions, for the plan-size benchmark: the demo trust as
 * `npm start` seeds it (three WRES years, an EDS review and its 25 actions), then copies of those
 * actions, each with its own ActionId and numbered title, until the plan holds the number asked for.
 *
 * The copies go in through the local store's own create (`createItem`: the validation, unique-value
 * check, version snapshot and change number a POST through the local Graph API runs), straight into
 * the data folder's SQLite file with the server stopped. Posting 50,000 items through HTTP `$batch`
 * took 11 minutes; this takes seconds and stores the same rows. The folder is kept in
 * bench/.work/plan-N-actions/ and reused by later runs; delete it to generate it afresh.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDemoPerson } from '../api/src/local/demo-directory';
import { isMultiChoice } from '../api/src/local/graph/column-definitions';
import type { FieldValues } from '../api/src/local/graph/column-validation';
import { openGraphDatabase } from '../api/src/local/graph/database';
import { createItem } from '../api/src/local/graph/items';
import { listContext } from '../api/src/local/graph/lists';
import { DEMO_TRUST_SITE_ID, findSite } from '../api/src/local/graph/sites';
import { listSpec } from '../src/storage/graph/list-schema';
import { startLocalServer } from '../test/support/local-server';

const LEAD = 'lead@demo-trust.example';
/** Rows written per transaction: one commit (and one fsync) per thousand, not per row. */
const ROWS_PER_COMMIT = 1_000;
const DONE_FILE = 'generated.json';

/** A fixed, valid version-4 UUID for copy `n`, so a generated plan is the same on every machine. */
const copyId = (n: number): string => `0b3e5c1a-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The data folder of a demo plan with `actions` actions, generated on first use. */
export async function generatedPlan(actions: number): Promise<string> {
  const folder = join(process.cwd(), 'bench', '.work', `plan-${actions}-actions`);
  const done = join(folder, DONE_FILE);
  if (existsSync(done) && (JSON.parse(readFileSync(done, 'utf8')) as { actions?: number }).actions === actions) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });

  // The demo trust, seeded by `npm start` itself on a new data folder.
  const server = await startLocalServer({ TAB_BUILD: 'skip' }, folder);
  const code = await server.stop();
  if (code !== 0) throw new Error(`The server seeding ${folder} stopped with code ${code}:\n${server.output()}`);

  const db = openGraphDatabase(join(folder, 'graph.sqlite'));
  try {
    const lead = findDemoPerson(LEAD);
    if (!lead) throw new Error(`The demo directory has no ${LEAD}.`);
    const context = listContext(db, findSite(db, DEMO_TRUST_SITE_ID), listSpec('actions').displayName);
    const seeded = (db.prepare('SELECT fields FROM items WHERE list_id = ? ORDER BY id').all(context.list.id) as { fields: string }[]).map(
      (row) => JSON.parse(row.fields) as FieldValues,
    );
    if (seeded.length === 0 || seeded.length > actions) throw new Error(`The demo plan has ${seeded.length} actions; ${actions} were asked for.`);
    const multiChoice = context.columns.filter(isMultiChoice).map((column) => column.name);
    // The body a POST would send: the seeded action's fields, with the type annotation Graph asks
    // for on multi-choice values, a new ActionId, and a numbered title so copies can be told apart.
    const body = (n: number): { fields: Record<string, unknown> } => {
      const from = seeded[n % seeded.length] as FieldValues;
      const fields: Record<string, unknown> = { ...from, ActionId: copyId(n), Title: `${String(from.Title)} (${n + 1})` };
      for (const name of multiChoice) if (Array.isArray(from[name])) fields[`${name}@odata.type`] = 'Collection(Edm.String)';
      return { fields };
    };
    const writeRows = db.transaction((from: number, to: number) => {
      for (let n = from; n < to; n += 1) createItem(db, context, body(n), lead);
    });
    for (let from = seeded.length; from < actions; from += ROWS_PER_COMMIT) writeRows(from, Math.min(actions, from + ROWS_PER_COMMIT));
    const stored = (db.prepare('SELECT COUNT(*) AS count FROM items WHERE list_id = ?').get(context.list.id) as { count: number }).count;
    if (stored !== actions) throw new Error(`The generated plan holds ${stored} actions, not ${actions}.`);
  } finally {
    db.close();
  }
  writeFileSync(done, JSON.stringify({ actions }));
  return folder;
}
