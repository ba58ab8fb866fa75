import { FieldsToCheck } from '../../lib/form-errors';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useOperation, type Operation } from '../../components/use-operation';
import { EDS2022_OUTCOMES, EDS2_OUTCOMES, planFramework } from '../../domain/eds';
import type { Action } from '../../domain/plan';
import { parseCaseStudy, type CaseStudy } from '../../domain/practice';
import { InvalidError, describeStorageError, type Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { caseStudyInputOf, draftFromAction, draftOf, fieldErrorsOf, type Draft } from './case-study-draft';

/** Everything the share (or edit) form shows and does. */
export interface ShareCaseStudyPageState {
  /** The case study being edited; undefined when a new one is being written. */
  editing: CaseStudy | undefined;
  draft: Draft;
  /** Each field's problem, by the field's name. */
  errors: Record<string, string>;
  /** The plan's completed actions, any of which a new case study may start from. */
  completed: Versioned<Action>[];
  /** The outcomes of the plan's EDS framework. */
  edsIds: string[];
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  toggle: (key: 'indicators' | 'edsOutcomes', id: string, on: boolean) => void;
  /** Starts the form again from a completed action, or from scratch. */
  startFrom: (actionId: string | null) => void;
  /** Publishing (or saving the edit), whose value is the case study's id. */
  publication: Operation<[Draft], string>;
  /** The form's submit: it only needs to stop the browser's own submission. */
  submit: (event: Pick<FormEvent, 'preventDefault'>) => void;
}

// A form that failed its own checks is said in the same place as a publish the library refused.
const describePublishFailure = (error: unknown): string =>
  error instanceof FieldsToCheck ? error.message : describeStorageError(error, { subject: 'the case study', place: 'the good-practice library' });

/**
 * The share form's state: the draft, its errors, and publishing it (or saving the edit) to the
 * library. `organisation` is the one it is published under, from Settings (see
 * `publishingOrganisationOf`): the page opens the form only once Settings give one.
 */
export function useShareCaseStudyPage(editing: CaseStudy | undefined, organisation: CaseStudy['organisation']): ShareCaseStudyPageState {
  const [, navigate] = useLocation();
  const from = new URLSearchParams(useSearch()).get('from');
  const { snapshot, storage, user, today, openLibrary } = usePlanData();
  const completed = useMemo(() => (snapshot?.actions ?? []).filter((action) => action.value.status === 'Completed'), [snapshot]);
  const actionOf = useCallback((id: string | null | undefined) => completed.find((item) => item.value.id === id)?.value, [completed]);
  const [draft, setDraft] = useState<Draft>(() => (editing ? draftOf(editing) : draftFromAction(actionOf(from), organisation, today)));
  // The case study's id and the edit's key are chosen once per form, so a retried publish or
  // save is recognised by the api and changes nothing rather than making a second copy.
  const [caseStudyId] = useState(() => editing?.id ?? crypto.randomUUID());
  const [editKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The outcomes of the framework every page uses (Settings, else the newest review's, else EDS 2022).
  const framework = planFramework(
    snapshot?.settings.edsFramework,
    (snapshot?.edsReviews ?? []).map((review) => review.value),
  );
  const edsIds = (framework === 'eds2022' ? EDS2022_OUTCOMES : EDS2_OUTCOMES).map((outcome) => outcome.id);

  const publish = useCallback(
    async (typed: Draft): Promise<string> => {
      const writer = { name: user.displayName, email: user.email };
      const checked = parseCaseStudy(
        caseStudyInputOf(typed, { id: caseStudyId, organisation, today, editing, source: actionOf(typed.sourceActionId), writer }),
      );
      if (!checked.ok) {
        setErrors(fieldErrorsOf(checked.errors.map((error) => [error.path, error.message])));
        throw new FieldsToCheck();
      }
      setErrors({});
      const library = await openLibrary();
      if (editing) await library.edit(checked.value, storage.site.id, editKey);
      else await library.publish(checked.value, storage.site.id);
      return checked.value.id;
    },
    [user, caseStudyId, organisation, today, editing, actionOf, openLibrary, storage, editKey],
  );
  const publication = useOperation(publish, describePublishFailure);

  const submit = (event: Pick<FormEvent, 'preventDefault'>): void => {
    event.preventDefault();
    void publication.run(draft).then((result) => {
      if (result.ok) navigate(`/${encodeURIComponent(result.value)}`);
      else if (result.error instanceof InvalidError) setErrors(fieldErrorsOf(Object.entries(result.error.fields)));
    });
  };

  return {
    editing,
    draft,
    errors,
    completed,
    edsIds,
    set: (key, value) => setDraft((current) => ({ ...current, [key]: value })),
    toggle: (key, id, on) => setDraft((current) => ({ ...current, [key]: on ? [...current[key], id] : current[key].filter((item) => item !== id) })),
    startFrom: (actionId) => setDraft(draftFromAction(actionOf(actionId), organisation, today)),
    publication,
    submit,
  };
}
