import type { GraphListItem } from './graph-site';

/**
 * The items of one list as last read, and the delta link that brings them up to date. Delta feeds
 * give the latest state of each changed item, possibly more than once: the last occurrence wins.
 */
export class ListCache {
  private readonly items = new Map<string, GraphListItem>();
  deltaLink: string | undefined;

  replaceAll(items: readonly GraphListItem[], deltaLink: string | undefined): void {
    this.items.clear();
    this.apply(items, deltaLink);
  }

  apply(changes: readonly GraphListItem[], deltaLink: string | undefined): void {
    for (const item of changes) {
      if (item.deleted) this.items.delete(item.id);
      else this.items.set(item.id, item);
    }
    this.deltaLink = deltaLink;
  }

  upsert(item: GraphListItem): void {
    this.items.set(item.id, item);
  }

  remove(itemId: string): void {
    this.items.delete(itemId);
  }

  all(): GraphListItem[] {
    return [...this.items.values()];
  }

  find(predicate: (item: GraphListItem) => boolean): GraphListItem | undefined {
    for (const item of this.items.values()) if (predicate(item)) return item;
    return undefined;
  }
}
