/**
 * A save stopped by the form's own checks before anything was sent, whose errors are already shown
 * on the fields. Thrown inside an operation so the refusal appears where a refused save would.
 */
export class FieldsToCheck extends Error {
  constructor() {
    super('Check the fields marked above.');
    this.name = 'FieldsToCheck';
  }
}
