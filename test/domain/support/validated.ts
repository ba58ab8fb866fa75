import type { FieldError, Validated } from '../../../src/domain/shared';

/** The value of a successful validation; throws with the errors otherwise, so a test fails loudly. */
export function okValue<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(`expected valid input, got: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The errors of a failed validation; throws when it unexpectedly succeeded. */
export function errorsOf<T>(result: Validated<T>): readonly FieldError[] {
  if (result.ok) throw new Error('expected validation errors, but the input was accepted');
  return result.errors;
}
