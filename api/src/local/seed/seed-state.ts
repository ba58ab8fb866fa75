import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether the demo data of a data folder is still being loaded or is complete, kept in a small
 * file beside the store. It says "loading" from before the first write until the last one, so a
 * start that finds "loading" knows an earlier start stopped part-way and finishes the job.
 */
export type DemoDataState = 'loading' | 'complete';

export const DEMO_DATA_STATE_FILE = 'demo-data.json';

interface StateFile {
  state: DemoDataState;
  /** When the state was written, for a person reading the file. */
  at: string;
}

export function readDemoDataState(dataDir: string): DemoDataState | undefined {
  let text: string;
  try {
    text = readFileSync(join(dataDir, DEMO_DATA_STATE_FILE), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<StateFile>;
    return parsed.state === 'complete' || parsed.state === 'loading' ? parsed.state : 'loading';
  } catch {
    // A file cut short by a crash while it was written: the load it speaks of was not finished.
    return 'loading';
  }
}

/** Writes the state whole or not at all (a new file renamed over the old one). */
export function writeDemoDataState(dataDir: string, state: DemoDataState, now: Date = new Date()): void {
  const file = join(dataDir, DEMO_DATA_STATE_FILE);
  const body: StateFile = { state, at: now.toISOString() };
  writeFileSync(`${file}.tmp`, `${JSON.stringify(body)}\n`, { flush: true });
  renameSync(`${file}.tmp`, file);
}
