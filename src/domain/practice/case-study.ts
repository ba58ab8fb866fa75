import { z } from 'zod/mini';
import { EDS2022_OUTCOMES } from '../eds/eds2022';
import { EDS2_OUTCOMES } from '../eds/eds2';
import { requiredPlainText } from '../shared/hidden-characters';
import { isIsoDate } from '../shared/uk-date';
import { type Validated, zodIssuesToFieldErrors } from '../shared/validation';
import { webAddress } from '../shared/web-address';
import { WRES_INDICATOR_IDS } from '../wres/indicator-catalogue';
import { withDefault } from '../shared/with-default';

/** The kinds of NHS organisation that share practice, for filtering the library. */
export const ORGANISATION_TYPES = ['Acute trust', 'Mental health trust', 'Community trust', 'Ambulance trust', 'Integrated care board', 'Other'] as const;

/** NHS England's seven regions. */
export const NHS_REGIONS = ['East of England', 'London', 'Midlands', 'North East and Yorkshire', 'North West', 'South East', 'South West'] as const;

const EDS_OUTCOME_IDS: ReadonlySet<string> = new Set([...EDS2_OUTCOMES, ...EDS2022_OUTCOMES].map((outcome) => outcome.id));
const text = requiredPlainText;
const isoDate = z.string().check(z.refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' }));

/** An indicator's value before and after the work, in the indicator's own unit. */
const measureSchema = z.strictObject({
  indicator: z.enum(WRES_INDICATOR_IDS),
  before: z.number(),
  after: z.number(),
  yearBefore: z.optional(z.int().check(z.minimum(2011), z.maximum(2100))),
  yearAfter: z.optional(z.int().check(z.minimum(2011), z.maximum(2100))),
});

/**
 * A piece of good practice as other trusts see it in the shared library. It holds no internal
 * fields: the contact appears only when that person agreed to be named.
 */
const caseStudySchema = z.strictObject({
  id: text,
  title: text.check(z.maxLength(200)),
  problem: text,
  whatWasDone: text,
  impact: text,
  measures: withDefault(z.array(measureSchema), []),
  indicators: withDefault(z.array(z.enum(WRES_INDICATOR_IDS)), []),
  edsOutcomes: withDefault(
    z.array(z.string().check(z.refine((id) => EDS_OUTCOME_IDS.has(id), { error: 'must be an EDS2 outcome (1.1–4.3) or an EDS 2022 outcome (1A–3C)' }))),
    [],
  ),
  organisation: z.strictObject({ name: text, odsCode: text, type: z.enum(ORGANISATION_TYPES), region: z.enum(NHS_REGIONS) }),
  contact: z.optional(z.strictObject({ name: text, email: z.email({ error: 'must be an email address such as name@nhs.net' }) })),
  links: withDefault(z.array(z.strictObject({ title: text, url: webAddress })), []),
  /** The action it grew from, in the publishing trust's own plan. */
  sourceActionId: z.optional(text),
  publishedOn: isoDate,
});

export type CaseStudy = z.output<typeof caseStudySchema>;
export type CaseStudyJson = z.input<typeof caseStudySchema>;

/** Validates a case study; every error names its field path and the rule broken. */
export function parseCaseStudy(data: unknown): Validated<CaseStudy> {
  const parsed = caseStudySchema.safeParse(data, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: zodIssuesToFieldErrors(parsed.error.issues) };
}
