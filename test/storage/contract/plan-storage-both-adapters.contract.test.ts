import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, type PlanStorage, type Versioned } from '../../../src/storage/ports';
import type { Action } from '../../../src/domain/plan';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { LEAD, MEMBER, VIEWER, openAs, sampleAction } from '../graph/support';

/**
 * The promises of the plan's ports, held by both adapters: the Graph adapter over the local store,
 * and the in-memory fake that component tests stand on. A fake that drifts from the adapter makes
 * component tests pass against behaviour the app never sees, so it answers the same questions.
 */
interface Adapter {
  name: string;
  /** Opens the same plan as one of the demo people: a lead and a member may write, a viewer only reads. */
  open(person: 'lead' | 'member' | 'viewer'): Promise<PlanStorage>;
  stop(): Promise<void>;
}

async function graphAdapter(): Promise<Adapter> {
  const server: RunningServer = await startLocalServer({ SEED: 'none' });
  const emails = { lead: LEAD, member: MEMBER, viewer: VIEWER };
  return {
    name: 'graph',
    open: async (person) => (await openAs(server, emails[person])).storage,
    stop: async () => {
      await server.stop();
    },
  };
}

async function memoryAdapter(): Promise<Adapter> {
  // One plan, shared by everyone who opens it; the viewer's copy refuses writes as SharePoint does.
  const shared = memoryPlanStorage();
  const viewer = memoryPlanStorage({ readOnly: true });
  return { name: 'memory', open: async (person) => (person === 'viewer' ? viewer : shared), stop: async () => undefined };
}

const byId = (actions: readonly Versioned<Action>[], id: string) => actions.find((action) => action.value.id === id);

describe.each([
  ['graph', graphAdapter],
  ['memory', memoryAdapter],
])('the plan storage contract (%s)', (_name, start) => {
  let adapter: Adapter;
  let lead: PlanStorage;

  beforeAll(async () => {
    adapter = await start();
    lead = await adapter.open('lead');
    await lead.load();
  }, 120000);

  afterAll(async () => {
    await adapter?.stop();
  });

  test('an action is created, read back, updated with its eTag, and removed', async () => {
    const action = sampleAction({ title: 'Contract action' });
    const created = await lead.actions.create(action);
    expect(created.value).toEqual(action);
    expect(byId((await lead.refresh()).actions, action.id)?.value).toEqual(action);
    const changed = { ...action, status: 'Completed' as const, completedOn: '2026-11-20' };
    const saved = await lead.actions.update(changed, created.eTag);
    expect(saved.value).toEqual(changed);
    expect(saved.eTag).not.toBe(created.eTag);
    await lead.actions.remove(action.id, saved.eTag);
    expect(byId((await lead.refresh()).actions, action.id)).toBeUndefined();
  });

  test('an update with a stale eTag is a conflict carrying the current version', async () => {
    const created = await lead.actions.create(sampleAction({ title: 'Contested' }));
    const first = await lead.actions.update({ ...created.value, target: 'First' }, created.eTag);
    const member = await adapter.open('member');
    const attempt = member.actions.update({ ...created.value, target: 'Second' }, created.eTag);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ current: { eTag: first.eTag, value: { target: 'First' } } });
  });

  test('every stored action has its own item id, even after another was removed', async () => {
    const first = await lead.actions.create(sampleAction({ title: 'First of two' }));
    const second = await lead.actions.create(sampleAction({ title: 'Second of two' }));
    await lead.actions.remove(first.value.id, first.eTag);
    const third = await lead.actions.create(sampleAction({ title: 'Made after a removal' }));
    expect(third.itemId).not.toBe(second.itemId);
    const itemIds = (await lead.refresh()).actions.map((stored) => stored.itemId);
    expect(new Set(itemIds).size).toBe(itemIds.length);
  });

  test('a retried create finds the first copy, and an import leaves existing actions as they are', async () => {
    const action = sampleAction({ title: 'Created twice' });
    const first = await lead.actions.create(action);
    expect((await lead.actions.create(action)).itemId).toBe(first.itemId);
    const fresh = sampleAction({ title: 'Imported' });
    const imported = await lead.actions.importMany([{ ...action, title: 'Changed by the import' }, fresh]);
    expect(imported.map((stored) => stored.value.id)).toEqual([fresh.id]);
    const actions = (await lead.refresh()).actions;
    expect(actions.filter((stored) => stored.value.id === action.id).map((stored) => stored.value.title)).toEqual(['Created twice']);
  });

  test('history holds the creation, each changed field by its key, and progress updates, newest first', async () => {
    const created = await lead.actions.create(sampleAction({ title: 'With history', status: 'Not started' }));
    await lead.actions.update({ ...created.value, status: 'On track' }, created.eTag);
    const posted = await lead.actions.postUpdate(created.value.id, { id: randomUUID(), note: 'Panels agreed.' });
    const history = await lead.actions.history(created.value.id);
    expect(history[0]).toMatchObject({ kind: 'update', update: { id: posted.id, note: 'Panels agreed.' } });
    expect(history.find((entry) => entry.kind === 'change' && entry.changes.some((change) => change.field === 'status'))).toMatchObject({
      changes: [{ field: 'status', from: 'Not started', to: 'On track' }],
    });
    expect(history.at(-1)).toMatchObject({ kind: 'change', changes: [{ field: 'created', to: 'With history' }] });
  });

  test('an imported action has its creation in its history too', async () => {
    const action = sampleAction({ title: 'Imported with history' });
    await lead.actions.importMany([action]);
    expect(await lead.actions.history(action.id)).toEqual([
      expect.objectContaining({ kind: 'change', changes: [{ field: 'created', from: '', to: 'Imported with history' }] }),
    ]);
  });

  test('the history of an action that is not there is refused as not found', async () => {
    await expect(lead.actions.history(randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });

  test('a retried progress update with the same key finds the first one', async () => {
    const created = await lead.actions.create(sampleAction({ title: 'Posted twice' }));
    const key = randomUUID();
    const first = await lead.actions.postUpdate(created.value.id, { id: key, note: 'Once only.' });
    expect(await lead.actions.postUpdate(created.value.id, { id: key, note: 'Once only.' })).toEqual(first);
    expect(byId((await lead.refresh()).actions, created.value.id)?.value.progressUpdates.map((update) => update.note)).toEqual(['Once only.']);
  });

  test('settings are saved by key and read back', async () => {
    await lead.settings.saveSetting('suppressionThreshold', '10');
    expect((await lead.refresh()).settings.suppressionThreshold).toBe('10');
  });

  test('a viewer may read, but every write is refused as forbidden', async () => {
    const viewer = await adapter.open('viewer');
    await viewer.load();
    await expect(viewer.actions.create(sampleAction())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(viewer.settings.saveSetting('suppressionThreshold', '3')).rejects.toBeInstanceOf(ForbiddenError);
  });
});
