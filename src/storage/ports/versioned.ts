/** A stored value with what is needed to update it safely. */
export interface Versioned<T> {
  value: T;
  /** Sent back as If-Match on the next update; a mismatch means someone else saved first. */
  eTag: string;
  /** The SharePoint list item id. */
  itemId: string;
  /** When SharePoint created the item (its createdDateTime): stamped by the store, never a field the writer sets. */
  createdAt?: string;
  modifiedAt?: string;
  modifiedBy?: string;
}
