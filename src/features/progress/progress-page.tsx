import { ProgressView } from './progress-view';
import { useProgressPage } from './use-progress-page';

/** The Progress section: progress by indicator, and what changed since the last board. */
export function ProgressPage() {
  return <ProgressView model={useProgressPage()} />;
}
