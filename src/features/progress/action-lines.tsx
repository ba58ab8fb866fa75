import type { ProgressAction } from '../../domain/plan';
import { formatUkDate } from '../../domain/shared';
import { RAG_COLOURS, useProgressStyles } from './progress-page.styles';

/** The actions linked to one indicator or outcome: owner, due date, status in words and colour, latest update. */
export function ActionLines({ actions }: { actions: readonly ProgressAction[] }) {
  const styles = useProgressStyles();
  if (actions.length === 0) return <p className={styles.small}>No linked actions.</p>;
  return (
    <ul className={styles.list}>
      {actions.map((action) => (
        <li key={action.id}>
          <strong>{action.title}</strong> · {action.ownerName} · due {formatUkDate(action.dueDate)} ·{' '}
          <span className={styles.rag}>
            <span className={styles.ragDot} style={{ backgroundColor: RAG_COLOURS[action.rag] }} aria-hidden="true" />
            {action.status}
            {action.due === 'overdue' ? ', overdue' : ''}
          </span>
          {action.latestUpdate === null ? null : (
            <span className={styles.small}>
              {' '}
              · {formatUkDate(action.latestUpdate.on)}: {action.latestUpdate.note}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
