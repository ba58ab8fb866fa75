import {
  EDS2022_OUTCOMES,
  EDS2_OUTCOMES,
  rollUpEds2,
  rollUpEds2022,
  type Eds2022RollUp,
  type Eds2RollUp,
  type EdsReview,
} from '../../domain/eds';

export type Framework = EdsReview['framework'];
export type GradedOutcome = EdsReview['outcomes'][number];

export interface OutcomeRow {
  id: string;
  wording: string;
  /** Goal (EDS2) or domain (EDS 2022) the outcome sits in. */
  group: number;
}

/** The outcomes of a framework, in catalogue order. */
export function outcomesOf(framework: Framework): OutcomeRow[] {
  return framework === 'eds2'
    ? EDS2_OUTCOMES.map((outcome) => ({ id: outcome.id, wording: outcome.wording, group: outcome.goal }))
    : EDS2022_OUTCOMES.map((outcome) => ({ id: outcome.id, wording: outcome.wording, group: outcome.domain }));
}

/** A new draft review with nothing graded yet. */
export function newReview(id: string, framework: Framework, year: number): EdsReview {
  const common = {
    id,
    year,
    status: 'Draft' as const,
    partners: { organisations: [], people: [] },
    characteristics: [],
    otherGroups: [],
  };
  return framework === 'eds2' ? { ...common, framework, outcomes: [] } : { ...common, framework, outcomes: [], domainRatings: {} };
}

/** One line per item, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** "Name, role, organisation" per line; role and organisation may be left out. */
export function peopleOf(text: string): EdsReview['partners']['people'] {
  return linesOf(text).map((line) => {
    const [name = '', role, organisation] = line.split(',').map((part) => part.trim());
    return { name, ...(role ? { role } : {}), ...(organisation ? { organisation } : {}) };
  });
}

export function peopleText(people: EdsReview['partners']['people']): string {
  return people.map((person) => [person.name, person.role ?? '', person.organisation ?? ''].join(', ').replace(/(, )+$/, '')).join('\n');
}

/**
 * Sets or clears one outcome's grade (EDS2) or score (EDS 2022). Clearing removes the outcome from
 * the review, because a review may grade a subset of outcomes.
 */
export function withGrade(review: EdsReview, outcomeId: string, value: string): EdsReview {
  const kept = review.outcomes.filter((outcome) => outcome.outcomeId !== outcomeId);
  if (value === '') return { ...review, outcomes: kept } as EdsReview;
  const previous = review.outcomes.find((outcome) => outcome.outcomeId === outcomeId);
  const graded = {
    outcomeId,
    evidence: previous?.evidence ?? [],
    agreedBy: previous?.agreedBy ?? [],
    ...(review.framework === 'eds2' ? { grade: value } : { score: Number(value) }),
  };
  const position = new Map(outcomesOf(review.framework).map((outcome, index) => [outcome.id, index]));
  const outcomes = [...kept, graded].toSorted((a, b) => (position.get(a.outcomeId) ?? 0) - (position.get(b.outcomeId) ?? 0));
  return { ...review, outcomes } as EdsReview;
}

/** Replaces one graded outcome's evidence notes (one per line) and who agreed it (one per line). */
export function withEvidence(review: EdsReview, outcomeId: string, evidenceText: string, agreedByText: string): EdsReview {
  const outcomes = review.outcomes.map((outcome) =>
    outcome.outcomeId === outcomeId ? { ...outcome, evidence: linesOf(evidenceText).map((title) => ({ title })), agreedBy: linesOf(agreedByText) } : outcome,
  );
  return { ...review, outcomes } as EdsReview;
}

export function gradeValue(review: EdsReview, outcomeId: string): string {
  const outcome = review.outcomes.find((item) => item.outcomeId === outcomeId);
  if (!outcome) return '';
  return 'grade' in outcome ? outcome.grade : String(outcome.score);
}

export function rollUpOf(review: EdsReview): Eds2RollUp | Eds2022RollUp {
  return review.framework === 'eds2' ? rollUpEds2(review) : rollUpEds2022(review);
}

/** Agreed and published reviews are the record of what partners agreed: they are not edited. */
export function isLocked(review: EdsReview): boolean {
  return review.status !== 'Draft';
}
