import { ACTION_STATUSES, checkStatusChange, ragOf } from '../../../src/domain/plan';

describe('action status', () => {
  test.each([
    ['Not started', 'grey'],
    ['On track', 'green'],
    ['At risk', 'amber'],
    ['Off track', 'red'],
    ['Completed', 'blue'],
  ] as const)('%s is %s', (status, rag) => {
    expect(ragOf(status)).toBe(rag);
  });

  test.each([
    ['Not started', 'On track', '', true],
    ['Not started', 'Completed', '', true],
    ['On track', 'Completed', '', true],
    ['Off track', 'On track', '', true],
    ['On track', 'At risk', 'Supplier delay', true],
    ['On track', 'At risk', '  ', false],
    ['At risk', 'Off track', '', false],
    ['Completed', 'On track', 'Reopened after audit', true],
    ['Completed', 'On track', '', false],
    ['On track', 'Not started', 'x', false],
    ['Completed', 'Not started', 'x', false],
    ['On track', 'On track', 'x', false],
  ] as const)('%s → %s with note %p allowed: %p', (from, to, note, ok) => {
    expect(checkStatusChange(from, to, note).ok).toBe(ok);
  });

  test('messages say why', () => {
    expect(checkStatusChange('On track', 'Not started')).toEqual({
      ok: false,
      message: 'status cannot change from On track to Not started: allowed are At risk, Off track, Completed',
    });
    expect(checkStatusChange('On track', 'Off track')).toEqual({
      ok: false,
      message: 'a progress note is required to change status from On track to Off track',
    });
    expect(checkStatusChange('At risk', 'At risk')).toEqual({ ok: false, message: 'status is already At risk' });
  });

  test('every status has somewhere to go', () => {
    for (const status of ACTION_STATUSES) {
      expect(ACTION_STATUSES.some((to) => checkStatusChange(status, to, 'note').ok)).toBe(true);
    }
  });
});
