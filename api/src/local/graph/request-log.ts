import { appendFileSync } from 'node:fs';

export interface RequestLogLine {
  method: string;
  path: string;
  status: number;
  ms: number;
}

/** `LOCAL_GRAPH_LOG`: one JSON line per top-level HTTP request under /graph. */
export function requestLogger(file: string | undefined): (line: RequestLogLine) => void {
  if (!file) return () => undefined;
  return (line) => appendFileSync(file, `${JSON.stringify(line)}\n`);
}
