import { useCallback, useEffect, useRef, useState } from 'react';
import { completeness, describeMissing, parseEdsReview, type EdsReview } from '../../domain/eds';
import { useOperation, type Operation } from '../../components/use-operation';
import { useLeaveGuard, type LeaveGuard } from '../../components/use-leave-guard';
import type { IsoDate } from '../../domain/shared';
import { ConflictError, describeStorageError } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { isLocked, outcomeGroups, rollUpOf, withAgreedBy, withEvidence, withGrade, type OutcomeGroup, type Partner } from './review-draft';

/** How long after the last change a draft saves itself: long enough not to save every keystroke. */
export const AUTOSAVE_DELAY_MS = 1500;

/** A review its own checks refused; the message is what the checks said. */
export class ReviewNotValid extends Error {}

/** Why a save failed, in words; the grades typed so far stay on the page whatever happened. */
function describeReviewFailure(error: unknown): string {
  if (error instanceof ReviewNotValid) return error.message;
  if (error instanceof ConflictError) return 'Your grades are still here. Reload to see theirs, then grade again.';
  return `${describeStorageError(error, { subject: 'this review' })} Your grades are still here.`;
}

/** Why "Mark as agreed" was refused; `asked` counts the refusals, so a second click moves focus to it again. */
export interface AgreeRefusal {
  readonly missing: string;
  readonly asked: number;
}

/** Everything the review page shows and does, from the stored review and the grades typed since. */
export interface ReviewPageState {
  review: EdsReview;
  /** "EDS2 review 2024". */
  name: string;
  /** Who took part and which groups the review covers, in one sentence. */
  description: string;
  /** Agreed or published: kept as a record, never changed. */
  locked: boolean;
  editable: boolean;
  /** May edit the plan: offers "Create action" on each outcome, whether or not the review is agreed. */
  canEdit: boolean;
  rollUp: ReturnType<typeof rollUpOf>;
  groups: OutcomeGroup[];
  linkedActions: (outcomeId: string) => number;
  grade: (outcomeId: string, value: string) => void;
  evidence: (outcomeId: string, text: string) => void;
  agreedBy: (outcomeId: string, names: readonly string[]) => void;
  /** Sets or (undefined) clears the date the partners met. */
  setReviewDate: (date: IsoDate | undefined) => void;
  /** Today in the UK, marked on the review date's calendar. */
  today: IsoDate;
  addPerson: (person: Partner) => void;
  removePerson: (index: number) => void;
  addOrganisation: (name: string) => void;
  removeOrganisation: (name: string) => void;
  /** Changes typed here that are not stored yet. */
  unsaved: boolean;
  /** Saves a review over the version with this eTag, and resolves to what to say when it worked. */
  save: Operation<[EdsReview, string | undefined, string, EdsReview | undefined], string>;
  /** "Saving…", "Saved", "Not saved — why", "Unsaved changes", or nothing before any change. */
  saveState: string;
  saveDraft: () => void;
  markAgreed: () => void;
  refusal: AgreeRefusal | undefined;
  /** The question asked before agreeing a complete review. */
  confirming: string | undefined;
  confirmAgreed: () => void;
  cancelAgreed: () => void;
  /** Asks before leaving the page with changes not yet stored. */
  leaveGuard: LeaveGuard;
  /** After a conflict: the plan as it is now, their grades instead of the ones typed here. */
  reloadTheirs: () => void;
}

function saveStateOf(save: ReviewPageState['save'], unsaved: boolean): string {
  if (save.status.kind === 'busy') return 'Saving…';
  if (save.status.kind === 'failed') return `Not saved — ${save.status.message}`;
  if (unsaved) return 'Unsaved changes';
  return save.status.kind === 'done' ? save.status.value : '';
}

/**
 * The review page's state: the review (as stored until a grade is typed), its roll-up, the
 * outcomes by goal or domain, and saving or agreeing it. A draft saves itself
 * {@link AUTOSAVE_DELAY_MS} after the last change; a draft whose save failed waits for the next
 * change or for Save, so a conflict is not sent again and again. Undefined when there is no such review.
 */
export function useReviewPage(reviewId: string): ReviewPageState | undefined {
  const { snapshot, storage, canEdit, refresh, reload, today } = usePlanData();
  const stored = snapshot?.edsReviews.find((review) => review.value.id === reviewId);
  const [draft, setDraft] = useState<EdsReview | undefined>(undefined);
  const [refusal, setRefusal] = useState<AgreeRefusal | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  // The draft whose save failed: it is not saved again on its own.
  const failed = useRef<EdsReview | undefined>(undefined);
  const saveReview = useCallback(
    async (next: EdsReview, eTag: string | undefined, done: string, basedOn: EdsReview | undefined): Promise<string> => {
      try {
        const checked = parseEdsReview(next);
        if (!checked.ok) throw new ReviewNotValid(checked.errors.map((error) => error.message).join(' '));
        await storage.eds.saveReview(checked.value, eTag);
        await refresh();
      } catch (error) {
        failed.current = basedOn;
        throw error;
      }
      // Changes typed while it saved stay, and are saved next.
      setDraft((current) => (current === basedOn ? undefined : current));
      return done;
    },
    [storage, refresh, setDraft],
  );
  const save = useOperation(saveReview, describeReviewFailure);
  const editable = stored !== undefined && canEdit && !isLocked(stored.value);
  const eTag = stored?.eTag;
  const { run } = save;

  useEffect(() => {
    if (draft === undefined || !editable || save.busy || failed.current === draft) return undefined;
    const timer = setTimeout(() => void run(draft, eTag, 'Saved', draft), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, editable, save.busy, run, eTag]);

  const unsaved = draft !== undefined && editable;
  const leaveGuard = useLeaveGuard(unsaved);

  if (!stored) return undefined;
  const review = draft ?? stored.value;
  const actions = snapshot?.actions ?? [];
  const change = (edit: (current: EdsReview) => EdsReview): void => setDraft((current) => edit(current ?? stored.value));
  const frameworkName = review.framework === 'eds2' ? 'EDS2' : 'EDS 2022';
  return {
    review,
    name: `${frameworkName} review ${review.year}`,
    description: `Partners: ${review.partners.organisations.join(', ') || 'none recorded'}. Covers: ${[...review.characteristics, ...review.otherGroups].join(', ') || 'not recorded'}.`,
    locked: isLocked(stored.value),
    editable,
    canEdit,
    rollUp: rollUpOf(review),
    groups: outcomeGroups(review.framework),
    linkedActions: (outcomeId) => actions.filter((action) => action.value.edsOutcomes.includes(outcomeId)).length,
    grade: (outcomeId, value) => change((current) => withGrade(current, outcomeId, value)),
    evidence: (outcomeId, text) => change((current) => withEvidence(current, outcomeId, text)),
    agreedBy: (outcomeId, names) => change((current) => withAgreedBy(current, outcomeId, names)),
    setReviewDate: (date) =>
      change((current) => {
        const { reviewDate: _previous, ...rest } = current;
        return date === undefined ? rest : { ...rest, reviewDate: date };
      }),
    today,
    addPerson: (person) => change((current) => ({ ...current, partners: { ...current.partners, people: [...current.partners.people, person] } })),
    removePerson: (index) =>
      change((current) => ({ ...current, partners: { ...current.partners, people: current.partners.people.filter((_, at) => at !== index) } })),
    addOrganisation: (name) =>
      change((current) =>
        current.partners.organisations.includes(name)
          ? current
          : { ...current, partners: { ...current.partners, organisations: [...current.partners.organisations, name] } },
      ),
    removeOrganisation: (name) =>
      change((current) => ({ ...current, partners: { ...current.partners, organisations: current.partners.organisations.filter((item) => item !== name) } })),
    unsaved,
    save,
    saveState: editable ? saveStateOf(save, unsaved) : '',
    saveDraft: () => {
      failed.current = undefined;
      void save.run(review, stored.eTag, 'Saved', draft);
    },
    markAgreed: () => {
      const missing = completeness(review);
      if (missing.complete) {
        setRefusal(undefined);
        setConfirming(true);
      } else {
        setRefusal((previous) => ({ missing: describeMissing(missing, review.framework), asked: (previous?.asked ?? 0) + 1 }));
      }
    },
    refusal,
    confirming: confirming
      ? `Mark the ${review.year} ${frameworkName} review as agreed? It will be the review the dashboard and board report show, and it is then kept as a record: changing it means reopening it with a reason.`
      : undefined,
    confirmAgreed: () => {
      setConfirming(false);
      void save.run({ ...review, status: 'Agreed' }, stored.eTag, 'The review is agreed.', draft);
    },
    cancelAgreed: () => setConfirming(false),
    leaveGuard,
    reloadTheirs: () =>
      void reload().then(() => {
        setDraft(undefined);
        failed.current = undefined;
        save.reset();
      }),
  };
}
