import { GraphError } from './graph-errors';

/** A list item's eTag as Graph gives it: `"{GUID},N"`, where N counts every change to the item. */
export function itemETag(guid: string, version: number): string {
  return `"{${guid.toUpperCase()}},${version}"`;
}

function bare(tag: string): string {
  return tag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1')
    .toUpperCase();
}

/**
 * `If-Match`: absent or `*` passes; otherwise one of the given tags must be the item's current
 * eTag (quoted or not), or the request fails with 412 and changes nothing.
 */
export function checkIfMatch(header: string | string[] | undefined, current: string): void {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined || value.trim() === '' || value.trim() === '*') return;
  const wanted = bare(current);
  const given = value.split(/,(?=\s*(?:W\/)?")/).map(bare);
  if (given.includes(wanted)) return;
  throw new GraphError('preconditionFailed', `The request ETag value '${value.trim()}' does not match the object's ETag value '${current}'.`);
}
