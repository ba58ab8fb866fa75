import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Agents Toolkit's env files are dotenv files: `NAME=value`, `#` comments, optional single or
 * double quotes. This reads exactly that much, so packaging needs no extra dependency; it does not
 * expand `${OTHER}` references, which the toolkit's files do not use.
 */
export function parseEnvFile(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, name = '', rest = ''] = match;
    values.set(name, unquote(rest));
  }
  return values;
}

function unquote(rest: string): string {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    if (end > 0) {
      const inner = rest.slice(1, end);
      return quote === '"' ? inner.replace(/\\n/g, '\n').replace(/\\"/g, '"') : inner;
    }
  }
  // An unquoted value ends at a comment that follows whitespace, as in dotenv.
  return rest.replace(/\s+#.*$/, '').trim();
}

export interface LoadedEnvironment {
  readonly name: string;
  readonly values: ReadonlyMap<string, string>;
  /** The files read, in order; a later file's values win. */
  readonly files: readonly string[];
}

/**
 * Reads `env/.env.<name>` and then, when present, `env/.env.<name>.user`, where the toolkit keeps
 * SECRET_* values and where a developer may override a committed value on their own machine.
 */
export function loadEnvironment(envDir: string, name: string): LoadedEnvironment {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new Error(`"${name}" is not an environment name: use letters, digits, "-" or "_" (for example local or dev).`);
  }
  const main = join(envDir, `.env.${name}`);
  if (!existsSync(main)) {
    throw new Error(`There is no environment "${name}": ${main} does not exist.`);
  }
  const files = [main];
  const user = `${main}.user`;
  if (existsSync(user)) files.push(user);
  const values = new Map<string, string>();
  for (const file of files) {
    for (const [key, value] of parseEnvFile(readFileSync(file, 'utf8'))) values.set(key, value);
  }
  return { name, values, files };
}
