import { Checkbox, Field, Link, Select, Text, Textarea } from '@fluentui/react-components';
import { Link as RouterLink } from 'wouter';
import { CreateActionLink } from '../../components/create-action-link';
import { EDS2_GRADES, EDS2022_RATINGS } from '../../domain/eds';
import type { OutcomeRow } from './review-draft';
import { useOutcomeGraderStyles } from './outcome-grader.styles';
import type { OutcomeGraderState } from './use-outcome-grader';

/**
 * The outcome's number and wording, a link to the actions that work on it and, for people who may
 * edit the plan, "Create action" to start one linked to it.
 */
export function OutcomeHeading({ outcome, linkedActions, canEdit }: { outcome: OutcomeRow; linkedActions: number; canEdit: boolean }) {
  const styles = useOutcomeGraderStyles();
  return (
    <div>
      <Text weight="semibold">{outcome.id}</Text> <Text>{outcome.wording}</Text>
      <div className={styles.links}>
        <RouterLink href={`~/actions?eds=${encodeURIComponent(outcome.id)}`} asChild>
          <Link>
            {linkedActions} linked {linkedActions === 1 ? 'action' : 'actions'}
          </Link>
        </RouterLink>
        {canEdit ? <CreateActionLink cause={{ eds: outcome.id }} subject={`EDS outcome ${outcome.id}`} /> : null}
      </div>
    </div>
  );
}

function GradeSelect({ outcome, state, onGrade }: { outcome: OutcomeRow; state: OutcomeGraderState; onGrade: (value: string) => void }) {
  return (
    <Field label={`${state.measure} for outcome ${outcome.id}`}>
      <Select value={state.value} onChange={(_, data) => onGrade(data.value)}>
        <option value="">{state.measure === 'Grade' ? 'Not graded' : 'Not scored'}</option>
        {state.measure === 'Grade'
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
  );
}

/** Who agreed the grade, ticked from the review's partners; with no partners yet, says where to add them. */
function AgreedByChoice({ outcome, state }: { outcome: OutcomeRow; state: OutcomeGraderState }) {
  const styles = useOutcomeGraderStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend>Agreed by, for outcome {outcome.id}</legend>
      {state.choices.length === 0 ? <Text>Add the partners taking part under Date and partners, then tick who agreed.</Text> : null}
      {state.choices.map((choice) => (
        <Checkbox
          key={choice.name}
          label={choice.label}
          checked={state.agreedBy.includes(choice.name)}
          onChange={(_, data) => state.chooseAgreed(choice.name, data.checked === true)}
        />
      ))}
    </fieldset>
  );
}

/** The grade or score, and once there is one, the evidence and who agreed it. */
export function OutcomeInputs({ outcome, state, onGrade }: { outcome: OutcomeRow; state: OutcomeGraderState; onGrade: (value: string) => void }) {
  const styles = useOutcomeGraderStyles();
  return (
    <div className={styles.inputs}>
      <GradeSelect outcome={outcome} state={state} onGrade={onGrade} />
      {state.value !== '' ? (
        <>
          <Field label={`Evidence for outcome ${outcome.id}`} hint="One note or document per line.">
            <Textarea value={state.evidenceText} onChange={(_, data) => state.typeEvidence(data.value)} />
          </Field>
          <AgreedByChoice outcome={outcome} state={state} />
        </>
      ) : null}
    </div>
  );
}

/** The grade, evidence and partners as recorded, for a review that is read rather than edited. */
export function OutcomeRecord({ state }: { state: OutcomeGraderState }) {
  const styles = useOutcomeGraderStyles();
  return (
    <div className={styles.inputs}>
      <Text>
        <Text weight="semibold">{state.measure}:</Text> {state.shown}
      </Text>
      {state.evidence ? <Text>Evidence: {state.evidence.split('\n').join('; ')}</Text> : null}
      {state.agreedBy.length > 0 ? <Text>Agreed by: {state.agreedBy.join('; ')}</Text> : null}
    </div>
  );
}
