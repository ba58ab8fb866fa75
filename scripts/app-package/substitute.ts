/** The Agents Toolkit's placeholder syntax: `${{NAME}}`. */
const placeholderPattern = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Variables that may legitimately be empty: a production environment has no name suffix.
 * Every other variable needs a value, because an empty id or URL only fails later, in Teams.
 */
export const optionalVariables: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);

/** Every distinct placeholder name in `text`, in order of first use. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(placeholderPattern), (match) => match[1] ?? ''))];
}

export interface Substitution {
  readonly text: string;
  /** Names that have no value, in order of first use; `text` is only usable when this is empty. */
  readonly missing: readonly string[];
}

/**
 * Replaces each `${{NAME}}` with its value. The template is JSON, so each value is escaped as JSON
 * string content: a quote or backslash in a value cannot break the document.
 */
export function substitutePlaceholders(template: string, values: ReadonlyMap<string, string>): Substitution {
  const missing = findPlaceholders(template).filter((name) => {
    const value = values.get(name);
    return value === undefined || (value === '' && !optionalVariables.has(name));
  });
  const text = template.replace(placeholderPattern, (placeholder, name: string) => {
    const value = values.get(name);
    return value === undefined ? placeholder : JSON.stringify(value).slice(1, -1);
  });
  return { text, missing };
}
