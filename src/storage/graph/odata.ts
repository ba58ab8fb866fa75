/**
 * An OData string literal: quotes around the value, and each single quote doubled, so a title such
 * as `O'Brien' or 1 eq 1` is compared literally and never read as part of the expression.
 */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * `fields/Column eq 'value'`, escaped; a number is compared as a number (`fields/Year eq 2025`),
 * as SharePoint compares a number column only with a number literal.
 */
export function fieldEquals(column: string, value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`fields/${column} cannot be compared with ${value}.`);
    return `fields/${column} eq ${value}`;
  }
  return `fields/${column} eq ${odataString(value)}`;
}

/**
 * Builds a request path with a URL-encoded query. The graph-client passes query strings through
 * untouched, so `&`, `#` or `%` inside a `$filter` literal would otherwise break the URL.
 */
export function withQuery(path: string, query: Readonly<Record<string, string | number | undefined>>): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

/** Turns an absolute `@odata.nextLink` or `@odata.deltaLink` into a path the client can request. */
export function relativeToBase(link: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (link.startsWith(base)) return link.slice(base.length) || '/';
  const url = new URL(link);
  const basePath = new URL(base, url.origin).pathname;
  return url.pathname.startsWith(basePath) ? `${url.pathname.slice(basePath.length)}${url.search}` : `${url.pathname}${url.search}`;
}
