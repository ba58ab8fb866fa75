import { useState } from 'react';
import type { EdsReview } from '../../domain/eds';
import { gradeValue, gradeWords, type OutcomeRow } from './review-draft';

/** One outcome's grade or score, its evidence and who agreed it, as shown and as typed. */
export interface OutcomeGraderState {
  /** "Grade" (EDS2) or "Score" (EDS 2022). */
  measure: 'Grade' | 'Score';
  /** The select's value: a grade, a score as text, or '' when not graded. */
  value: string;
  /** The grade or score in words, for a review that is read, not edited. */
  shown: string;
  /** The stored evidence titles and who agreed it, one per line. */
  evidence: string;
  agreedBy: string;
  /** What the person typed, which may hold spaces and blank lines the review does not keep. */
  evidenceText: string;
  agreedByText: string;
  typeEvidence: (text: string) => void;
  typeAgreedBy: (text: string) => void;
}

/**
 * An outcome grader's state: what the review holds for the outcome, and the evidence and
 * partners as typed, each change passed on to the review.
 */
export function useOutcomeGrader(outcome: OutcomeRow, review: EdsReview, onEvidence: (evidence: string, agreedBy: string) => void): OutcomeGraderState {
  const graded = review.outcomes.find((item) => item.outcomeId === outcome.id);
  const evidence = graded?.evidence.map((item) => item.title).join('\n') ?? '';
  const agreedBy = graded?.agreedBy.join('\n') ?? '';
  // The text as typed: the review keeps trimmed lines, which would swallow a space mid-word.
  const [evidenceText, setEvidenceText] = useState(evidence);
  const [agreedByText, setAgreedByText] = useState(agreedBy);
  return {
    measure: review.framework === 'eds2' ? 'Grade' : 'Score',
    value: gradeValue(review, outcome.id),
    shown: gradeWords(review, outcome.id),
    evidence,
    agreedBy,
    evidenceText,
    agreedByText,
    typeEvidence: (text) => {
      setEvidenceText(text);
      onEvidence(text, agreedByText);
    },
    typeAgreedBy: (text) => {
      setAgreedByText(text);
      onEvidence(evidenceText, text);
    },
  };
}
