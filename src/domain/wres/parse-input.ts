import { type Validated, zodIssuesToFieldErrors } from '../shared/validation';
import { type WresInput, wresInputSchema } from './input-schema';

/**
 * Validates untrusted data (parsed JSON, or the object built from CSV rows) against the
 * `WresInput` contract. On failure every problem is returned, each naming its field path and
 * the rule broken; nothing is ever calculated from input that failed. Cross-field rules (events
 * within population, bands within staff group) run per indicator once that indicator's own
 * fields have the right types, so a type error hides only the cross-checks of its own indicator.
 */
export function parseWresInput(data: unknown): Validated<WresInput> {
  const parsed = wresInputSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: zodIssuesToFieldErrors(parsed.error.issues) };
}
