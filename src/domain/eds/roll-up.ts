import { EDS2_GOALS, EDS2_OUTCOMES, type Eds2Grade } from './eds2';
import { EDS2022_DOMAINS, EDS2022_OUTCOMES, type Eds2022OverallRating, eds2022OverallRating } from './eds2022';
import type { Eds2022Review, Eds2Review } from './review';

/** The key of each EDS 2022 domain in a review's agreed domain ratings. */
const DOMAIN_KEYS = { 1: '1', 2: '2', 3: '3' } as const;

type GradeCounts = Readonly<Record<Eds2Grade, number>>;

export interface Eds2GoalRollUp {
  readonly goal: 1 | 2 | 3 | 4;
  readonly name: string;
  readonly graded: number;
  readonly outcomes: number;
  readonly grades: GradeCounts;
}

export interface Eds2RollUp {
  readonly framework: 'eds2';
  readonly goals: readonly Eds2GoalRollUp[];
  readonly grades: GradeCounts;
  readonly graded: number;
  /** Outcomes not graded in this review, in catalogue order. */
  readonly notGraded: readonly string[];
}

function countGrades(grades: readonly Eds2Grade[]): GradeCounts {
  // Every grade is a key, even when no outcome has it: the type requires each of EDS2_GRADES.
  const counts: Record<Eds2Grade, number> = { Undeveloped: 0, Developing: 0, Achieving: 0, Excelling: 0 };
  for (const grade of grades) counts[grade] += 1;
  return counts;
}

/** Roll-up of an EDS2 review: counts of each grade per goal and overall, and what was not graded. */
export function rollUpEds2(review: Eds2Review): Eds2RollUp {
  const gradeOf = new Map(review.outcomes.map((outcome) => [outcome.outcomeId, outcome.grade]));
  const goals = EDS2_GOALS.map((goal): Eds2GoalRollUp => {
    const inGoal = EDS2_OUTCOMES.filter((outcome) => outcome.goal === goal.goal);
    const grades = inGoal.flatMap((outcome) => gradeOf.get(outcome.id) ?? []);
    return { goal: goal.goal, name: goal.name, graded: grades.length, outcomes: inGoal.length, grades: countGrades(grades) };
  });
  return {
    framework: 'eds2',
    goals,
    grades: countGrades([...gradeOf.values()]),
    graded: gradeOf.size,
    notGraded: EDS2_OUTCOMES.filter((outcome) => !gradeOf.has(outcome.id)).map((outcome) => outcome.id),
  };
}

export interface Eds2022DomainRollUp {
  readonly domain: 1 | 2 | 3;
  readonly name: string;
  readonly scored: number;
  readonly outcomes: number;
  /** Sum of the scores given (whole points); shown as "subtotal of maximum", e.g. "7 of 12". */
  readonly subtotal: number;
  /** 3 × the domain's outcomes: 12, 12 and 9. */
  readonly maximum: number;
  /**
   * The rating the review panel agreed for the domain, shown as agreed; null when it agreed none.
   * Never worked out from the scores: no national domain bands exist, and the overall bands rate
   * only the full 0–33 total.
   */
  readonly agreedRating: Eds2022OverallRating | null;
}

export interface Eds2022RollUp {
  readonly framework: 'eds2022';
  readonly domains: readonly Eds2022DomainRollUp[];
  readonly total: number;
  readonly scored: number;
  /** Only when all 11 outcomes are scored: the bands are defined on the full 0–33 total. */
  readonly overallRating: Eds2022OverallRating | null;
  readonly reason: string | null;
  readonly readings: { readonly achievingBand: '22-32' };
}

/** A domain's score in words: "7 of 12" (subtotal of maximum), the way it is reported. */
export function eds2022DomainScore(domain: Pick<Eds2022DomainRollUp, 'subtotal' | 'maximum'>): string {
  return `${domain.subtotal} of ${domain.maximum}`;
}

/**
 * Roll-up of an EDS 2022 review.
 *
 * - Domain subtotal = sum of its scored outcomes (0–3 each), out of maximum = 3 × its outcomes
 *   (12, 12, 9); the domain carries only the rating its panel agreed (`agreedRating`), never one
 *   derived from its scores, so 8 of 9 is "8 of 9", not "Excelling".
 * - Overall: total = sum of all scores given; rated on the national bands (<8 Undeveloped, 8–21
 *   Developing, 22–32 Achieving, 33 Excelling) only when all 11 outcomes are scored; otherwise
 *   null with the reason, since a partial total would understate it.
 */
export function rollUpEds2022(review: Eds2022Review): Eds2022RollUp {
  const scoreOf = new Map(review.outcomes.map((outcome) => [outcome.outcomeId, outcome.score]));
  const domains = EDS2022_DOMAINS.map((domain): Eds2022DomainRollUp => {
    const inDomain = EDS2022_OUTCOMES.filter((outcome) => outcome.domain === domain.domain);
    const scores = inDomain.flatMap((outcome) => scoreOf.get(outcome.id) ?? []);
    const subtotal = scores.reduce<number>((sum, score) => sum + score, 0);
    return {
      domain: domain.domain,
      name: domain.name,
      scored: scores.length,
      outcomes: inDomain.length,
      subtotal,
      maximum: inDomain.length * 3,
      agreedRating: review.domainRatings[DOMAIN_KEYS[domain.domain]] ?? null,
    };
  });
  const total = domains.reduce((sum, domain) => sum + domain.subtotal, 0);
  const complete = scoreOf.size === EDS2022_OUTCOMES.length;
  return {
    framework: 'eds2022',
    domains,
    total,
    scored: scoreOf.size,
    overallRating: complete ? eds2022OverallRating(total) : null,
    reason: complete ? null : `only ${scoreOf.size} of 11 outcomes are scored, and the overall bands need all 11`,
    readings: { achievingBand: '22-32' },
  };
}
