/**
 * The local SharePoint-lists store at 1,000, 10,000 and 50,000 items: the app's own actions list
 * (its real columns, from list-schema.ts), served over HTTP by a listening server on 127.0.0.1, as
 * the tab reaches it. At each size it times, through Graph's REST calls:
 * - creates/s: sequential POSTs of new actions, each checked for a unique ActionId;
 * - a page: `expand=fields&$top=200`, the first page and one from the middle of the list;
 * - the whole list, as the tab loads it: its delta feed with the tab's `$select`, in `$top=5000` pages
 *   followed to the last `@odata.nextLink`;
 * - a lookup by key: `$filter=fields/ActionId eq '…'&$top=1`;
 * - a filter on a choice column: `$filter=fields/Status eq 'At risk'&$top=200` (a fifth of the list).
 * The list is filled to each size straight through the store's own create (the code a POST runs,
 * without HTTP) to keep the run short; that rate is shown too. The database uses `synchronous=NORMAL`,
 * so the figures are the store's work, not the disk's fsync (npm start uses FULL).
 * BENCH_STORE_SIZES=1000,10000 runs other sizes.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { GRAPH_MAX_PARAM_LENGTH, registerLocalGraph } from '../api/src/local/graph';
import { createItem } from '../api/src/local/graph/items';
import { listContext } from '../api/src/local/graph/lists';
import { findSite } from '../api/src/local/graph/sites';
import { demoDirectory } from '../api/src/local/demo-directory';
import { ACTION_PRIORITIES } from '../src/domain/plan';
import { ACTION_STATUSES } from '../src/domain/plan/status';
import { columnDefinition, listSpec } from '../src/storage/graph/list-schema';
import { withQuery } from '../src/storage/graph/odata';
import { deltaQuery } from '../src/storage/graph/plan-context';

const DEFAULT_SIZES = [1_000, 10_000, 50_000];
const HTTP_CREATES = 200;
const LOOKUPS = 50;
const PAGE_READS = 20;
const LEAD = 'lead@demo-trust.example';

const sizes = (process.env.BENCH_STORE_SIZES ?? '')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

/** A synthetic action's fields: no real people; item n is the same in every run. */
function actionFields(n: number): Record<string, unknown> {
  return {
    Title: `Synthetic action ${n}: reverse mentoring for band ${5 + (n % 4)} managers`,
    ActionId: `bench-${String(n).padStart(7, '0')}`,
    Description: 'A synthetic action for the local store benchmark. '.repeat(3),
    'Indicators@odata.type': 'Collection(Edm.String)',
    Indicators: [String(1 + (n % 9))],
    OwnerId: `owner-${n % 40}`,
    OwnerName: `Owner ${n % 40}`,
    OwnerEmail: `owner${n % 40}@demo-trust.example`,
    DueDate: `2026-${String(1 + (n % 12)).padStart(2, '0')}-15`,
    Status: ACTION_STATUSES[n % 5],
    Priority: ACTION_PRIORITIES[n % 3],
    MeasureOfSuccess: 'Fewer formal cases for BME staff',
    Baseline: '1.6 times as likely',
    Target: 'Parity by 2027',
    PlanYear: '2026/27',
  };
}

const median = (values: readonly number[]): number => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const grouped = (n: number): string => Math.round(n).toLocaleString('en-GB');

/** Milliseconds one call takes. */
const timed = async (run: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

export async function runLocalStoreBench(): Promise<void> {
  const folder = join(process.cwd(), 'bench', '.work');
  mkdirSync(folder, { recursive: true });
  const databaseFile = join(folder, 'local-store-bench.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });

  const app = Fastify({ logger: false, routerOptions: { maxParamLength: GRAPH_MAX_PARAM_LENGTH } });
  const store = await registerLocalGraph(app, { databaseFile, synchronous: 'NORMAL' });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `${address}/graph/v1.0`;
  const headers = { authorization: `Bearer local:${LEAD}`, 'content-type': 'application/json' };
  const call = async (method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const response = await fetch(path.startsWith('http') ? path : `${base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  try {
    const spec = listSpec('actions');
    const list = await call('POST', '/sites/root/lists', {
      displayName: spec.displayName,
      columns: spec.columns.map(columnDefinition),
      list: { template: 'genericList' },
    });
    const items = `/sites/root/lists/${String(list.id)}/items`;
    const context = listContext(store.db, findSite(store.db, 'root'), String(list.id));
    const lead = demoDirectory.find((person) => person.email === LEAD);
    if (!lead) throw new Error('the demo lead is missing');

    const lines = [
      'Local SharePoint-lists store (SQLite), the actions list over HTTP on 127.0.0.1',
      '     items   fill/s  creates/s  first page  mid page  whole list (pages)  lookup by key  filter by status',
    ];
    let count = 0;
    for (const size of (sizes.length > 0 ? sizes : DEFAULT_SIZES).toSorted((a, b) => a - b)) {
      const fillStarted = performance.now();
      const filled = size - count;
      for (; count < size - HTTP_CREATES; count += 1) createItem(store.db, context, { fields: actionFields(count + 1) }, lead);
      const fillRate = (filled - HTTP_CREATES) / ((performance.now() - fillStarted) / 1000);

      const createStarted = performance.now();
      for (; count < size; count += 1) await call('POST', items, { fields: actionFields(count + 1) });
      const createRate = HTTP_CREATES / ((performance.now() - createStarted) / 1000);

      const firstPage: number[] = [];
      const midPage: number[] = [];
      const mid = await call('GET', `${items}?$select=id&$top=${Math.floor(size / 2)}`);
      const midLink = String(mid['@odata.nextLink'] ?? '').replace(/\$top=\d+/, '$top=200') + '&expand=fields';
      for (let run = 0; run < PAGE_READS; run += 1) {
        firstPage.push(await timed(() => call('GET', `${items}?expand=fields&$top=200`)));
        midPage.push(await timed(() => call('GET', midLink)));
      }

      let pages = 0;
      const whole = await timed(async () => {
        let link: string | undefined = withQuery(`${items}/delta`, deltaQuery('actions', 5000));
        let read = 0;
        while (link) {
          const page = await call('GET', link);
          read += (page.value as unknown[]).length;
          pages += 1;
          link = typeof page['@odata.nextLink'] === 'string' ? page['@odata.nextLink'] : undefined;
        }
        if (read !== size) throw new Error(`read ${read} of ${size} items`);
      });

      const lookups: number[] = [];
      for (let run = 0; run < LOOKUPS; run += 1) {
        const key = `bench-${String(1 + ((run * 7919) % size)).padStart(7, '0')}`;
        lookups.push(
          await timed(async () => {
            const found = await call('GET', `${items}?expand=fields&$filter=${encodeURIComponent(`fields/ActionId eq '${key}'`)}&$top=1`);
            if ((found.value as unknown[]).length !== 1) throw new Error(`${key} not found`);
          }),
        );
      }
      const filters: number[] = [];
      for (let run = 0; run < PAGE_READS; run += 1) {
        filters.push(await timed(() => call('GET', `${items}?expand=fields&$filter=${encodeURIComponent("fields/Status eq 'At risk'")}&$top=200`)));
      }

      lines.push(
        [
          grouped(size).padStart(10),
          grouped(fillRate).padStart(8),
          grouped(createRate).padStart(10),
          ms(median(firstPage)).padStart(11),
          ms(median(midPage)).padStart(9),
          `${ms(whole)} (${pages})`.padStart(19),
          ms(median(lookups)).padStart(14),
          ms(median(filters)).padStart(17),
        ].join(' '),
      );
    }
    lines.push(
      `  note     medians of ${PAGE_READS} page reads, ${LOOKUPS} lookups and ${PAGE_READS} filters; creates/s over ${HTTP_CREATES} sequential POSTs at each size; pages of 200 with fields`,
    );
    console.log(lines.join('\n'));
  } finally {
    await app.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
  }
}
