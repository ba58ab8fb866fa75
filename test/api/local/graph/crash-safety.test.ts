import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');
const auth = { authorization: 'Bearer local:lead@demo-trust.example' };

/** Starts `npm start`'s entry point on a free port over `dataDir`, resolving with its base URL. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/local/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SEED: 'none', TAB_BUILD: 'skip' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveStart, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 20000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveStart({ child, base: `${match[1]}/graph/v1.0` });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    child.on('exit', () => resolveExit());
    child.kill('SIGKILL');
  });
}

let dataDir: string;
let running: ChildProcess | undefined;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'local-graph-crash-'));
});
afterAll(() => {
  if (running && running.exitCode === null) running.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

test('SIGKILL during a stream of writes loses no acknowledged write', async () => {
  const first = await startServer(dataDir);
  running = first.child;
  const list = await fetch(`${first.base}/sites/root/lists`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: 'Actions', columns: [{ name: 'ActionId', text: {}, indexed: true, enforceUniqueValues: true }] }),
  });
  expect(list.status).toBe(201);
  const { id: listId } = (await list.json()) as { id: string };

  const acknowledged: string[] = [];
  const updated = new Map<string, string>();
  // Set from outside the writers' loops once the server is killed.
  const control = { stop: false };
  const writer = async (lane: number): Promise<void> => {
    for (let n = 0; !control.stop; n += 1) {
      const actionId = `crash-${lane}-${n}`;
      try {
        const response = await fetch(`${first.base}/sites/root/lists/${listId}/items`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ fields: { Title: `Action ${lane}.${n}`, ActionId: actionId } }),
        });
        if (response.status !== 201) continue;
        const item = (await response.json()) as { id: string };
        acknowledged.push(actionId);
        const patch = await fetch(`${first.base}/sites/root/lists/${listId}/items/${item.id}/fields`, {
          method: 'PATCH',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ Title: `Updated ${lane}.${n}` }),
        });
        if (patch.status === 200) updated.set(item.id, `Updated ${lane}.${n}`);
      } catch {
        return; // The server is gone: this write was never acknowledged.
      }
    }
  };
  const lanes = [0, 1, 2, 3].map(writer);
  while (acknowledged.length < 150) await new Promise((resolveWait) => setTimeout(resolveWait, 5));
  await killed(first.child);
  control.stop = true;
  await Promise.all(lanes);

  const second = await startServer(dataDir);
  running = second.child;
  try {
    const stored = new Map<string, { id: string; title: string }>();
    let link: string | undefined = `${second.base}/sites/root/lists/${listId}/items?expand=fields(select=ActionId,Title)&$top=5000`;
    while (link) {
      const page = (await (await fetch(link, { headers: auth })).json()) as {
        value: { id: string; fields: { ActionId: string; Title: string } }[];
        '@odata.nextLink'?: string;
      };
      for (const item of page.value) stored.set(item.fields.ActionId, { id: item.id, title: item.fields.Title });
      link = page['@odata.nextLink'];
    }
    const missing = acknowledged.filter((actionId) => !stored.has(actionId));
    expect(missing).toEqual([]);
    const titles = new Map([...stored.values()].map((item) => [item.id, item.title]));
    for (const [id, title] of updated) expect(titles.get(id)).toBe(title);
  } finally {
    await killed(second.child);
  }
}, 60000);
