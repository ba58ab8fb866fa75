/** Where the store's Graph API is mounted, as Graph's own is at `/v1.0`. */
export const GRAPH_BASE_PATH = '/graph/v1.0';

/**
 * `@odata.context`, as Graph sends it on a collection or a single entity: the metadata address
 * followed by the resource's path, keys in parentheses. `GET /sites/{id}/lists` has
 * `$metadata#sites('{id}')/lists`; `GET /sites/{id}/lists/{id}` has `$metadata#sites('{id}')/lists/$entity`;
 * `GET /me` has `$metadata#users/$entity`; a delta page has `$metadata#Collection(listItem)`.
 */
export function odataContext(versionRoot: string, pathUnderVersion: string, isCollection: boolean): string | undefined {
  const segments = (pathUnderVersion.split('?', 1)[0] ?? '').split('/').filter((segment) => segment !== '');
  const first = segments[0];
  if (!first || first.startsWith('$')) return undefined;
  const metadata = `${versionRoot}/$metadata#`;
  if (segments.at(-1) === 'delta') return `${metadata}Collection(listItem)`;
  if (segments.length === 1 && first === 'me') return `${metadata}users/$entity`;
  // Names sit at even positions and keys at odd ones; a path that ends on a key is one entity of its set.
  const endsOnKey = segments.length % 2 === 0;
  const parts: string[] = [];
  for (let index = 0; index < segments.length; index += 2) {
    const name = segments[index] ?? '';
    const key = segments[index + 1];
    const last = index + 2 >= segments.length;
    parts.push(key === undefined || last ? name : `${name}('${safeDecode(key).replace(/'/g, "''")}')`);
  }
  const path = parts.join('/');
  return endsOnKey || !isCollection ? `${metadata}${path}/$entity` : `${metadata}${path}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
