import { z } from 'zod/mini';
import { EDS2022_OUTCOMES } from '../eds/eds2022';
import { EDS2_OUTCOMES } from '../eds/eds2';
import { plainText, requiredPlainText } from '../shared/hidden-characters';
import { isIsoDate, planYearRange } from '../shared/uk-date';
import { type Validated, zodIssuesToFieldErrors } from '../shared/validation';
import { webAddress } from '../shared/web-address';
import { WRES_INDICATOR_IDS } from '../wres/indicator-catalogue';
import { ACTION_STATUSES } from './status';
import { withDefault } from '../shared/with-default';

export const ACTION_PRIORITIES = ['High', 'Medium', 'Low'] as const;

const EDS_OUTCOME_IDS: ReadonlySet<string> = new Set([...EDS2_OUTCOMES, ...EDS2022_OUTCOMES].map((outcome) => outcome.id));

const text = requiredPlainText;
const isoDate = z.string().check(z.refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' }));

/**
 * A progress note. `at`, `authorId` and `authorName` are what SharePoint recorded (the item's
 * createdDateTime and createdBy), never what the writer sent. `id` is the key the writer chose, so
 * a retried post finds the first copy; updates posted before keys existed have none.
 */
const progressUpdateSchema = z.strictObject({
  id: z.optional(text),
  at: z.iso.datetime({ offset: true, error: 'must be a date and time such as 2025-04-01T09:30:00Z' }),
  authorId: text,
  authorName: text,
  note: text,
  statusAfter: z.optional(z.enum(ACTION_STATUSES)),
  evidenceUrl: z.optional(webAddress),
});

/**
 * A race-equality action. Linked WRES indicators are "1".."9"; linked EDS outcomes are EDS2 ids
 * ("3.4") or EDS 2022 ids ("2B"). `planYear` is the NHS financial year, e.g. "2024/25".
 * `completedOn` is required when, and only when, the status is Completed.
 */
const actionSchema = z
  .strictObject({
    id: text,
    title: text.check(z.maxLength(200)),
    description: withDefault(plainText, ''),
    indicators: withDefault(z.array(z.enum(WRES_INDICATOR_IDS)), []),
    edsOutcomes: withDefault(
      z.array(z.string().check(z.refine((id) => EDS_OUTCOME_IDS.has(id), { error: 'must be an EDS2 outcome (1.1–4.3) or an EDS 2022 outcome (1A–3C)' }))),
      [],
    ),
    owner: z.strictObject({ id: text, name: text, email: z.optional(z.email({ error: 'must be an email address such as name@nhs.net' })) }),
    dueDate: isoDate,
    status: z.enum(ACTION_STATUSES),
    priority: z.enum(ACTION_PRIORITIES),
    measureOfSuccess: text,
    baseline: withDefault(plainText, ''),
    target: withDefault(plainText, ''),
    planYear: z.string().check(z.refine((year) => planYearRange(year) !== null, { error: 'must be a plan year such as 2024/25' })),
    completedOn: z.optional(isoDate),
    progressUpdates: withDefault(z.array(progressUpdateSchema), []),
  })
  .check(
    z.superRefine((action, ctx) => {
      if (action.status === 'Completed' && action.completedOn === undefined) {
        ctx.addIssue({ code: 'custom', path: ['completedOn'], message: 'completedOn is required when status is Completed' });
      }
      if (action.status !== 'Completed' && action.completedOn !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['completedOn'], message: `completedOn must be left out while status is ${action.status}` });
      }
      for (const key of ['indicators', 'edsOutcomes'] as const) {
        const list: readonly string[] = action[key];
        list.forEach((item, index) => {
          if (list.indexOf(item) !== index) ctx.addIssue({ code: 'custom', path: [key, index], message: `${key}[${index}] (${item}) is listed twice` });
        });
      }
    }),
  );

export type Action = z.output<typeof actionSchema>;
export type ActionJson = z.input<typeof actionSchema>;
export type ProgressUpdate = z.output<typeof progressUpdateSchema>;

/** What a writer sends to post an update: a key of its own and the note; SharePoint records who and when. */
export type NewProgressUpdate = Pick<ProgressUpdate, 'note' | 'statusAfter' | 'evidenceUrl'> & { readonly id: string };

/** Validates an action; every error names its field path and the rule broken. */
export function parseAction(data: unknown): Validated<Action> {
  const parsed = actionSchema.safeParse(data, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: zodIssuesToFieldErrors(parsed.error.issues) };
}
