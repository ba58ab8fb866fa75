import { Field, Link, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Link as RouterLink } from 'wouter';
import { EDS2_GRADE_COLOURS, EDS2_GRADES, EDS2022_RATINGS, type EdsReview } from '../../domain/eds';
import type { OutcomeRow } from './review-draft';
import { gradeValue } from './review-draft';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  inputs: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface OutcomeGraderProps {
  outcome: OutcomeRow;
  review: EdsReview;
  editable: boolean;
  linkedActions: number;
  onGrade: (value: string) => void;
  onEvidence: (evidence: string, agreedBy: string) => void;
}

const COLOUR_WORDS: Readonly<Record<string, string>> = { red: 'red', amber: 'amber', green: 'green', purple: 'purple' };

/** One outcome: its wording, its grade or score, the evidence behind it, and the actions linked to it. */
export function OutcomeGrader({ outcome, review, editable, linkedActions, onGrade, onEvidence }: OutcomeGraderProps) {
  const styles = useStyles();
  const value = gradeValue(review, outcome.id);
  const graded = review.outcomes.find((item) => item.outcomeId === outcome.id);
  const evidence = graded?.evidence.map((item) => item.title).join('\n') ?? '';
  const agreedBy = graded?.agreedBy.join('\n') ?? '';
  // The text as typed: the review keeps trimmed lines, which would swallow a space mid-word.
  const [evidenceText, setEvidenceText] = useState(evidence);
  const [agreedByText, setAgreedByText] = useState(agreedBy);
  const shown =
    value === ''
      ? review.framework === 'eds2'
        ? 'Not graded'
        : 'Not scored'
      : review.framework === 'eds2'
        ? `${value} (${COLOUR_WORDS[EDS2_GRADE_COLOURS[value as (typeof EDS2_GRADES)[number]]] ?? ''})`
        : `${value}: ${EDS2022_RATINGS[Number(value)] ?? ''}`;
  return (
    <div className={styles.row}>
      <div>
        <Text weight="semibold">{outcome.id}</Text> <Text>{outcome.wording}</Text>
        <div>
          <RouterLink href={`~/actions?eds=${encodeURIComponent(outcome.id)}`} asChild>
            <Link>
              {linkedActions} linked {linkedActions === 1 ? 'action' : 'actions'}
            </Link>
          </RouterLink>
        </div>
      </div>
      {editable ? (
        <div className={styles.inputs}>
          <Field label={review.framework === 'eds2' ? `Grade for outcome ${outcome.id}` : `Score for outcome ${outcome.id}`}>
            <Select value={value} onChange={(_, data) => onGrade(data.value)}>
              <option value="">{review.framework === 'eds2' ? 'Not graded' : 'Not scored'}</option>
              {review.framework === 'eds2'
                ? EDS2_GRADES.map((grade) => (
                    <option key={grade} value={grade}>
                      {grade}
                    </option>
                  ))
                : EDS2022_RATINGS.map((rating, score) => (
                    <option key={rating} value={String(score)}>
                      {score}: {rating}
                    </option>
                  ))}
            </Select>
          </Field>
          {value !== '' ? (
            <>
              <Field label={`Evidence for outcome ${outcome.id}`} hint="One note or document per line.">
                <Textarea
                  value={evidenceText}
                  onChange={(_, data) => {
                    setEvidenceText(data.value);
                    onEvidence(data.value, agreedByText);
                  }}
                />
              </Field>
              <Field label={`Agreed by, for outcome ${outcome.id}`} hint="The partners who agreed this grade, one per line.">
                <Textarea
                  value={agreedByText}
                  onChange={(_, data) => {
                    setAgreedByText(data.value);
                    onEvidence(evidenceText, data.value);
                  }}
                />
              </Field>
            </>
          ) : null}
        </div>
      ) : (
        <div className={styles.inputs}>
          <Text>
            <Text weight="semibold">{review.framework === 'eds2' ? 'Grade' : 'Score'}:</Text> {shown}
          </Text>
          {evidence ? <Text>Evidence: {evidence.split('\n').join('; ')}</Text> : null}
          {agreedBy ? <Text>Agreed by: {agreedBy.split('\n').join('; ')}</Text> : null}
        </div>
      )}
    </div>
  );
}
