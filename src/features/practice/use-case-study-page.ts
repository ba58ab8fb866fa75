import { addDays, formatISO, parseISO } from 'date-fns';
import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { useOperation, type Operation } from '../../components/use-operation';
import { actionFromCaseStudy } from '../../domain/practice';
import { describeStorageError, type PublishedCaseStudy } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { useLibrary } from './use-library';

/** New adopted actions are due a quarter from today, a date the owner will then set properly. */
const ADOPTED_DUE_IN_DAYS = 90;

/**
 * The action adopting a case study makes in this plan. Its id is the case study's, so a second
 * click, a retry or another tab finds the first action (ids are unique in the plan) and never
 * adds another.
 */
export function adoptedActionId(caseStudyId: string): string {
  return `adopted-${caseStudyId}`;
}

/** An adoption that reached the plan. */
export interface Adopted {
  actionId: string;
  /** Why the library's count could not be updated yet; the action is in the plan all the same. */
  countPending?: string;
}

/** Everything the case study page shows and does. */
export interface CaseStudyPageState {
  /** Still reading the library. */
  loading: boolean;
  /** The case study, once read; undefined when there is none at this address. */
  entry: PublishedCaseStudy | undefined;
  /** Why the library could not be read, if it could not. */
  error: string | undefined;
  canEdit: boolean;
  /** The case study is this trust's own, so it may edit or withdraw it. */
  ours: boolean;
  alreadyAdopted: boolean;
  actionId: string;
  adoption: Operation<[], Adopted>;
  withdrawal: Operation<[], void>;
  /** The person chose Withdraw and is asked to confirm. */
  confirming: boolean;
  setConfirming: (confirming: boolean) => void;
  withdraw: () => void;
}

const NOT_OPEN = new Error('The case study is not open yet.');
const describeAdoptionFailure = (error: unknown): string => describeStorageError(error, { subject: 'your plan' });
const describeWithdrawalFailure = (error: unknown): string => describeStorageError(error, { subject: 'the case study', place: 'the good-practice library' });

/** One case study from the library, adopting it into the plan, and withdrawing the trust's own. */
export function useCaseStudyPage(caseStudyId: string): CaseStudyPageState {
  const { library, entries, status, error, reload } = useLibrary();
  const { storage, snapshot, user, today, canEdit, refresh } = usePlanData();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const entry = entries.find((item) => item.value.caseStudy.id === caseStudyId)?.value;
  const actionId = adoptedActionId(caseStudyId);
  const alreadyAdopted = (snapshot?.actions ?? []).some((action) => action.value.id === actionId);

  // A count that failed earlier is retried when the case study is opened again; the api counts
  // each trust once, so asking again never counts twice.
  useEffect(() => {
    if (!library || !alreadyAdopted || !canEdit) return;
    library.recordAdoption(caseStudyId, storage.site.id, actionId).then(
      () => reload(),
      () => undefined,
    );
  }, [library, alreadyAdopted, canEdit, caseStudyId, storage.site.id, actionId, reload]);

  const adopt = useCallback(async (): Promise<Adopted> => {
    if (!entry || !library) throw NOT_OPEN;
    const dueDate = formatISO(addDays(parseISO(today), ADOPTED_DUE_IN_DAYS), { representation: 'date' });
    const action = actionFromCaseStudy(entry.caseStudy, { id: actionId, owner: { id: user.id, name: user.displayName, email: user.email }, dueDate });
    if (!action.ok) throw new Error(action.errors.map((e) => e.message).join(' '));
    // Creating an action whose id is already in the plan finds the first one.
    if (!alreadyAdopted) await storage.actions.create(action.value);
    await refresh().catch(() => undefined);
    try {
      await library.recordAdoption(entry.caseStudy.id, storage.site.id, actionId);
      await reload();
      return { actionId };
    } catch (failure) {
      return { actionId, countPending: describeStorageError(failure, { subject: "the library's adoption count", place: 'the good-practice library' }) };
    }
  }, [entry, library, today, actionId, user, alreadyAdopted, storage, refresh, reload]);
  const adoption = useOperation(adopt, describeAdoptionFailure);

  const withdrawIt = useCallback(async (): Promise<void> => {
    if (!entry || !library) throw NOT_OPEN;
    await library.withdraw(entry.caseStudy.id, storage.site.id);
  }, [entry, library, storage]);
  const withdrawal = useOperation(withdrawIt, describeWithdrawalFailure);
  const withdraw = (): void => {
    setConfirming(false);
    void withdrawal.run().then((result) => {
      if (result.ok) navigate('/');
    });
  };

  const odsCode = snapshot?.settings.odsCode;
  const ours = canEdit && entry !== undefined && odsCode !== undefined && odsCode.toUpperCase() === entry.caseStudy.organisation.odsCode.toUpperCase();
  return { loading: status === 'loading', entry, error, canEdit, ours, alreadyAdopted, actionId, adoption, withdrawal, confirming, setConfirming, withdraw };
}
