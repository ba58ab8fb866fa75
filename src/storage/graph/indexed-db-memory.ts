import type { PlanMemoryStore } from './plan-memory';

const DATABASE = 'race-equality-plan';
const STORE = 'plans';

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const pending = make();
    pending.addEventListener('success', () => resolve(pending.result));
    pending.addEventListener('error', () => reject(pending.error ?? new Error('IndexedDB refused the request.')));
  });
}

/** The longest a write waits for the browser to be idle. */
const IDLE_WAIT_MS = 5000;

/**
 * Resolves at the browser's next idle moment (at the next task where it gives no such notice). The
 * browser copies each value it stores on the page's own thread, a long plan in many values, so each
 * write waits until drawing the plan and answering the person no longer need that thread.
 */
const whenIdle = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    else setTimeout(resolve, 0);
  });

/**
 * The browser's memory of plans, in IndexedDB: one entry per person and site, kept on this device
 * only (the same device and browser profile the person signs in on), and replaced on each read.
 */
export function indexedDbMemory(factory: IDBFactory = indexedDB): PlanMemoryStore {
  let opened: Promise<IDBDatabase> | undefined;
  const database = (): Promise<IDBDatabase> => {
    opened ??= new Promise((resolve, reject) => {
      const opening = factory.open(DATABASE, 1);
      opening.addEventListener('upgradeneeded', () => opening.result.createObjectStore(STORE));
      opening.addEventListener('success', () => resolve(opening.result));
      opening.addEventListener('error', () => reject(opening.error ?? new Error('IndexedDB could not be opened.')));
    });
    return opened;
  };
  const run = async <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await database();
    return request(() => act(db.transaction(STORE, mode).objectStore(STORE)));
  };
  return {
    get: (key) => run('readonly', (store) => store.get(key)),
    set: async (key, value) => {
      await whenIdle();
      await run('readwrite', (store) => store.put(value, key));
    },
    delete: async (key) => {
      await run('readwrite', (store) => store.delete(key));
    },
  };
}
