import { z } from 'zod/mini';
import { requiredPlainText } from '../shared/hidden-characters';
import { isIsoDate } from '../shared/uk-date';
import { type Validated, zodIssuesToFieldErrors } from '../shared/validation';
import { webAddress } from '../shared/web-address';
import { EDS2_GRADES, EDS2_OUTCOMES } from './eds2';
import { EDS2022_OUTCOMES } from './eds2022';
import { withDefault } from '../shared/with-default';

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
const isoDate = z.string().check(z.refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' }));
const evidence = z.strictObject({ title: text, url: z.optional(webAddress) });
/**
 * One change of a review's status, kept so a reopened review says why: who (as SharePoint
 * recorded them, never typed), when (ISO date-time), from and to which status, and the reason.
 */
const reviewEvent = z.strictObject({ at: text, by: text, from: z.enum(REVIEW_STATUSES), to: z.enum(REVIEW_STATUSES), reason: text });
const outcomeBase = { evidence: withDefault(z.array(evidence), []), agreedBy: withDefault(z.array(text), []) };

const common = {
  id: text,
  year: z.int().check(z.minimum(2011), z.maximum(2100)),
  reviewDate: z.optional(isoDate),
  status: z.enum(REVIEW_STATUSES),
  partners: z.strictObject({
    organisations: withDefault(z.array(text), []),
    people: withDefault(z.array(z.strictObject({ name: text, role: z.optional(text), organisation: z.optional(text) })), []),
  }),
  characteristics: withDefault(z.array(z.enum(PROTECTED_CHARACTERISTICS)), []),
  /** Groups beyond the Act, e.g. homeless people, carers, people on low incomes. */
  otherGroups: withDefault(z.array(text), []),
  /** Status changes, oldest first; optional so reviews stored before it was kept still read. */
  history: z.optional(z.array(reviewEvent)),
};

function noRepeatedOutcomes(outcomes: readonly { outcomeId: string }[], ctx: z.core.$RefinementCtx): void {
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
  .check(z.superRefine((review, ctx) => noRepeatedOutcomes(review.outcomes, ctx)));

const eds2022Review = z
  .strictObject({
    ...common,
    framework: z.literal('eds2022'),
    /** The services Domain 1 was applied to this year (Domain 1 covers a selection of services). */
    servicesReviewed: z.optional(z.array(text)),
    outcomes: z.array(
      z.strictObject({
        outcomeId: z.enum(EDS2022_OUTCOMES.map((x) => x.id) as [string, ...string[]]),
        score: z.int().check(z.minimum(0), z.maximum(3)),
        ...outcomeBase,
      }),
    ),
    /** Domain ratings the panel agreed, shown as agreed; no domain rating is ever worked out from scores. */
    domainRatings: withDefault(z.strictObject({ '1': z.optional(z.enum(OVERALL)), '2': z.optional(z.enum(OVERALL)), '3': z.optional(z.enum(OVERALL)) }), {}),
  })
  .check(z.superRefine((review, ctx) => noRepeatedOutcomes(review.outcomes, ctx)));

/**
 * An EDS review: framework, year, the outcomes graded (any subset, since many organisations
 * review some goals or domains a year), evidence per outcome, partners (organisations and
 * people), protected characteristics and other groups covered.
 */
const edsReviewSchema = z.discriminatedUnion('framework', [eds2Review, eds2022Review], {
  // zod/mini words nothing itself; this is the English wording of an unknown framework that readers have always seen.
  error: (issue) => (issue.code === 'invalid_union' ? "Invalid discriminator value. Expected 'eds2' | 'eds2022'" : undefined),
});
export type EdsReview = z.output<typeof edsReviewSchema>;
export type Eds2Review = z.output<typeof eds2Review>;
export type Eds2022Review = z.output<typeof eds2022Review>;
export type EdsReviewEvent = z.output<typeof reviewEvent>;

/** Validates an EDS review; every error names its field path and rule. */
export function parseEdsReview(data: unknown): Validated<EdsReview> {
  const parsed = edsReviewSchema.safeParse(data, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: zodIssuesToFieldErrors(parsed.error.issues) };
}
