import { EDS2022_DOMAINS, EDS2022_OUTCOMES, eds2022Rating, rollUpEds2022, type Eds2022Review, type Eds2022Score } from '../eds';
import { type Cell, type ExportTable, dateCell, neutraliseTable } from './cells';

/** What the EDS 2022 report is made from: the organisation's name and the review to show. */
export interface Eds2022ReportInput {
  readonly organisation: string;
  /** The review to show (see `reviewToShow`); undefined when no EDS 2022 review is agreed. */
  readonly review: Eds2022Review | undefined;
}

/** Several values in one cell, one a line, as the template's free-text boxes hold them. */
function lines(values: readonly string[]): string {
  return values.join('\n');
}

/** The score's meaning in the template's words, "Achieving activity", or "Not scored". */
function ratingOf(score: number | undefined): string {
  return score === undefined ? 'Not scored' : eds2022Rating(score as Eds2022Score);
}

function summaryTable(organisation: string, review: Eds2022Review): ExportTable {
  const rollUp = rollUpEds2022(review);
  const people = review.partners.people.map((person) =>
    [person.name, person.role, person.organisation].filter((part): part is string => part !== undefined).join(', '),
  );
  // Scores are numbers beside their maximum, so a spreadsheet can add and compare them.
  const rows: Cell[][] = [
    ['EDS 2022 report', 'Value', 'Out of', 'Agreed rating'],
    ['Organisation', organisation],
    ['Review year', review.year],
    ['Date completed', dateCell(review.reviewDate)],
    ['Status', review.status],
    ['Services reviewed (Domain 1)', lines(review.servicesReviewed ?? [])],
    ['Partner organisations', lines(review.partners.organisations)],
    ['Partners', lines(people)],
    ['Protected characteristics covered', lines(review.characteristics)],
    ['Other groups covered', lines(review.otherGroups)],
  ];
  for (const domain of rollUp.domains) {
    rows.push([`Domain ${domain.domain}: ${domain.name}`, domain.subtotal, domain.maximum, domain.agreedRating ?? '']);
  }
  rows.push(['Overall score', rollUp.total, 33]);
  // The roll-up gives a reason exactly when there is no overall rating.
  rows.push(['Overall organisation rating', rollUp.reason === null ? rollUp.overallRating : `Not rated: ${rollUp.reason}`]);
  return neutraliseTable({ name: 'EDS 2022 report', rows });
}

function outcomesTable(review: Eds2022Review): ExportTable {
  const rows: Cell[][] = [['Domain', 'Outcome', 'Wording', 'Score', 'Rating', 'Evidence', 'Agreed by']];
  for (const domain of EDS2022_DOMAINS) {
    for (const outcome of EDS2022_OUTCOMES.filter((candidate) => candidate.domain === domain.domain)) {
      const graded = review.outcomes.find((candidate) => candidate.outcomeId === outcome.id);
      const evidence = (graded?.evidence ?? []).map((item) => (item.url ? `${item.title} (${item.url})` : item.title));
      rows.push([
        `${domain.domain} ${domain.name}`,
        outcome.id,
        outcome.wording,
        graded?.score ?? null,
        ratingOf(graded?.score),
        lines(evidence),
        lines(graded?.agreedBy ?? []),
      ]);
    }
  }
  return neutraliseTable({ name: 'EDS 2022 outcomes', rows });
}

/**
 * The EDS 2022 report in the layout of NHS England's report template (eds-and-action-plans.md
 * §2.4): a summary sheet (organisation, review year, services reviewed for Domain 1, partners,
 * groups covered, each domain's score out of its maximum and agreed rating, the overall score out
 * of 33 and rating) and an outcomes sheet (one row per outcome 1A–3C with its score, its rating
 * words, evidence and who agreed it; an outcome not scored has no score and says so). Scores are
 * numbers and the completion date a date, so the workbook sorts and sums them. With no agreed
 * review, one sheet says there is none.
 */
export function eds2022ReportTables(input: Eds2022ReportInput): ExportTable[] {
  if (input.review === undefined) {
    return [{ name: 'EDS 2022 report', rows: [['EDS 2022 report'], ['No EDS 2022 review is agreed yet.']] }];
  }
  return [summaryTable(input.organisation, input.review), outcomesTable(input.review)];
}
