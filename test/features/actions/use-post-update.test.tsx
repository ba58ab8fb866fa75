import { act, renderHook, waitFor } from '@testing-library/react';
import { usePlanData } from '../../../src/app/plan-data';
import type { Action } from '../../../src/domain/plan';
import { usePostUpdate } from '../../../src/features/actions/use-post-update';
import { OfflineError, type Versioned } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { planWrapper } from '../../support/plan-hook';
import { LEAH, makeAction } from './build';

async function setup() {
  const storage = memoryPlanStorage({ actions: [makeAction({ title: 'Diverse interview panels', status: 'On track' })], signedIn: LEAH });
  const opened = (await storage.load()).actions[0];
  if (opened === undefined) throw new Error('The action was not stored.');
  const hook = renderHook(() => ({ post: usePostUpdate(opened), plan: usePlanData() }), { wrapper: planWrapper(storage) });
  await waitFor(() => expect(hook.result.current.plan.status).toBe('ready'));
  return { storage, opened, hook };
}

const note = (text: string) => ({ id: crypto.randomUUID(), note: text });
const withStatus = (opened: Versioned<Action>, status: Action['status']): Action => ({ ...opened.value, status });

test('posts the note, saves the status change, and reloads the plan', async () => {
  const { storage, opened, hook } = await setup();
  let result: Awaited<ReturnType<typeof hook.result.current.post.run>> | undefined;
  await act(async () => {
    result = await hook.result.current.post.run({ update: note('Panels booked.'), changed: withStatus(opened, 'At risk') });
  });
  expect(result).toEqual({ ok: true, value: { message: 'Update posted. The status is now At risk.', intent: 'success' } });
  expect(hook.result.current.post.status.kind).toBe('done');
  expect(hook.result.current.plan.snapshot?.actions[0]?.value.status).toBe('At risk');
  expect((await storage.load()).actions[0]?.value.progressUpdates.map((update) => update.note)).toEqual(['Panels booked.']);
});

test('a note that did not reach the plan is the failure, in words that say what is kept', async () => {
  const { storage, hook } = await setup();
  storage.actions.postUpdate = () => Promise.reject(new OfflineError('The connection dropped.'));
  await act(async () => {
    await hook.result.current.post.run({ update: note('Panels booked.'), changed: undefined });
  });
  const status = hook.result.current.post.status;
  expect(status.kind === 'failed' ? status.message : status.kind).toMatch(
    /^Your update was not posted: The plan could not be reached\. Check your connection and try again\. What you wrote is kept/,
  );
});

test('when someone else changed the status meanwhile, the note is posted and the status change is left to the person', async () => {
  const { storage, opened, hook } = await setup();
  await storage.actions.update(withStatus(opened, 'Off track'), opened.eTag);
  let result: Awaited<ReturnType<typeof hook.result.current.post.run>> | undefined;
  await act(async () => {
    result = await hook.result.current.post.run({ update: note('Panels booked.'), changed: withStatus(opened, 'At risk') });
  });
  expect(result?.ok && result.value.intent).toBe('warning');
  expect(result?.ok && result.value.message).toMatch(/changed the status to Off track meanwhile, so your status change was not saved/);
  expect((await storage.load()).actions[0]?.value.status).toBe('Off track');
});
