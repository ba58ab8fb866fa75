import { useCallback, useMemo, useState } from 'react';
import { planFramework } from '../../domain/eds';
import { changesSince, lastBoardDate, LAST_BOARD_DATE_SETTING, progressByIndicator, type ActionWithCreation, type ChangesSince } from '../../domain/plan';
import { formatUkDate, parseUkDate, type IsoDate } from '../../domain/shared';
import { usePlanData } from '../../app/plan-data';
import { type OperationStatus, useOperation } from '../../components/use-operation';
import { describeStorageError } from '../../storage/ports';

const describeRemembering = (error: unknown) => describeStorageError(error, { subject: 'the last board date' });
import { frameworkOutcomeIds, indicatorRows, outcomeRows, type IndicatorRow, type OutcomeRow } from './progress-model';

export interface ProgressPageModel {
  readonly loading: boolean;
  readonly today: IsoDate;
  readonly indicators: readonly IndicatorRow[];
  readonly outcomes: readonly OutcomeRow[];
  /** The "since" date as typed (dd/mm/yyyy). */
  readonly sinceText: string;
  readonly since: IsoDate | null;
  readonly setSinceText: (text: string) => void;
  readonly changes: ChangesSince | null;
  readonly canEdit: boolean;
  /** Remembers the chosen date as the last board's, in the Settings list. */
  readonly rememberSince: () => Promise<void>;
  /** Where remembering the date has got to, with a failure in words. */
  readonly remembering: OperationStatus<void>;
}

/** Everything the progress page shows, worked out once per change of the plan. */
export function useProgressPage(): ProgressPageModel {
  const { snapshot, today, canEdit, storage, refresh } = usePlanData();
  const fallback = lastBoardDate(snapshot?.settings[LAST_BOARD_DATE_SETTING], today);
  const [typed, setSinceText] = useState<string | null>(null);
  const sinceText = typed ?? formatUkDate(fallback);
  const since = parseUkDate(sinceText);
  // With SharePoint's creation time, so the changes can list the actions created since the board.
  const actions = useMemo(() => (snapshot?.actions ?? []).map((item): ActionWithCreation => ({ ...item.value, createdAt: item.createdAt })), [snapshot]);
  const progress = useMemo(() => {
    const reviews = (snapshot?.edsReviews ?? []).map((item) => item.value);
    const framework = planFramework(snapshot?.settings.edsFramework, reviews);
    return progressByIndicator({ actions, today, edsOutcomes: frameworkOutcomeIds(framework) });
  }, [snapshot, actions, today]);
  const indicators = useMemo(
    () =>
      indicatorRows(
        (snapshot?.wresYears ?? []).map((item) => item.value),
        progress,
      ),
    [snapshot, progress],
  );
  const outcomes = useMemo(() => outcomeRows(progress), [progress]);
  const changes = useMemo(() => (since === null ? null : changesSince(actions, since, today)), [actions, since, today]);
  const save = useCallback(
    async (date: IsoDate) => {
      await storage.settings.saveSetting(LAST_BOARD_DATE_SETTING, date);
      await refresh();
    },
    [storage, refresh],
  );
  const remembering = useOperation(save, describeRemembering);
  const rememberSince = useCallback(async () => {
    if (since !== null) await remembering.run(since);
  }, [since, remembering]);
  return {
    loading: snapshot === undefined,
    today,
    indicators,
    outcomes,
    sinceText,
    since,
    setSinceText,
    changes,
    canEdit,
    rememberSince,
    remembering: remembering.status,
  };
}
