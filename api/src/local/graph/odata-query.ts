import type { FastifyRequest } from 'fastify';
import { boundOrigin } from './bound-address';
import { invalidRequest } from './graph-errors';

/** A query option by its OData name, with or without the `$` (Graph accepts both on v1.0). */
export function queryParam(request: FastifyRequest, name: string): string | undefined {
  const query = request.query as Record<string, string | string[] | undefined>;
  const value = query[`$${name}`] ?? query[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/** `$top`: a whole number from 1, capped at `max`; `fallback` when absent. */
export function topParam(request: FastifyRequest, fallback: number, max: number): number {
  const raw = queryParam(request, 'top');
  if (raw === undefined) return fallback;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1) throw invalidRequest(`Invalid $top value '${raw}': it must be a positive whole number.`);
  return Math.min(top, max);
}

/** `$select=a,b` as a list of names, or undefined when absent. */
export function selectParam(request: FastifyRequest): string[] | undefined {
  const raw = queryParam(request, 'select');
  if (raw === undefined) return undefined;
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export interface FieldsExpansion {
  /** Whether `fields` is expanded. */
  expanded: boolean;
  /** The fields named by `fields(select=…)`, or undefined for all. */
  select?: string[];
}

/** `expand=fields`, `$expand=fields`, `expand=fields(select=A,B)` or `$expand=fields($select=A,B)`. */
export function fieldsExpansion(request: FastifyRequest): FieldsExpansion {
  const raw = queryParam(request, 'expand');
  if (raw === undefined) return { expanded: false };
  const match = /^\s*fields\s*(?:\(\s*\$?select\s*=\s*([^)]*)\))?\s*$/i.exec(raw);
  if (!match) throw invalidRequest(`Parsing OData Select and Expand failed: '${raw}' cannot be expanded here.`);
  const select = match[1]
    ?.split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return select ? { expanded: true, select } : { expanded: true };
}

/**
 * `$select` on list items, with `fields` kept when it is expanded: Graph returns an expanded
 * navigation property whether or not `$select` names it (`$select=id&expand=fields` has both).
 */
export function itemSelect(request: FastifyRequest, expansion: FieldsExpansion): string[] | undefined {
  const select = selectParam(request);
  return select && expansion.expanded ? [...select, 'fields'] : select;
}

/** `http://host:port` of this server, from the address it is bound to (never the request's Host header). */
export function origin(request: FastifyRequest): string {
  return boundOrigin(request.server);
}

/**
 * An absolute link to this request's path with its query changed: the named options are removed,
 * and those given a value are appended. Other options keep their original encoding.
 */
export function linkWithQuery(request: FastifyRequest, changes: Record<string, string | undefined>, path?: string): string {
  const [requestPath, rawQuery = ''] = request.url.split('?', 2);
  const changed = new Set(Object.keys(changes).map((key) => key.replace(/^\$/, '').toLowerCase()));
  const kept = rawQuery.split('&').filter((part) => {
    if (part === '') return false;
    const key = safeDecode(part.split('=', 1)[0] ?? '')
      .replace(/^\$/, '')
      .toLowerCase();
    return !changed.has(key);
  });
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) kept.push(`${key}=${encodeURIComponent(value)}`);
  }
  return `${origin(request)}${path ?? requestPath}${kept.length > 0 ? `?${kept.join('&')}` : ''}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Keeps only the selected properties of a resource (Graph always keeps `id` and OData annotations). */
export function applySelect(resource: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select) return resource;
  const wanted = new Set(select.map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(resource).filter(([key]) => key === 'id' || key.startsWith('@odata.') || wanted.has(key.toLowerCase())));
}
