import { z } from 'zod/mini';
import { StorageFailure } from '../ports/errors';

/*
 * The shapes of the Graph responses the adapter reads, checked once where a response arrives, so
 * nothing downstream casts `unknown`. The objects are loose: Graph adds properties over time, and
 * an extra one must never make a read fail.
 */

const text = z.optional(z.string());

/** A value of the wrong type, worded as zod's English words it. */
function wrongType(expected: string, input: unknown): string {
  return `Invalid input: expected ${expected}, received ${z.util.parsedType(input)}`;
}

const identitySchema = z.looseObject({ user: z.optional(z.looseObject({ id: text, displayName: text, email: text })) });

/**
 * An item's fields: any JSON object, each value read and checked by the domain's mappers. Checked
 * as an object and kept as it came, not copied key by key (as a record schema does): a long plan has
 * tens of thousands of items, and a copy of each one's fields cost time and memory as the plan opened.
 */
const fieldsSchema = z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  error: (issue) => wrongType('record', issue.input),
});

/** A list item, checked again where one is read back from the browser's memory of the plan. */
export const listItemSchema = z.looseObject({
  id: z.string(),
  eTag: text,
  createdDateTime: text,
  lastModifiedDateTime: text,
  createdBy: z.optional(identitySchema),
  lastModifiedBy: z.optional(identitySchema),
  fields: z.optional(fieldsSchema),
  deleted: z.optional(z.looseObject({ state: text })),
});

const itemVersionSchema = z.looseObject({
  id: z.string(),
  lastModifiedDateTime: z.string(),
  lastModifiedBy: z.optional(identitySchema),
  fields: z.optional(fieldsSchema),
});

const errorBodySchema = z.looseObject({
  error: z.optional(z.looseObject({ code: z.nullish(z.string()), message: z.nullish(z.string()) })),
  /** Some clients keep the inner error itself, with its message at the top. */
  message: text,
});

const batchEnvelopeSchema = z.looseObject({
  responses: z.optional(
    z.array(z.looseObject({ id: z.string(), status: z.number(), headers: z.optional(z.record(z.string(), z.string())), body: z.optional(z.unknown()) })),
  ),
});

const listSchema = z.looseObject({
  id: z.string(),
  displayName: z.string(),
  columns: z.optional(z.array(z.looseObject({ id: z.string(), name: z.string(), indexed: z.optional(z.boolean()) }))),
});

const userSchema = z.looseObject({ id: z.string(), displayName: text, mail: z.nullish(z.string()), userPrincipalName: text, jobTitle: z.nullish(z.string()) });

const siteSchema = z.looseObject({ id: z.string(), displayName: text, webUrl: text });

function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({ value: z.optional(z.array(item)), '@odata.nextLink': text, '@odata.deltaLink': text });
}

const itemPageSchema = pageOf(listItemSchema);
const versionPageSchema = pageOf(itemVersionSchema);
const listPageSchema = pageOf(listSchema);
const userPageSchema = pageOf(userSchema);

export type GraphIdentity = z.output<typeof identitySchema>;
/** A SharePoint list item as Graph returns it with `expand=fields`. */
export type GraphListItem = z.output<typeof listItemSchema>;
/** One of an item's versions, with the fields as they were then. */
export type GraphItemVersion = z.output<typeof itemVersionSchema>;
/** Graph's error body: `{"error":{"code","message"}}`. */
export type GraphErrorBody = z.output<typeof errorBodySchema>;
export type GraphBatchEnvelope = z.output<typeof batchEnvelopeSchema>;
/** A list with its columns, as the schema check reads it. */
export type GraphList = z.output<typeof listSchema>;
export type GraphUser = z.output<typeof userSchema>;
export type GraphSiteInfo = z.output<typeof siteSchema>;
/** A page of list items, with the links to the next page or the delta that follows. */
export type GraphItemPage = z.output<typeof itemPageSchema>;

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'unknown';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * zod/mini carries no wording of its own. A JSON body can break these schemas only with a value of
 * the wrong type (they have no enums, lengths or formats), so that one problem is worded here as
 * zod's English words it, which spares the first screen the whole English locale.
 */
const wording: z.core.$ZodErrorMap = (issue) => (issue.code === 'invalid_type' ? wrongType(issue.expected, issue.input) : undefined);

/** Reads a response with its schema; a body of another shape is a failure of the service, said as one. */
function reader<T extends z.ZodMiniType>(schema: T, what: string): (body: unknown) => z.output<T> {
  return (body) => {
    const parsed = schema.safeParse(body, { error: wording });
    if (!parsed.success) throw new StorageFailure(`Microsoft Graph sent ${what} in a shape this app does not read: ${describeIssue(parsed.error.issues[0])}.`);
    return parsed.data;
  };
}

export const readListItem = reader(listItemSchema, 'a list item');
/** The saved fieldValueSet a PATCH of `…/fields` answers with, including its `@odata.etag`. */
export const readFieldValues = reader(fieldsSchema, "an item's saved fields");
export const readItemPage = reader(itemPageSchema, 'a page of list items');
export const readVersionPage = reader(versionPageSchema, "an item's versions");
export const readBatchEnvelope = reader(batchEnvelopeSchema, 'a batch response');
export const readListPage = reader(listPageSchema, 'the lists of a site');
export const readList = reader(listSchema, 'a list');
export const readUser = reader(userSchema, 'a user');
export const readUserPage = reader(userPageSchema, 'a page of users');
export const readSite = reader(siteSchema, 'a site');

/**
 * An error body, if the body is one: a JSON string or an object of Graph's error shape. Anything
 * else reads as no body, so the status alone decides the error.
 */
export function readErrorBody(body: unknown): GraphErrorBody | undefined {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  const parsed = errorBodySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
