import { useCallback, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { PROTECTED_CHARACTERISTICS, duplicateReview, duplicateReviewMessage, parseEdsReview, planFramework, type EdsReview } from '../../domain/eds';
import { useOperation, type Operation } from '../../components/use-operation';
import { describeStorageError } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { linesOf, newReview, peopleOf, type Framework } from './review-draft';

export type Characteristic = (typeof PROTECTED_CHARACTERISTICS)[number];

/** The start-review form as typed: one text per box, partners and groups one per line. */
export interface StartReviewForm {
  framework: Framework;
  year: string;
  organisations: string;
  people: string;
  characteristics: Characteristic[];
  otherGroups: string;
  /** EDS 2022 Domain 1: the services the review looked at, one per line. */
  services: string;
}

/** Everything the start-review page shows and does. */
export interface StartReviewPageState {
  canEdit: boolean;
  form: StartReviewForm;
  /** What the checks said, by the review's top-level field ("year", "partners"). */
  errors: Record<string, string>;
  /** The review of the same framework and year that is already stored, when the form asks for a second. */
  duplicate: EdsReview | undefined;
  change: <K extends keyof StartReviewForm>(key: K, value: StartReviewForm[K]) => void;
  toggleCharacteristic: (name: Characteristic, checked: boolean) => void;
  create: Operation<[EdsReview], void>;
  /** The form's submit: it only needs to stop the browser's own submission. */
  submit: (event: Pick<FormEvent, 'preventDefault'>) => void;
}

const describeStartFailure = (error: unknown): string => describeStorageError(error);

/** The draft review the form describes, with nothing graded yet. */
export function reviewFromForm(form: StartReviewForm, id: string, today: string): EdsReview {
  const review: EdsReview = {
    ...newReview(id, form.framework, Number(form.year)),
    reviewDate: today,
    partners: { organisations: linesOf(form.organisations), people: peopleOf(form.people) },
    characteristics: form.characteristics,
    otherGroups: linesOf(form.otherGroups),
  };
  const services = linesOf(form.services);
  return review.framework === 'eds2022' && services.length > 0 ? { ...review, servicesReviewed: services } : review;
}

/**
 * The start-review page's state: the form (framework from Settings, this year, Race covered),
 * its checks by field, and creating the review, after which the page moves to it.
 */
export function useStartReviewPage(): StartReviewPageState {
  const [, navigate] = useLocation();
  const { snapshot, storage, refresh, today, canEdit } = usePlanData();
  // The framework follows Settings until one is chosen: a page opened by its address may start before the plan has loaded.
  const [chosenFramework, setChosenFramework] = useState<Framework | undefined>(undefined);
  const [typed, setTyped] = useState<Omit<StartReviewForm, 'framework'>>(() => ({
    year: today.slice(0, 4),
    organisations: '',
    people: '',
    characteristics: ['Race'],
    otherGroups: '',
    services: '',
  }));
  const inUse = planFramework(
    snapshot?.settings.edsFramework,
    (snapshot?.edsReviews ?? []).map((review) => review.value),
  );
  const form: StartReviewForm = { ...typed, framework: chosenFramework ?? inUse };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicate, setDuplicate] = useState<EdsReview | undefined>(undefined);

  const createReview = useCallback(
    async (review: EdsReview): Promise<void> => {
      await storage.eds.saveReview(review);
      await refresh();
      navigate(`/${encodeURIComponent(review.id)}`);
    },
    [storage, refresh, navigate],
  );
  const create = useOperation(createReview, describeStartFailure);

  const change = <K extends keyof StartReviewForm>(key: K, value: StartReviewForm[K]): void => {
    if (key === 'framework') setChosenFramework(value === 'eds2022' ? 'eds2022' : 'eds2');
    else setTyped((current) => ({ ...current, [key]: value }));
  };
  const toggleCharacteristic = (name: Characteristic, checked: boolean): void =>
    setTyped((current) => ({
      ...current,
      characteristics: checked ? [...current.characteristics, name] : current.characteristics.filter((item) => item !== name),
    }));

  const submit = (event: Pick<FormEvent, 'preventDefault'>): void => {
    event.preventDefault();
    const checked = parseEdsReview(reviewFromForm(form, `${form.framework}-${form.year}-${crypto.randomUUID().slice(0, 8)}`, today));
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.errors.map((error) => [error.path.split(/[.[]/)[0] ?? error.path, error.message])));
      return;
    }
    // One review per framework and year: a second would compete to be the review every page shows.
    const existing = duplicateReview(
      (snapshot?.edsReviews ?? []).map((stored) => stored.value),
      checked.value.framework,
      checked.value.year,
    );
    setDuplicate(existing);
    if (existing !== undefined) {
      setErrors({ year: duplicateReviewMessage(existing) });
      return;
    }
    setErrors({});
    void create.run(checked.value);
  };

  return { canEdit, form, errors, duplicate, change, toggleCharacteristic, create, submit };
}
