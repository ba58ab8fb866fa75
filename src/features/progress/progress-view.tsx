import { Button, Spinner } from '@fluentui/react-components';
import { Print20Regular } from '@fluentui/react-icons';
import { OperationMessage } from '../../components/operation-message';
import { PageLayout } from '../../components/page-layout';
import { UkDateField } from '../../components/uk-date-field';
import { VerdictBadge } from '../../components/verdict-badge';
import { formatHeadline } from '../../components/figure-format';
import { formatUkDate } from '../../domain/shared';
import { ActionLines } from './action-lines';
import { ChangesList } from './changes-list';
import { PROGRESS_PRINT_CSS, useProgressStyles } from './progress-page.styles';
import { Sparkline } from './sparkline';
import type { ProgressPageModel } from './use-progress-page';

/** Progress by indicator and what changed since the last board: the non-executive director's page. */
export function ProgressView({ model }: { model: ProgressPageModel }) {
  const styles = useProgressStyles();
  if (model.loading) return <Spinner label="Loading the plan" />;
  return (
    <div data-print-root>
      <style>{PROGRESS_PRINT_CSS}</style>
      <PageLayout title="Progress" description="For each indicator: where we are, what we are doing, and whether it is on track.">
        <div className={styles.toolbar}>
          <Button icon={<Print20Regular />} onClick={() => window.print()}>
            Print
          </Button>
        </div>
        <section aria-labelledby="progress-wres">
          <h2 id="progress-wres">WRES indicators</h2>
          <div className={styles.grid}>
            {model.indicators.map((row) => (
              <article key={row.id} className={styles.card} aria-label={row.figures.title}>
                <h3>{row.figures.title}</h3>
                <div>
                  <span className={styles.figure}>{row.figures.value}</span> <VerdictBadge verdict={row.figures.verdict} />
                </div>
                <p className={styles.small}>{row.figures.certainty}</p>
                <p className={styles.small}>{row.figures.change}</p>
                <p className={styles.small}>{row.figures.england}</p>
                <Sparkline
                  className={styles.sparkline}
                  values={row.figures.trend.map((point) => point.value)}
                  label={`Trend: ${row.figures.trend.map((point) => `${point.year} ${formatHeadline(row.figures.measure, point.value)}`).join(', ')}`}
                />
                <ActionLines actions={row.actions} />
              </article>
            ))}
          </div>
        </section>
        {model.outcomes.length === 0 ? null : (
          <section aria-labelledby="progress-eds">
            <h2 id="progress-eds">EDS outcomes with actions</h2>
            <div className={styles.grid}>
              {model.outcomes.map((row) => (
                <article key={row.id} className={styles.card} aria-label={row.title}>
                  <h3>{row.title}</h3>
                  <ActionLines actions={row.actions} />
                </article>
              ))}
            </div>
          </section>
        )}
        <section aria-labelledby="progress-changes">
          <h2 id="progress-changes">What changed since the last board{model.since === null ? '' : ` (${formatUkDate(model.since)})`}</h2>
          <div className={styles.toolbar}>
            <UkDateField
              label="Last board date"
              value={model.sinceText}
              onChange={model.setSinceText}
              today={model.today}
              latest={model.today}
              validationMessage={model.since === null ? 'Enter a real date, day first: dd/mm/yyyy' : undefined}
            />
            {model.canEdit ? (
              <Button disabled={model.since === null || model.remembering.kind === 'busy'} onClick={() => void model.rememberSince()}>
                Remember as the last board date
              </Button>
            ) : null}
          </div>
          <OperationMessage
            status={model.remembering}
            busyLabel="Remembering the date…"
            failedTitle="The date was not remembered"
            doneText="Remembered: the board report and the Word paper start what changed from this date."
          />
          {model.changes === null ? null : <ChangesList changes={model.changes} />}
        </section>
      </PageLayout>
    </div>
  );
}
