import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangesSince } from '../../domain/plan';
import { formatUkDate } from '../../domain/shared';
import { useProgressStyles } from './progress-page.styles';

/** How many of each kind show before "Show all", so the page still prints on one sheet. */
const FIRST_ITEMS = 3;

const KINDS = [
  ['statusChanges', 'Status changes'],
  ['completions', 'Completed'],
  ['newlyOverdue', 'Newly overdue'],
  ['newActions', 'New actions'],
] as const;

/** The four kinds of change since the chosen date: a count each and the newest few, all on request. */
export function ChangesList({ changes }: { changes: ChangesSince }) {
  const styles = useProgressStyles();
  const [showAll, setShowAll] = useState(false);
  const hidden = KINDS.some(([key]) => changes[key].length > FIRST_ITEMS);
  return (
    <>
      <div className={styles.changes}>
        {KINDS.map(([key, label]) => {
          const list = changes[key];
          return (
            <section key={key} aria-label={label}>
              <h3>
                {label}: {list.length}
              </h3>
              {list.length === 0 ? null : (
                <ul className={styles.list}>
                  {(showAll ? list : list.slice(0, FIRST_ITEMS)).map((change, index) => (
                    <li key={`${change.actionId}-${index}`}>
                      {formatUkDate(change.on)}: {change.title}
                      {'to' in change ? ` → ${change.to}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {hidden ? (
        <Button appearance="subtle" onClick={() => setShowAll((value) => !value)} aria-expanded={showAll}>
          {showAll ? 'Show the first few' : 'Show all changes'}
        </Button>
      ) : null}
    </>
  );
}
