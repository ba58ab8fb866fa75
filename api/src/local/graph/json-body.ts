import { GraphError } from './graph-errors';

/**
 * How deeply a request body's arrays and objects may nest. Graph's own bodies (a list with its
 * columns, a $batch of item writes) nest fewer than ten levels; a body nested thousands deep would
 * exhaust the stack of whatever walks it next (validation, a $batch sub-request's re-encoding).
 */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of arrays and objects in JSON text, read in one pass without recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === ']' || char === '}') {
      depth -= 1;
    }
  }
  return deepest;
}

/** A JSON request body: undefined when empty, 400 `invalidRequest` when malformed or nested too deep. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  if (nestingDepth(text) > MAX_JSON_DEPTH) {
    throw new GraphError(
      'invalidRequest',
      `The request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep, which is more than any request needs.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GraphError(
      'invalidRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}
