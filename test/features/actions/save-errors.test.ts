import { fieldErrorsOf, saveFailureMessage } from '../../../src/features/actions/save-errors';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError, OfflineError } from '../../../src/storage/ports';

test('a save failure reads in the shared words, naming what was being changed', () => {
  expect(saveFailureMessage(new ForbiddenError('Ask the owner for edit access.'))).toBe(
    'You do not have permission to change the plan. Ask the owner for edit access.',
  );
  expect(saveFailureMessage(new ConflictError(undefined), 'this action')).toBe('Someone else changed this action since you opened it.');
  expect(saveFailureMessage(new NotFoundError('gone'), 'this action')).toBe('This action could not be found; someone may have deleted it.');
  expect(saveFailureMessage(new OfflineError('down'))).toBe('The plan could not be reached. Check your connection and try again.');
  expect(saveFailureMessage(new Error('Something else.'))).toBe('Something else.');
});

test("the store's field messages are placed on the form's fields, and others are left out", () => {
  const error = new InvalidError('Refused.', { Title: 'Too long.', 'owner.email': 'Not an address.', Colour: 'Unknown.' });
  expect(fieldErrorsOf(error)).toEqual({ title: 'Too long.', owner: 'Not an address.' });
  expect(fieldErrorsOf(new OfflineError('down'))).toEqual({});
});
