import { useState } from 'react';
import type { EdsReview } from '../../domain/eds';
import { agreeingChoices, gradeValue, gradeWords, type OutcomeRow } from './review-draft';

/** One outcome's grade or score, its evidence and who agreed it, as shown and as typed. */
export interface OutcomeGraderState {
  /** "Grade" (EDS2) or "Score" (EDS 2022). */
  measure: 'Grade' | 'Score';
  /** The select's value: a grade, a score as text, or '' when not graded. */
  value: string;
  /** The grade or score in words, for a review that is read, not edited. */
  shown: string;
  /** The stored evidence titles, one per line. */
  evidence: string;
  /** Who agreed it, as stored. */
  agreedBy: readonly string[];
  /** The partners who may be chosen as having agreed it, and any earlier name no longer a partner. */
  choices: { name: string; label: string }[];
  /** What the person typed, which may hold spaces and blank lines the review does not keep. */
  evidenceText: string;
  typeEvidence: (text: string) => void;
  chooseAgreed: (name: string, chosen: boolean) => void;
}

/**
 * An outcome grader's state: what the review holds for the outcome, the evidence as typed, and
 * who agreed it, chosen from the review's partners; each change is passed on to the review.
 */
export function useOutcomeGrader(
  outcome: OutcomeRow,
  review: EdsReview,
  onEvidence: (evidence: string) => void,
  onAgreedBy: (names: readonly string[]) => void,
): OutcomeGraderState {
  const graded = review.outcomes.find((item) => item.outcomeId === outcome.id);
  const evidence = graded?.evidence.map((item) => item.title).join('\n') ?? '';
  const agreedBy = graded?.agreedBy ?? [];
  // The text as typed: the review keeps trimmed lines, which would swallow a space mid-word.
  const [evidenceText, setEvidenceText] = useState(evidence);
  return {
    measure: review.framework === 'eds2' ? 'Grade' : 'Score',
    value: gradeValue(review, outcome.id),
    shown: gradeWords(review, outcome.id),
    evidence,
    agreedBy,
    choices: agreeingChoices(review.partners, agreedBy),
    evidenceText,
    typeEvidence: (text) => {
      setEvidenceText(text);
      onEvidence(text);
    },
    chooseAgreed: (name, chosen) => onAgreedBy(chosen ? [...agreedBy, name] : agreedBy.filter((item) => item !== name)),
  };
}
