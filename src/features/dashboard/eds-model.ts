// Deep imports, not the eds index: the dashboard is the first screen, and the index would bring
// every EDS page's rules (completeness, lifecycle) into the chunks it downloads.
import { EDS2_GOALS, EDS2_OUTCOMES, eds2Colour, type Eds2Colour, type Eds2Grade } from '../../domain/eds/eds2';
import { EDS2022_DOMAINS, EDS2022_OUTCOMES, eds2022Rating } from '../../domain/eds/eds2022';
import type { Eds2022Review, Eds2Review, EdsReview } from '../../domain/eds/review';
import { type EdsFramework, isSettledReview, reviewToShow } from '../../domain/eds/review-to-show';
import { rollUpEds2022 } from '../../domain/eds/roll-up';
import type { ActionSummaries } from '../../domain/plan';
import { linkedActions, type LinkedActions } from './action-links';

/** The scores an EDS 2022 outcome can have; a stored score is read through it rather than trusted. */
const EDS2022_SCORES = [0, 1, 2, 3] as const;

export interface Eds2OutcomeModel {
  id: string;
  wording: string;
  /** The latest grade given to this outcome, in any review. */
  grade: Eds2Grade | null;
  colour: Eds2Colour | null;
  /** The year of the review that gave the grade. */
  gradedIn: number | null;
  actions: LinkedActions;
}

export interface Eds2GoalModel {
  goal: number;
  name: string;
  outcomes: Eds2OutcomeModel[];
}

export interface Eds2022OutcomeModel {
  id: string;
  wording: string;
  score: number | null;
  rating: string | null;
  actions: LinkedActions;
}

export interface Eds2022DomainModel {
  domain: number;
  name: string;
  subtotal: number;
  maximum: number;
  scored: number;
  outcomes: number;
  /** The rating the review panel agreed for the domain, or null; never worked out from the scores. */
  agreedRating: string | null;
  outcomeRows: Eds2022OutcomeModel[];
}

export type EdsPanelModel =
  | { framework: 'eds2'; latestYear: number | null; status: string | null; inProgressYear: number | null; goals: Eds2GoalModel[] }
  | {
      framework: 'eds2022';
      latestYear: number | null;
      status: string | null;
      /** The year of a newer draft review, named only as in progress. */
      inProgressYear: number | null;
      domains: Eds2022DomainModel[];
      total: number;
      overallRating: string | null;
      overallReason: string | null;
    };

/** Older first: by year, then review date. */
function byRecency(a: EdsReview, b: EdsReview): number {
  return a.year - b.year || (a.reviewDate ?? '').localeCompare(b.reviewDate ?? '');
}

function eds2Panel(reviews: readonly Eds2Review[], summaries: ActionSummaries): EdsPanelModel {
  const { shown: latest, inProgress } = reviewToShow(reviews, 'eds2');
  // Only agreed grades count; each outcome shows its grade from the newest agreed review that graded it.
  const ordered = reviews.filter(isSettledReview).toSorted(byRecency);
  const latestGrade = new Map<string, { grade: Eds2Grade; year: number }>();
  for (const review of ordered) for (const outcome of review.outcomes) latestGrade.set(outcome.outcomeId, { grade: outcome.grade, year: review.year });
  const goals = EDS2_GOALS.map((goal) => ({
    goal: goal.goal,
    name: goal.name,
    outcomes: EDS2_OUTCOMES.filter((outcome) => outcome.goal === goal.goal).map((outcome): Eds2OutcomeModel => {
      const graded = latestGrade.get(outcome.id);
      return {
        id: outcome.id,
        wording: outcome.wording,
        grade: graded?.grade ?? null,
        colour: graded === undefined ? null : eds2Colour(graded.grade),
        gradedIn: graded?.year ?? null,
        actions: linkedActions(summaries.byEdsOutcome[outcome.id]),
      };
    }),
  }));
  return { framework: 'eds2', latestYear: latest?.year ?? null, status: latest?.status ?? null, inProgressYear: inProgress?.year ?? null, goals };
}

function eds2022Panel(reviews: readonly Eds2022Review[], summaries: ActionSummaries): EdsPanelModel {
  const { shown, inProgress } = reviewToShow(reviews, 'eds2022');
  const latest = shown?.framework === 'eds2022' ? shown : undefined;
  const rollUp = latest === undefined ? null : rollUpEds2022(latest);
  const scoreOf = new Map((latest?.outcomes ?? []).map((outcome) => [outcome.outcomeId, outcome.score]));
  const domains = EDS2022_DOMAINS.map((domain): Eds2022DomainModel => {
    const rolled = rollUp?.domains.find((d) => d.domain === domain.domain);
    const inDomain = EDS2022_OUTCOMES.filter((outcome) => outcome.domain === domain.domain);
    return {
      domain: domain.domain,
      name: domain.name,
      subtotal: rolled?.subtotal ?? 0,
      maximum: rolled?.maximum ?? inDomain.length * 3,
      scored: rolled?.scored ?? 0,
      outcomes: inDomain.length,
      agreedRating: rolled?.agreedRating ?? null,
      outcomeRows: inDomain.map((outcome) => {
        const score = EDS2022_SCORES.find((known) => known === scoreOf.get(outcome.id));
        return {
          id: outcome.id,
          wording: outcome.wording,
          score: score ?? null,
          rating: score === undefined ? null : eds2022Rating(score),
          actions: linkedActions(summaries.byEdsOutcome[outcome.id]),
        };
      }),
    };
  });
  return {
    framework: 'eds2022',
    latestYear: latest?.year ?? null,
    status: latest?.status ?? null,
    inProgressYear: inProgress?.year ?? null,
    domains,
    total: rollUp?.total ?? 0,
    overallRating: rollUp?.overallRating ?? null,
    overallReason: rollUp?.reason ?? null,
  };
}

/**
 * The EDS panel for the trust's framework, following the one rule of {@link reviewToShow}: EDS2 goals with each outcome's latest grade, or EDS
 * 2022 domains with their score out of their maximum and any rating the panel agreed (never one
 * worked out from the scores), and the overall rating once all 11 outcomes are scored.
 */
export function edsPanel(framework: EdsFramework, reviews: readonly EdsReview[], summaries: ActionSummaries): EdsPanelModel {
  if (framework === 'eds2')
    return eds2Panel(
      reviews.filter((r): r is Eds2Review => r.framework === 'eds2'),
      summaries,
    );
  return eds2022Panel(
    reviews.filter((r): r is Eds2022Review => r.framework === 'eds2022'),
    summaries,
  );
}
