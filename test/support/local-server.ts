import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  dataDir: string;
  output: () => string;
  /** Sends Ctrl+C (SIGINT) and resolves with the exit code once the process has gone. */
  stop: () => Promise<number | null>;
  /** Kills the process outright, as a crash would. */
  kill: () => Promise<void>;
}

/**
 * Starts the real `npm start` entry point on a free port (PORT=0), with its own data folder,
 * exactly as a developer would run it; the tests then talk to it over loopback only.
 */
export function startLocalServer(extraEnv: Record<string, string> = {}, existingDataDir?: string): Promise<RunningServer> {
  const dataDir = existingDataDir ?? mkdtempSync(join(tmpdir(), 'race-equality-plan-data-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'api/src/local/main.ts'], {
    cwd: process.cwd(),
    // The tab was built once in Jest's global setup; a server never rebuilds it mid-run.
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, TAB_BUILD: 'skip', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null) child.kill('SIGINT');
    return exited;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start within 120 s. Output:\n${output}`));
    }, 120000);
    const onData = (): void => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      const kill = async (): Promise<void> => {
        child.kill('SIGKILL');
        await exited;
      };
      resolve({ url: match[1], dataDir, output: () => output, stop, kill });
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with code ${code} before it was ready. Output:\n${output}`));
    });
  });
}
