import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { formatUkDate, londonDate } from '../../domain/shared';
import type { WresInput } from '../../domain/wres';
import type { Versioned } from '../../storage/ports';
import type { SaveConflict } from './use-wres-entry-form';
import { useWresEntryFormStyles } from './wres-entry-form.styles';

/** How many changed fields are listed before the rest are counted. */
const LISTED = 12;

function whoAndWhen(stored: Versioned<WresInput>): string {
  const by = stored.modifiedBy ? ` by ${stored.modifiedBy}` : '';
  const at = stored.modifiedAt ? ` on ${formatUkDate(londonDate(new Date(stored.modifiedAt)))}` : '';
  return `${by}${at}`;
}

function ChangedFields({ conflict }: { conflict: SaveConflict }) {
  const styles = useWresEntryFormStyles();
  const { changed, theirs } = conflict;
  if (changed.length === 0) return theirs === undefined ? null : <Text block>Their figures are the same as yours.</Text>;
  return (
    <ul className={styles.list}>
      {changed.slice(0, LISTED).map((difference) => (
        <li key={difference.name}>
          {difference.name}: theirs {difference.theirs}, yours {difference.mine}
        </li>
      ))}
      {changed.length > LISTED ? <li>and {changed.length - LISTED} more</li> : null}
    </ul>
  );
}

/**
 * Someone else saved the year first: what they changed, field by field, with the choice of
 * loading their figures or overwriting them knowingly. Nothing typed is lost either way.
 */
export function WresSaveConflict({
  conflict,
  onLoadTheirs,
  onOverwrite,
}: {
  conflict: SaveConflict;
  onLoadTheirs: (theirs: Versioned<WresInput>) => void;
  onOverwrite: (theirs: Versioned<WresInput>) => void;
}) {
  const { theirs } = conflict;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Someone else changed these figures</MessageBarTitle>
        {theirs === undefined
          ? conflict.message
          : `The ${theirs.value.year} figures were saved${whoAndWhen(theirs)} since you opened them. Your figures are still here; nothing has been overwritten.`}
        <ChangedFields conflict={conflict} />
      </MessageBarBody>
      {theirs !== undefined ? (
        <MessageBarActions>
          <Button onClick={() => onLoadTheirs(theirs)}>Load their figures</Button>
          <Button appearance="primary" onClick={() => onOverwrite(theirs)}>
            Overwrite with mine
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
