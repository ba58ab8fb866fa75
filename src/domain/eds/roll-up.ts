import { EDS2_GOALS, EDS2_GRADES, EDS2_OUTCOMES, type Eds2Grade } from './eds2';
import {
  EDS2022_DOMAINS,
  EDS2022_OUTCOMES,
  type Eds2022OverallRating,
  eds2022DomainRatingFromMean,
  eds2022OverallRating,
} from './eds2022';
import type { Eds2022Review, Eds2Review } from './review';

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
  const counts = Object.fromEntries(EDS2_GRADES.map((grade) => [grade, 0])) as Record<Eds2Grade, number>;
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
  /** Sum of the scores given; the maximum is 3 × outcomes (12, 12, 9). */
  readonly subtotal: number;
  readonly maximum: number;
  readonly rating: Eds2022OverallRating | null;
  /** 'agreed' when the panel gave it, 'mean-score' when read from the scores, null when none scored. */
  readonly ratingSource: 'agreed' | 'mean-score' | null;
}

export interface Eds2022RollUp {
  readonly framework: 'eds2022';
  readonly domains: readonly Eds2022DomainRollUp[];
  readonly total: number;
  readonly scored: number;
  /** Only when all 11 outcomes are scored: the bands are defined on the full 0–33 total. */
  readonly overallRating: Eds2022OverallRating | null;
  readonly reason: string | null;
  readonly readings: { readonly domainRating: 'mean-score'; readonly achievingBand: '22-32' };
}

/**
 * Roll-up of an EDS 2022 review. Domain subtotal = sum of its scored outcomes; domain rating =
 * the panel's agreed rating, else the 'mean-score' reading of the subtotal ÷ outcomes scored.
 * Overall = sum of all 11 scores, rated by the bands (<8, 8–21, 22–32, 33); when fewer than 11
 * are scored the rating is null with the reason, since a partial total would understate it.
 */
export function rollUpEds2022(review: Eds2022Review): Eds2022RollUp {
  const scoreOf = new Map(review.outcomes.map((outcome) => [outcome.outcomeId, outcome.score]));
  const domains = EDS2022_DOMAINS.map((domain): Eds2022DomainRollUp => {
    const inDomain = EDS2022_OUTCOMES.filter((outcome) => outcome.domain === domain.domain);
    const scores = inDomain.flatMap((outcome) => scoreOf.get(outcome.id) ?? []);
    const subtotal = scores.reduce<number>((sum, score) => sum + score, 0);
    const agreed = review.domainRatings[String(domain.domain) as '1' | '2' | '3'];
    const rating = agreed ?? (scores.length === 0 ? null : eds2022DomainRatingFromMean(subtotal / scores.length));
    return {
      domain: domain.domain,
      name: domain.name,
      scored: scores.length,
      outcomes: inDomain.length,
      subtotal,
      maximum: inDomain.length * 3,
      rating,
      ratingSource: agreed !== undefined ? 'agreed' : rating === null ? null : 'mean-score',
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
    readings: { domainRating: 'mean-score', achievingBand: '22-32' },
  };
}
