/**
 * Writes docs/wres-input.schema.json from the zod schema. Run after changing the input contract:
 *   node --import tsx scripts/generate-wres-schema.ts
 * A test fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { wresInputJsonSchema } from '../src/domain/wres/json-schema';

const target = resolve(process.cwd(), 'docs/wres-input.schema.json');
writeFileSync(target, `${JSON.stringify(wresInputJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target}`);
