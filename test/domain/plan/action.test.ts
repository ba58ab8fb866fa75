import { parseAction } from '../../../src/domain/plan';
import { action, base } from './build';

function errors(change: Record<string, unknown>): string[] {
  const result = parseAction({ ...base, ...change });
  return result.ok ? [] : result.errors.map((e) => e.message);
}

describe('action validation', () => {
  test('a valid action gets defaults', () => {
    expect(action()).toMatchObject({ description: '', baseline: '', target: '', progressUpdates: [] });
  });

  test('a completed action with a completion date and a progress update is valid', () => {
    const done = action({
      status: 'Completed',
      completedOn: '2025-03-01',
      progressUpdates: [
        { at: '2025-03-01T10:00:00Z', authorId: 'u1', authorName: 'Priya Shah', note: 'Done', statusAfter: 'Completed', evidenceUrl: 'https://example.org/e' },
      ],
    });
    expect(done.progressUpdates).toHaveLength(1);
  });

  test.each([
    [{ title: '' }, 'title must be at least 1 character(s) long'],
    [{ indicators: ['10'] }, 'indicators[0] must be one of "1", "2", "3", "4", "5", "6", "7", "8", "9" (got "10")'],
    [{ indicators: ['2', '2'] }, 'indicators[1] (2) is listed twice'],
    [{ edsOutcomes: ['5.1'] }, 'edsOutcomes[0] must be an EDS2 outcome (1.1–4.3) or an EDS 2022 outcome (1A–3C) (got "5.1")'],
    [{ dueDate: '31/03/2025' }, 'dueDate must be a real date written YYYY-MM-DD (got "31/03/2025")'],
    [{ planYear: '2024/26' }, 'planYear must be a plan year such as 2024/25 (got "2024/26")'],
    [{ status: 'Done' }, 'status must be one of "Not started", "On track", "At risk", "Off track", "Completed" (got "Done")'],
    [{ status: 'Completed' }, 'completedOn is required when status is Completed'],
    [{ completedOn: '2025-03-01' }, 'completedOn must be left out while status is On track'],
    [{ owner: { id: 'u1', name: 'P', email: 'not-an-email' } }, 'owner.email must be an email address such as name@nhs.net (got "not-an-email")'],
    [
      { progressUpdates: [{ at: 'yesterday', authorId: 'a', authorName: 'b', note: 'c' }] },
      'progressUpdates[0].at must be a date and time such as 2025-04-01T09:30:00Z (got "yesterday")',
    ],
    [
      { progressUpdates: [{ at: '2025-03-01T10:00:00Z', authorId: 'a', authorName: 'b', note: 'c', evidenceUrl: 'javascript:alert(1)' }] },
      'progressUpdates[0].evidenceUrl must be a web address starting https:// (got "javascript:alert(1)")',
    ],
    [
      { progressUpdates: [{ at: '2025-03-01T10:00:00Z', authorId: 'a', authorName: 'b', note: 'c', evidenceUrl: 'data:text/html,<b>hi</b>' }] },
      'progressUpdates[0].evidenceUrl must be a web address starting https:// (got "data:text/html,<b>hi</b>")',
    ],
    [{ title: '\u202E\u200B ' }, 'title must be at least 1 character(s) long'],
  ])('rejects %j', (change, message) => {
    expect(errors(change)).toEqual([message]);
  });

  test('hidden bidi and zero-width characters are removed from every text the action stores', () => {
    const cleaned = action({
      title: 'Review fdp\u202E.exe',
      description: 'A\u200Bb',
      measureOfSuccess: '\u2066Rate\u2069 falls',
      baseline: '\uFEFF10%',
      target: '5%\u200F',
      owner: { id: 'u1', name: 'Priya\u200D Raman' },
      progressUpdates: [{ id: 'k1', at: '2025-03-01T10:00:00Z', authorId: 'u1', authorName: 'Priya Raman', note: 'Done \u202Dnow' }],
    });
    expect(cleaned).toMatchObject({
      title: 'Review fdp.exe',
      description: 'Ab',
      measureOfSuccess: 'Rate falls',
      baseline: '10%',
      target: '5%',
      owner: { name: 'Priya Raman' },
      progressUpdates: [{ id: 'k1', note: 'Done now' }],
    });
  });
});
