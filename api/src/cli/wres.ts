/**
 * WRES calculator CLI: `npm run --silent wres -- <file.json|file.csv> [--format table]`.
 * Exit 0 with the WresResult on stdout; exit 2 with one field-path error per line on stderr when
 * the arguments, the file or its contents are invalid.
 */
import { calculateWres, parseWresInput } from '../../../src/domain/wres';
import { USAGE, parseArgs } from './args';
import { formatTable } from './format-table';
import { readInputFile } from './read-input';

function invalid(messages: readonly string[]): number {
  for (const message of messages) process.stderr.write(`error: ${message}\n`);
  return 2;
}

export function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if ('error' in args) return invalid([args.error, USAGE]);
  const data = readInputFile(args.file);
  if (!data.ok) return invalid(data.errors.map((e) => e.message));
  const input = parseWresInput(data.value);
  if (!input.ok) return invalid(input.errors.map((e) => e.message));
  const result = calculateWres(input.value, args.options);
  process.stdout.write(args.format === 'table' ? formatTable(result) : `${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
