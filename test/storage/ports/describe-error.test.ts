import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  OfflineError,
  SetupNeededError,
  StorageFailure,
  ThrottledError,
  UnreachableError,
  describeStorageError,
  messageOf,
} from '../../../src/storage/ports';

describe('every page words a storage failure the same way', () => {
  test.each([
    [new ForbiddenError('Read access only.'), "You do not have permission to change the plan's figures. Read access only."],
    [new OfflineError('fetch failed'), 'The plan could not be reached. Check your connection and try again.'],
    [
      new UnreachableError(),
      "Cannot reach the plan's SharePoint site. Check your connection or VPN, then try again; if it goes on, ask your SharePoint administrator whether the site is available.",
    ],
    [new ThrottledError('busy', 30), 'Microsoft 365 is busy. Try again in 30 seconds.'],
    [new ThrottledError('busy'), 'Microsoft 365 is busy. Try again in a moment.'],
    [new ConflictError(undefined), "Someone else changed the plan's figures since you opened it."],
    [new NotFoundError('gone'), "The plan's figures could not be found; someone may have deleted it."],
    [new InvalidError('Bad value.', { Year: 'must be a number' }), 'The plan refused a value: Bad value. Year: must be a number'],
    [new SetupNeededError(['Actions']), 'The race equality plan is not set up on this site yet: Actions is missing.'],
    [new StorageFailure('Server error.', 500), 'Server error. (error 500)'],
    [new StorageFailure('Server error.'), 'Server error.'],
    [new Error('Something else.'), 'Something else.'],
    ['a thrown string', 'a thrown string'],
  ])('%p reads "%s"', (error, words) => {
    expect(describeStorageError(error, { subject: "the plan's figures" })).toBe(words);
  });

  test('a failure elsewhere names where', () => {
    const place = { subject: 'the case study', place: 'the good-practice hub' };
    expect(describeStorageError(new OfflineError('x'), place)).toBe('The good-practice hub could not be reached. Check your connection and try again.');
    expect(describeStorageError(new UnreachableError(), place)).toMatch(/^Cannot reach the good-practice hub's SharePoint site\. Check your connection or VPN/);
    expect(describeStorageError(new InvalidError('Too long.'), place)).toBe('The good-practice hub refused a value: Too long.');
  });

  test('a site that does not answer is told apart from one that is busy, and neither is worded as the other', () => {
    const unreachable = describeStorageError(new UnreachableError());
    const busy = describeStorageError(new ThrottledError('busy', 5));
    expect(unreachable).not.toMatch(/busy/i);
    expect(busy).not.toMatch(/cannot reach|could not be reached/i);
    expect(new UnreachableError().kind).toBe('unreachable');
  });

  test('the subject defaults to the plan', () => {
    expect(describeStorageError(new ForbiddenError('No.'))).toBe('You do not have permission to change the plan. No.');
  });

  test('messageOf gives an Error its message and anything else as text', () => {
    expect(messageOf(new Error('x'))).toBe('x');
    expect(messageOf(42)).toBe('42');
  });
});
