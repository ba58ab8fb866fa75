import type { SchemaReport } from '../ports';
import { ForbiddenError, SetupNeededError, StorageError } from '../ports/errors';
import { getItemPage, graphCall, type GraphSite } from './graph-site';
import { readList, readListPage, type GraphList } from './graph-shapes';
import { LIST_SCHEMA, SCHEMA_VERSION, columnDefinition, isIndexed, type ListKey, type ListSpec } from './list-schema';
import { fieldEquals, withQuery } from './odata';

export type ListIds = Readonly<Record<ListKey, string>>;

const CANNOT_CREATE =
  'You may not create lists on this SharePoint site, so the plan cannot be set up yet. Ask a site owner to open the tab once, or to give you the Manage Lists permission.';

function asForbidden(error: unknown): never {
  if (error instanceof StorageError && error.kind === 'forbidden') throw new ForbiddenError(CANNOT_CREATE, 'create-lists');
  throw error;
}

/** The query that reads a site's lists with the columns the schema check compares. */
export const LISTS_WITH_COLUMNS = { $select: 'id,displayName', $expand: 'columns($select=id,name,indexed)' } as const;

async function recordSchemaVersion(site: GraphSite, settingsListId: string): Promise<void> {
  const items = `/sites/${site.siteId}/lists/${settingsListId}/items`;
  const found = await getItemPage(site, withQuery(items, { expand: 'fields(select=Key,Value)', $filter: fieldEquals('Key', 'schemaVersion') }));
  const existing = found.value?.[0];
  const value = String(SCHEMA_VERSION);
  if (existing) {
    await graphCall(() => site.client.api(`${items}/${existing.id}/fields`).patch({ Value: value }));
  } else {
    await graphCall(() => site.client.api(items).post({ fields: { Title: 'schemaVersion', Key: 'schemaVersion', Value: value } }));
  }
}

/**
 * Creates the given lists and columns where they are missing and indexes the filtered columns.
 * Idempotent and never deletes. When all is in place it costs one request, the site's lists with
 * their columns, or none when they were read already (`known`, read with the site). A user who may not create lists gets a ForbiddenError('create-lists') that says who
 * can. `onChanged` runs after anything was created.
 */
export async function ensureLists<K extends string>(
  site: GraphSite,
  specs: readonly ListSpec<K>[],
  onChanged?: (listIds: Readonly<Record<K, string>>) => Promise<void>,
  createMissing = true,
  known?: readonly GraphList[],
): Promise<{ report: SchemaReport; listIds: Readonly<Record<K, string>> }> {
  const listsPath = withQuery(`/sites/${site.siteId}/lists`, LISTS_WITH_COLUMNS);
  const existing = known ?? readListPage(await graphCall(() => site.client.api(listsPath).get())).value ?? [];
  const report: SchemaReport = { createdLists: [], addedColumns: [], indexedColumns: [], schemaVersion: SCHEMA_VERSION };
  const ids: Partial<Record<K, string>> = {};
  const missing = specs.filter((spec) => !existing.some((list) => list.displayName === spec.displayName)).map((spec) => spec.displayName);
  if (!createMissing && missing.length > 0) throw new SetupNeededError(missing);

  for (const spec of specs) {
    const list = existing.find((candidate) => candidate.displayName === spec.displayName);
    if (!list) {
      const created = readList(
        await graphCall(() =>
          site.client.api(`/sites/${site.siteId}/lists`).post({
            displayName: spec.displayName,
            description: spec.description,
            list: { template: 'genericList' },
            columns: spec.columns.map(columnDefinition),
          }),
        ).catch(asForbidden),
      );
      ids[spec.key] = created.id;
      report.createdLists.push(spec.displayName);
      continue;
    }
    ids[spec.key] = list.id;
    const columns = list.columns ?? [];
    for (const column of spec.columns) {
      const found = columns.find((candidate) => candidate.name === column.name);
      const columnsPath = `/sites/${site.siteId}/lists/${list.id}/columns`;
      if (!found) {
        await graphCall(() => site.client.api(columnsPath).post(columnDefinition(column))).catch(asForbidden);
        report.addedColumns.push(`${spec.displayName}.${column.name}`);
      } else if (isIndexed(column) && !found.indexed) {
        await graphCall(() => site.client.api(`${columnsPath}/${found.id}`).patch({ indexed: true })).catch(asForbidden);
        report.indexedColumns.push(`${spec.displayName}.${column.name}`);
      }
    }
  }

  const listIds = ids as Readonly<Record<K, string>>;
  if (onChanged && report.createdLists.length + report.addedColumns.length + report.indexedColumns.length > 0) await onChanged(listIds);
  return { report, listIds };
}

/**
 * The plan's own lists, recording the schema version in its Settings list when anything changed.
 * With `createMissing` false, missing lists raise SetupNeededError instead of being created, so
 * the first person to open the plan chooses to set it up.
 */
export function ensureSchema(site: GraphSite, createMissing = true, known?: readonly GraphList[]): Promise<{ report: SchemaReport; listIds: ListIds }> {
  return ensureLists(site, LIST_SCHEMA, (listIds) => recordSchemaVersion(site, listIds.settings), createMissing, known);
}
