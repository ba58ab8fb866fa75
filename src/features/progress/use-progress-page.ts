import { useCallback, useMemo, useState } from 'react';
import { planFramework } from '../../domain/eds';
import { changesSince, progressByIndicator, type ChangesSince } from '../../domain/plan';
import { formatUkDate, parseUkDate, type IsoDate } from '../../domain/shared';
import { usePlanData } from '../../app/plan-data';
import { frameworkOutcomeIds, indicatorRows, outcomeRows, type IndicatorRow, type OutcomeRow } from './progress-model';

/** The Settings key that remembers the date of the last board report. */
const LAST_BOARD_DATE = 'lastBoardDate';

/** The same day three months earlier, or that month's last day (31 May → 28 or 29 February). */
function threeMonthsBefore(date: IsoDate): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 3, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 4, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

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
}

/** Everything the progress page shows, worked out once per change of the plan. */
export function useProgressPage(): ProgressPageModel {
  const { snapshot, today, canEdit, storage, refresh } = usePlanData();
  const stored = snapshot?.settings[LAST_BOARD_DATE];
  const fallback = stored !== undefined && parseUkDate(stored) !== null ? (parseUkDate(stored) ?? today) : threeMonthsBefore(today);
  const [typed, setSinceText] = useState<string | null>(null);
  const sinceText = typed ?? formatUkDate(fallback);
  const since = parseUkDate(sinceText);
  const actions = useMemo(() => (snapshot?.actions ?? []).map((item) => item.value), [snapshot]);
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
  const rememberSince = useCallback(async () => {
    if (since === null) return;
    await storage.settings.saveSetting(LAST_BOARD_DATE, since);
    await refresh();
  }, [since, storage, refresh]);
  return { loading: snapshot === undefined, today, indicators, outcomes, sinceText, since, setSinceText, changes, canEdit, rememberSince };
}
