import {
  EDS2022_DOMAINS,
  EDS2022_OUTCOMES,
  EDS2022_RATINGS,
  EDS2_GRADES,
  EDS2_GOALS,
  EDS2_GRADE_COLOURS,
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

export interface OutcomeGroup {
  id: number;
  /** "Goal 1: Better health outcomes", "Domain 2: Workforce health and well-being". */
  name: string;
  outcomes: OutcomeRow[];
}

/** The goals (EDS2) or domains (EDS 2022) of a framework, each with its outcomes. */
export function outcomeGroups(framework: Framework): OutcomeGroup[] {
  const outcomes = outcomesOf(framework);
  const groups =
    framework === 'eds2'
      ? EDS2_GOALS.map((goal) => ({ id: goal.goal, name: `Goal ${goal.goal}: ${goal.name}` }))
      : EDS2022_DOMAINS.map((domain) => ({ id: domain.domain, name: `Domain ${domain.domain}: ${domain.name}` }));
  return groups.map((group) => ({ ...group, outcomes: outcomes.filter((outcome) => outcome.group === group.id) }));
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

/** Puts one graded outcome in place of any earlier grading of it (or just removes it), in catalogue order. */
function placed<T extends { outcomeId: string }>(framework: Framework, outcomes: readonly T[], outcomeId: string, graded: T | undefined): T[] {
  const kept = outcomes.filter((outcome) => outcome.outcomeId !== outcomeId);
  if (graded === undefined) return kept;
  const position = new Map(outcomesOf(framework).map((outcome, index) => [outcome.id, index]));
  return [...kept, graded].toSorted((a, b) => (position.get(a.outcomeId) ?? 0) - (position.get(b.outcomeId) ?? 0));
}

/**
 * Sets or clears one outcome's grade (EDS2) or score (EDS 2022). Clearing (or a value that is no
 * EDS2 grade) removes the outcome from the review, because a review may grade a subset of outcomes.
 */
export function withGrade(review: EdsReview, outcomeId: string, value: string): EdsReview {
  const previous = review.outcomes.find((outcome) => outcome.outcomeId === outcomeId);
  const notes = { outcomeId, evidence: previous?.evidence ?? [], agreedBy: previous?.agreedBy ?? [] };
  if (review.framework === 'eds2') {
    const grade = EDS2_GRADES.find((known) => known === value);
    return { ...review, outcomes: placed(review.framework, review.outcomes, outcomeId, grade === undefined ? undefined : { ...notes, grade }) };
  }
  return { ...review, outcomes: placed(review.framework, review.outcomes, outcomeId, value === '' ? undefined : { ...notes, score: Number(value) }) };
}

/** One graded outcome with `change` applied; other outcomes, and an outcome not graded, are left as they are. */
function withOutcome<T extends GradedOutcome>(outcomes: readonly T[], outcomeId: string, change: (outcome: T) => T): T[] {
  return outcomes.map((outcome) => (outcome.outcomeId === outcomeId ? change(outcome) : outcome));
}

/** Replaces one graded outcome's evidence notes, one per line as typed. */
export function withEvidence(review: EdsReview, outcomeId: string, evidenceText: string): EdsReview {
  const evidence = linesOf(evidenceText).map((title) => ({ title }));
  return review.framework === 'eds2'
    ? { ...review, outcomes: withOutcome(review.outcomes, outcomeId, (outcome) => ({ ...outcome, evidence })) }
    : { ...review, outcomes: withOutcome(review.outcomes, outcomeId, (outcome) => ({ ...outcome, evidence })) };
}

/** Replaces who agreed one graded outcome: names chosen from the review's partners (or kept from before). */
export function withAgreedBy(review: EdsReview, outcomeId: string, agreedBy: readonly string[]): EdsReview {
  const names = [...new Set(agreedBy)];
  return review.framework === 'eds2'
    ? { ...review, outcomes: withOutcome(review.outcomes, outcomeId, (outcome) => ({ ...outcome, agreedBy: names })) }
    : { ...review, outcomes: withOutcome(review.outcomes, outcomeId, (outcome) => ({ ...outcome, agreedBy: names })) };
}

export type Partners = EdsReview['partners'];
export type Partner = Partners['people'][number];

/** A person's name with their role and organisation, for choosing them: "Jo Bloggs (Chair, BME staff network)". */
export function personLabel(person: Partner): string {
  const about = [person.role, person.organisation].filter((part) => part !== undefined && part !== '');
  return about.length > 0 ? `${person.name} (${about.join(', ')})` : person.name;
}

/** Who may be chosen as having agreed an outcome: the review's people and organisations, then any earlier name no longer among them. */
export function agreeingChoices(partners: Partners, agreedBy: readonly string[]): { name: string; label: string }[] {
  const listed = [
    ...partners.people.map((person) => ({ name: person.name, label: personLabel(person) })),
    ...partners.organisations.map((organisation) => ({ name: organisation, label: organisation })),
  ];
  const known = new Set(listed.map((choice) => choice.name));
  const earlier = agreedBy.filter((name) => !known.has(name)).map((name) => ({ name, label: `${name} (no longer a partner)` }));
  return [...listed, ...earlier].filter((choice, index, all) => all.findIndex((other) => other.name === choice.name) === index);
}

export function gradeValue(review: EdsReview, outcomeId: string): string {
  const outcome = review.outcomes.find((item) => item.outcomeId === outcomeId);
  if (!outcome) return '';
  return 'grade' in outcome ? outcome.grade : String(outcome.score);
}

/** An outcome's grade or score as read on a locked review: "Achieving (green)", "2: Achieving activity", "Not graded". */
export function gradeWords(review: EdsReview, outcomeId: string): string {
  const outcome = review.outcomes.find((item) => item.outcomeId === outcomeId);
  if (!outcome) return review.framework === 'eds2' ? 'Not graded' : 'Not scored';
  return 'grade' in outcome ? `${outcome.grade} (${EDS2_GRADE_COLOURS[outcome.grade]})` : `${outcome.score}: ${EDS2022_RATINGS[outcome.score] ?? ''}`;
}

export function rollUpOf(review: EdsReview): Eds2RollUp | Eds2022RollUp {
  return review.framework === 'eds2' ? rollUpEds2(review) : rollUpEds2022(review);
}

/** Agreed and published reviews are the record of what partners agreed: they are not edited. */
export function isLocked(review: EdsReview): boolean {
  return review.status !== 'Draft';
}
