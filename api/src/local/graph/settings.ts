import { join } from 'node:path';
import type { LocalGraphOptions } from './index';

function optionalNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more; it is "${raw}".`);
  return value;
}

/** The store's options for `npm start`: the database in DATA_DIR, and the LOCAL_GRAPH_* test settings. */
export function localGraphOptions(dataDir: string, env: NodeJS.ProcessEnv): LocalGraphOptions {
  const faultsSeed = optionalNumber(env, 'LOCAL_GRAPH_FAULTS_SEED');
  const deltaRetentionSeconds = optionalNumber(env, 'LOCAL_GRAPH_DELTA_RETENTION');
  return {
    databaseFile: join(dataDir, 'graph.sqlite'),
    ...(env.LOCAL_GRAPH_LOG ? { logFile: env.LOCAL_GRAPH_LOG } : {}),
    ...(env.LOCAL_GRAPH_FAULTS ? { faults: env.LOCAL_GRAPH_FAULTS } : {}),
    ...(faultsSeed === undefined ? {} : { faultsSeed }),
    ...(deltaRetentionSeconds === undefined ? {} : { deltaRetentionSeconds }),
  };
}
