import type { EdsReview } from '../../domain/eds';
import type { OutcomeRow } from './review-draft';
import { OutcomeHeading, OutcomeInputs, OutcomeRecord } from './outcome-grader-view';
import { useOutcomeGraderStyles } from './outcome-grader.styles';
import { useOutcomeGrader } from './use-outcome-grader';

export interface OutcomeGraderProps {
  outcome: OutcomeRow;
  review: EdsReview;
  editable: boolean;
  /** Whether the person may edit the plan, and so start an action from this outcome (even in an agreed review). */
  canEdit: boolean;
  linkedActions: number;
  onGrade: (value: string) => void;
  onEvidence: (evidence: string) => void;
  onAgreedBy: (names: readonly string[]) => void;
}

/** One outcome: its wording, its grade or score, the evidence behind it, and the actions linked to it. */
export function OutcomeGrader({ outcome, review, editable, canEdit, linkedActions, onGrade, onEvidence, onAgreedBy }: OutcomeGraderProps) {
  const styles = useOutcomeGraderStyles();
  const state = useOutcomeGrader(outcome, review, onEvidence, onAgreedBy);
  return (
    <div className={styles.row}>
      <OutcomeHeading outcome={outcome} linkedActions={linkedActions} canEdit={canEdit} />
      {editable ? <OutcomeInputs outcome={outcome} state={state} onGrade={onGrade} /> : <OutcomeRecord state={state} />}
    </div>
  );
}
