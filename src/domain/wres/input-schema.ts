import { z } from 'zod/mini';
import { STAFF_GROUPS } from './bands';
import { checkIndicator1Rows, checkEventsWithinPopulation } from './input-rules';
import { withDefault } from '../shared/with-default';

/** The only contract version so far. A breaking change to the shape bumps it. */
export const WRES_SCHEMA_VERSION = 1;

const count = z.int().check(z.minimum(0));
const percent = z.number().check(z.minimum(0), z.maximum(100));

/** White, BME and Unknown counts; Unknown may be left out and then counts as 0. */
const groupCountsSchema = z
  .strictObject({
    white: count.check(z.meta({ description: 'People whose ethnic category is White (codes A–C)' })),
    bme: count.check(z.meta({ description: 'Black and minority ethnic people (codes D–S)' })),
    unknown: withDefault(count, 0).check(z.meta({ description: 'Ethnicity not stated, not known or blank (Z, X, null)' })),
  })
  .check(z.meta({ description: 'Head counts by WRES ethnic group' }));

const indicator1RowSchema = z.strictObject({
  staffGroup: z.enum(STAFF_GROUPS),
  band: z.string().check(
    z.minLength(1),
    z.meta({
      description:
        'AfC "Band 1"…"Band 9" with "Band 8a"…"Band 8d", or "VSM"; for medical-dental: "Consultant", "Non-consultant career grade", "Trainee grade" or "Other"',
    }),
  ),
  white: count,
  bme: count,
  unknown: withDefault(count, 0),
});

const indicator1Schema = z.strictObject({ rows: z.array(indicator1RowSchema).check(z.minLength(1)) }).check(
  z.superRefine((value, ctx) => checkIndicator1Rows(value.rows, ctx)),
  z.meta({ description: 'Headcount by staff group and pay band at 31 March (ESR)' }),
);

const indicator2Schema = z.strictObject({ shortlisted: groupCountsSchema, appointed: groupCountsSchema }).check(
  z.superRefine((value, ctx) =>
    checkEventsWithinPopulation(ctx, 'indicator2', [], { events: 'appointed', population: 'shortlisted' }, value.appointed, value.shortlisted),
  ),
  z.meta({ description: 'Applicants shortlisted and appointed in the year to 31 March' }),
);

const disciplinaryYearSchema = z.strictObject({ headcount: groupCountsSchema, entered: groupCountsSchema });

const indicator3Schema = z
  .strictObject({
    headcount: groupCountsSchema,
    entered: groupCountsSchema,
    previousYear: z.optional(disciplinaryYearSchema).check(
      z.meta({
        description: 'The year before, for the two-year rolling average reading',
      }),
    ),
  })
  .check(
    z.superRefine((value, ctx) => {
      const names = { events: 'entered', population: 'headcount' };
      checkEventsWithinPopulation(ctx, 'indicator3', [], names, value.entered, value.headcount);
      if (value.previousYear !== undefined) {
        const { entered, headcount } = value.previousYear;
        checkEventsWithinPopulation(ctx, 'indicator3', ['previousYear'], names, entered, headcount);
      }
    }),
    z.meta({ description: 'Staff entering a formal disciplinary investigation, with headcount' }),
  );

const indicator4Schema = z.strictObject({ headcount: groupCountsSchema, accessed: groupCountsSchema }).check(
  z.superRefine((value, ctx) =>
    checkEventsWithinPopulation(ctx, 'indicator4', [], { events: 'accessed', population: 'headcount' }, value.accessed, value.headcount),
  ),
  z.meta({ description: 'Staff accessing non-mandatory training and CPD, with headcount' }),
);

const surveySchema = z
  .strictObject({
    white: percent.check(z.meta({ description: 'Percent of White respondents (0–100)' })),
    bme: percent.check(z.meta({ description: 'Percent of BME respondents (0–100)' })),
    whiteRespondents: z.optional(count),
    bmeRespondents: z.optional(count),
  })
  .check(z.meta({ description: 'NHS Staff Survey result, White and BME respondents' }));

const indicator9Schema = z
  .strictObject({
    boardVoting: groupCountsSchema.check(z.meta({ description: 'Voting board members: the WRES indicator 9 figure' })),
    boardNonVoting: z.optional(groupCountsSchema).check(
      z.meta({
        description:
          "Non-voting board members. With boardVoting it makes the whole board (voting + non-voting), the figure set beside England's all-board figure; give 0 counts for a board with none",
      }),
    ),
    boardExecutive: z.optional(groupCountsSchema).check(z.meta({ description: 'Executive board members (voting or not)' })),
    workforce: z.optional(groupCountsSchema).check(z.meta({ description: 'Defaults to the total of indicator 1' })),
  })
  .check(z.meta({ description: 'Board membership by ethnic group' }));

/** The versioned input contract: one organisation, one reporting year, every indicator optional. */
export const wresInputSchema = z
  .strictObject({
    schemaVersion: z.literal(WRES_SCHEMA_VERSION),
    organisation: z.strictObject({
      name: z.string().check(z.trim(), z.minLength(1)),
      odsCode: z.string().check(z.regex(/^[A-Z0-9]{3,10}$/, { error: 'must be 3 to 10 capital letters or digits, e.g. "RXX"' })),
    }),
    year: z.int().check(z.minimum(2015), z.maximum(2100), z.meta({ description: 'WRES report year: workforce data at 31 March of this year' })),
    indicator1: z.optional(indicator1Schema),
    indicator2: z.optional(indicator2Schema),
    indicator3: z.optional(indicator3Schema),
    indicator4: z.optional(indicator4Schema),
    indicator5: z.optional(surveySchema),
    indicator6: z.optional(surveySchema),
    indicator7: z.optional(surveySchema),
    indicator8: z.optional(surveySchema),
    indicator9: z.optional(indicator9Schema),
  })
  .check(
    z.meta({
      title: 'WRES input',
      description: "One NHS organisation's Workforce Race Equality Standard counts for one reporting year. Every indicator is optional.",
    }),
  );

/** Validated input, with defaults applied (a missing `unknown` is 0). */
export type WresInput = z.output<typeof wresInputSchema>;
/** Input as written in a file, before defaults. */
export type WresInputJson = z.input<typeof wresInputSchema>;
export type Indicator1Row = z.output<typeof indicator1RowSchema>;
export type DisciplinaryYear = z.output<typeof disciplinaryYearSchema>;
export type SurveyInput = z.output<typeof surveySchema>;
