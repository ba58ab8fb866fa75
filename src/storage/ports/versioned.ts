/** A stored value with what is needed to update it safely. */
export interface Versioned<T> {
  value: T;
  /** Sent back as If-Match on the next update; a mismatch means someone else saved first. */
  eTag: string;
  /** The SharePoint list item id. */
  itemId: string;
  modifiedAt?: string;
  modifiedBy?: string;
}
