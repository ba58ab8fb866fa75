import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Graph v1.0's own schemas for the SharePoint-lists types (generated from Microsoft's published
 * CSDL metadata, see the file's `source`), so tests can check a response's property names against
 * what Graph declares rather than against what the local store happens to send.
 */
interface SchemaNode {
  allOf?: SchemaNode[];
  $ref?: string;
  properties?: Record<string, unknown>;
}

const schemas = (
  JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/graph/graph-v1.0-sharepoint.json'), 'utf8')) as {
    components: { schemas: Record<string, SchemaNode> };
  }
).components.schemas;

/** Every property a type declares, its base types' included (for example listItemVersion's `publication`). */
export function declaredProperties(type: string): Set<string> {
  const names = new Set<string>();
  const visit = (node: SchemaNode | undefined): void => {
    if (!node) return;
    if (node.$ref) visit(schemas[node.$ref.replace('#/components/schemas/', '')]);
    for (const part of node.allOf ?? []) visit(part);
    for (const name of Object.keys(node.properties ?? {})) names.add(name);
  };
  visit(schemas[type]);
  if (names.size === 0) throw new Error(`No schema for ${type}`);
  return names;
}

/** The properties of a response that its Graph type does not declare (OData annotations aside). */
export function undeclared(resource: Record<string, unknown>, type: string): string[] {
  const declared = declaredProperties(type);
  return Object.keys(resource).filter((key) => !key.startsWith('@odata.') && !declared.has(key));
}
