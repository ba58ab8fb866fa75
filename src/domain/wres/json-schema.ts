import { z } from 'zod/mini';
import { wresInputSchema } from './input-schema';

/** Where the published schema lives in the repository, used as its `$id`. */
const WRES_INPUT_SCHEMA_ID = 'docs/wres-input.schema.json';

/**
 * The JSON Schema (draft 2020-12) of the `WresInput` file format, generated from the zod schema
 * so the two cannot drift. It describes the input side (Unknown counts may be left out). Rules
 * across fields (appointed ≤ shortlisted, bands within staff group) are not expressible in JSON
 * Schema; the validator enforces them and the descriptions mention them.
 */
export function wresInputJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(wresInputSchema, { io: 'input', target: 'draft-2020-12' }), $id: WRES_INPUT_SCHEMA_ID };
}
