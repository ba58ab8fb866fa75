import type { z } from 'zod/mini';

/** One problem with an input, named by the path of the field that breaks a rule. */
export interface FieldError {
  /** Dotted path with list indexes in brackets, e.g. `indicator1.rows[2].band`; `(input)` for the whole. */
  readonly path: string;
  /** A sentence naming the field and the rule, e.g. `indicator2.appointed.bme (45) is more than …`. */
  readonly message: string;
}

/** The outcome of validating untrusted input: the typed value, or every problem found. */
export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * Writes a path the way a person reads it: `["indicator1", "rows", 2, "band"]` →
 * `indicator1.rows[2].band`. The empty path is `(input)`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(input)' : text;
}

/** Describes a received value briefly for an error message: `"abc"`, `-3`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
};

function typeMessage(where: string, expected: string, input: unknown): string {
  if (input === undefined) return `${where} is required`;
  return `${where} must be ${TYPE_WORDS[expected] ?? expected} (got ${describeValue(input)})`;
}

function boundMessage(where: string, issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, input: unknown): string {
  const small = issue.code === 'too_small';
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  if (issue.origin === 'array') {
    return `${where} must have ${small ? 'at least' : 'at most'} ${String(limit)} item(s)`;
  }
  if (issue.origin === 'string') {
    return `${where} must be ${small ? 'at least' : 'at most'} ${String(limit)} character(s) long`;
  }
  const word = small ? (issue.inclusive === false ? 'more than' : 'at least') : issue.inclusive === false ? 'less than' : 'at most';
  return `${where} must be ${word} ${String(limit)} (got ${describeValue(input)})`;
}

/**
 * Turns zod issues into {@link FieldError}s whose messages always start with the field path and
 * state the rule broken. Custom issues raised by our own refinements already read that way and
 * keep their message. Parse with `{ reportInput: true }` so messages can quote the bad value.
 */
export function zodIssuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    const input: unknown = issue.input;
    switch (issue.code) {
      case 'invalid_type':
        return { path, message: typeMessage(path, issue.expected, input) };
      case 'too_small':
      case 'too_big':
        return { path, message: boundMessage(path, issue, input) };
      case 'invalid_value':
        return {
          path,
          message: `${path} must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${describeValue(input)})`,
        };
      case 'invalid_format':
        // Our format rules carry a "must …" phrase as their message.
        return { path, message: `${path} ${issue.message} (got ${describeValue(input)})` };
      case 'unrecognized_keys':
        return {
          path,
          message: issue.keys.map((key) => `${path === '(input)' ? key : `${path}.${key}`} is not a recognised field`).join('; '),
        };
      default:
        // Our refinements write either full sentences or a "must …" rule; anything else gets the path prepended.
        if (issue.message.startsWith(path)) return { path, message: issue.message };
        if (issue.message.startsWith('must ')) return { path, message: `${path} ${issue.message} (got ${describeValue(input)})` };
        return { path, message: `${path}: ${issue.message}` };
    }
  });
}
