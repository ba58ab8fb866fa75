import { IndicatorDetailView } from './indicator-detail-view';
import { useIndicatorDetail } from './use-indicator-detail';

export interface IndicatorDetailPageProps {
  id: string;
  chosenYear: number | undefined;
  onChooseYear: (year: number) => void;
}

/** One indicator for a year: the numbers by group, the calculation in words, England, and the trend. */
export function IndicatorDetailPage({ id, chosenYear, onChooseYear }: IndicatorDetailPageProps) {
  const state = useIndicatorDetail(id, chosenYear);
  return <IndicatorDetailView state={state} onChooseYear={onChooseYear} />;
}
