import { FieldsToCheck } from '../../lib/form-errors';
import { useCallback, useState, type FormEvent } from 'react';
import { useOperation, type Operation } from '../../components/use-operation';
import { describeStorageError, type PlanSite, type SchemaReport } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { type EdsFramework, planFramework } from '../../domain/eds';
import { changedSettings, settingsFormFrom, validateSettings, type SettingsErrors, type SettingsForm } from './settings-form';

/** Everything the settings page shows and does, from the stored settings and the person's typing. */
export interface SettingsPageState {
  form: SettingsForm;
  errors: SettingsErrors;
  canEdit: boolean;
  /** The framework every page uses now, by the one rule ({@link planFramework}): what Settings say is in use until one is chosen. */
  frameworkInUse: EdsFramework;
  site: PlanSite;
  change: <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => void;
  save: Operation<[SettingsForm], void>;
  /** The form's submit: it only needs to stop the browser's own submission. */
  submit: (event: Pick<FormEvent, 'preventDefault'>) => void;
  check: Operation<[], string>;
  otherSite: string;
  setOtherSite: (site: string) => void;
  openOtherSite: (event: FormEvent) => void;
}

/** What checking the lists did, in words. */
export function describeReport(report: SchemaReport): string {
  const changes = [
    ...report.createdLists.map((list) => `created ${list}`),
    ...report.addedColumns.map((c) => `added ${c}`),
    ...report.indexedColumns.map((c) => `indexed ${c}`),
  ];
  return changes.length === 0 ? 'All lists and columns are in place.' : `Done: ${changes.join('; ')}.`;
}

/** The tab's address with a `site` override, which the app reads when it opens. */
export function siteAddress(site: string): string {
  return `${window.location.pathname}?site=${encodeURIComponent(site)}#/settings`;
}

// A form that failed its own checks is said in the same place as a save the plan refused.
const describeSaveFailure = (error: unknown): string =>
  error instanceof FieldsToCheck ? error.message : describeStorageError(error, { subject: "the plan's settings" });
const describeCheckFailure = (error: unknown): string => describeStorageError(error);

/**
 * The settings page's state: the form (what is stored until the person types), its errors, saving
 * only what changed, checking the lists, and opening the plan on another site.
 */
export function useSettingsPage(): SettingsPageState {
  const { snapshot, storage, canEdit, refresh } = usePlanData();
  const stored = snapshot?.settings;
  // Until the user types, the form shows what is stored (and follows it as the plan refreshes).
  const [draft, setDraft] = useState<SettingsForm | undefined>(undefined);
  const form = draft ?? settingsFormFrom(stored ?? {});
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [otherSite, setOtherSite] = useState('');

  const change = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void => {
    const next = { ...form, [key]: value };
    setDraft(next);
    if (Object.keys(errors).length > 0) setErrors(validateSettings(next));
  };

  const saveSettings = useCallback(
    async (typed: SettingsForm): Promise<void> => {
      const found = validateSettings(typed);
      setErrors(found);
      if (Object.keys(found).length > 0) throw new FieldsToCheck();
      for (const [key, value] of changedSettings(typed, stored ?? {})) await storage.settings.saveSetting(key, value);
      await refresh();
      setDraft(undefined);
    },
    [stored, storage, refresh],
  );
  const save = useOperation(saveSettings, describeSaveFailure);
  const checkLists = useCallback(async (): Promise<string> => describeReport(await storage.ensureSchema()), [storage]);
  const check = useOperation(checkLists, describeCheckFailure);

  const submit = (event: Pick<FormEvent, 'preventDefault'>): void => {
    event.preventDefault();
    void save.run(form);
  };
  const openOtherSite = (event: FormEvent): void => {
    event.preventDefault();
    window.location.assign(siteAddress(otherSite.trim()));
  };

  const frameworkInUse = planFramework(
    stored?.edsFramework,
    (snapshot?.edsReviews ?? []).map((review) => review.value),
  );

  return { form, errors, canEdit, frameworkInUse, site: storage.site, change, save, submit, check, otherSite, setOtherSite, openOtherSite };
}
