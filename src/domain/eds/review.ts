import { z } from 'zod';
import { requiredPlainText } from '../shared/hidden-characters';
import { isIsoDate } from '../shared/uk-date';
import { type Validated, zodIssuesToFieldErrors } from '../shared/validation';
import { webAddress } from '../shared/web-address';
import { EDS2_GRADES, EDS2_OUTCOMES } from './eds2';
import { EDS2022_OUTCOMES } from './eds2022';

/** The nine protected characteristics of the Equality Act 2010. */
export const PROTECTED_CHARACTERISTICS = [
  'Age',
  'Disability',
  'Gender reassignment',
  'Marriage and civil partnership',
  'Pregnancy and maternity',
  'Race',
  'Religion or belief',
  'Sex',
  'Sexual orientation',
] as const;

export const REVIEW_STATUSES = ['Draft', 'Agreed', 'Published'] as const;
const OVERALL = ['Undeveloped', 'Developing', 'Achieving', 'Excelling'] as const;

const text = requiredPlainText;
const isoDate = z.string().refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' });
const evidence = z.strictObject({ title: text, url: webAddress.optional() });
/**
 * One change of a review's status, kept so a reopened review says why: who (as SharePoint
 * recorded them, never typed), when (ISO date-time), from and to which status, and the reason.
 */
const reviewEvent = z.strictObject({ at: text, by: text, from: z.enum(REVIEW_STATUSES), to: z.enum(REVIEW_STATUSES), reason: text });
const outcomeBase = { evidence: z.array(evidence).default([]), agreedBy: z.array(text).default([]) };

const common = {
  id: text,
  year: z.number().int().min(2011).max(2100),
  reviewDate: isoDate.optional(),
  status: z.enum(REVIEW_STATUSES),
  partners: z.strictObject({
    organisations: z.array(text).default([]),
    people: z.array(z.strictObject({ name: text, role: text.optional(), organisation: text.optional() })).default([]),
  }),
  characteristics: z.array(z.enum(PROTECTED_CHARACTERISTICS)).default([]),
  /** Groups beyond the Act, e.g. homeless people, carers, people on low incomes. */
  otherGroups: z.array(text).default([]),
  /** Status changes, oldest first; optional so reviews stored before it was kept still read. */
  history: z.array(reviewEvent).optional(),
};

function noRepeatedOutcomes(outcomes: readonly { outcomeId: string }[], ctx: z.RefinementCtx): void {
  outcomes.forEach((outcome, index) => {
    const first = outcomes.findIndex((other) => other.outcomeId === outcome.outcomeId);
    if (first !== index) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcomes', index, 'outcomeId'],
        message: `outcomes[${index}].outcomeId (${outcome.outcomeId}) is already graded in outcomes[${first}]`,
      });
    }
  });
}

const eds2Review = z
  .strictObject({
    ...common,
    framework: z.literal('eds2'),
    outcomes: z.array(
      z.strictObject({ outcomeId: z.enum(EDS2_OUTCOMES.map((x) => x.id) as [string, ...string[]]), grade: z.enum(EDS2_GRADES), ...outcomeBase }),
    ),
  })
  .superRefine((review, ctx) => noRepeatedOutcomes(review.outcomes, ctx));

const eds2022Review = z
  .strictObject({
    ...common,
    framework: z.literal('eds2022'),
    /** The services Domain 1 was applied to this year (Domain 1 covers a selection of services). */
    servicesReviewed: z.array(text).optional(),
    outcomes: z.array(
      z.strictObject({
        outcomeId: z.enum(EDS2022_OUTCOMES.map((x) => x.id) as [string, ...string[]]),
        score: z.number().int().min(0).max(3),
        ...outcomeBase,
      }),
    ),
    /** Domain ratings the panel agreed, shown as agreed; no domain rating is ever worked out from scores. */
    domainRatings: z.strictObject({ '1': z.enum(OVERALL).optional(), '2': z.enum(OVERALL).optional(), '3': z.enum(OVERALL).optional() }).default({}),
  })
  .superRefine((review, ctx) => noRepeatedOutcomes(review.outcomes, ctx));

/**
 * An EDS review: framework, year, the outcomes graded (any subset, since many organisations
 * review some goals or domains a year), evidence per outcome, partners (organisations and
 * people), protected characteristics and other groups covered.
 */
const edsReviewSchema = z.discriminatedUnion('framework', [eds2Review, eds2022Review]);
export type EdsReview = z.output<typeof edsReviewSchema>;
export type Eds2Review = z.output<typeof eds2Review>;
export type Eds2022Review = z.output<typeof eds2022Review>;
export type EdsReviewEvent = z.output<typeof reviewEvent>;

/** Validates an EDS review; every error names its field path and rule. */
export function parseEdsReview(data: unknown): Validated<EdsReview> {
  const parsed = edsReviewSchema.safeParse(data, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: zodIssuesToFieldErrors(parsed.error.issues) };
}
