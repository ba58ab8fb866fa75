import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { ReportTable } from '../../components/report-table';
import { boardIndicatorsTable } from '../../domain/exports';
import { calculateWres } from '../../domain/wres';
import type { ImportProblem } from '../../lib/files/wres-year-file';
import { useImportWresStyles } from './import-wres-page.styles';
import type { ImportPreview, ImportWresState } from './use-import-wres';

/** Where a problem is in the file, as a spreadsheet names the place: "Row 7, column B". */
function placeOf(problem: ImportProblem): string {
  if (problem.row === null) return '–';
  return problem.column === null ? `Row ${problem.row}` : `Row ${problem.row}, column ${problem.column}`;
}

/**
 * Every problem in a refused file, by row and column, in words (the indicator, group and column
 * as the template names them); the field's path follows as a technical detail, for whoever made
 * the file.
 */
export function ProblemsTable({ fileName, problems }: { fileName: string; problems: readonly ImportProblem[] }) {
  const styles = useImportWresStyles();
  return (
    <div className={styles.tableWrap}>
      <Table size="small" aria-label={`Problems in ${fileName}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className={styles.where}>
              Where
            </TableHeaderCell>
            <TableHeaderCell scope="col">Problem</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {problems.map((problem, i) => (
            <TableRow key={i}>
              <TableCell>{placeOf(problem)}</TableCell>
              <TableCell>
                <div className={styles.problem}>
                  <Text>{problem.message}</Text>
                  {problem.field === null ? null : (
                    <Text size={200} className={styles.detail}>
                      Technical detail: field {problem.field}
                    </Text>
                  )}
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** What reading the file noticed (its encoding, say), whatever came of it. */
export function Notes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{notes.join(' ')}</MessageBarBody>
    </MessageBar>
  );
}

/** Whether indicators stored for the year but left out of the file are kept or removed. */
function KeepOthersChoice({ preview, state }: { preview: ImportPreview; state: ImportWresState }) {
  const { leftOut } = state;
  if (leftOut.length === 0) return null;
  const indicators = `indicator${leftOut.length === 1 ? '' : 's'} ${leftOut.join(', ')}`;
  return (
    <RadioGroup
      aria-label={`The stored ${preview.input.year} figures also give ${indicators}, which the file leaves out`}
      value={state.keepOthers ? 'keep' : 'replace'}
      onChange={(_, data) => state.setKeepOthers(data.value === 'keep')}
    >
      <Radio value="keep" label={`Keep the stored ${indicators}; replace only what the file gives`} />
      <Radio value="replace" label={`Replace the whole year with the file (${indicators} will be removed)`} />
    </RadioGroup>
  );
}

/** The year a file holds, as it will be stored, for the person to check before saving. */
export function PreviewSection({ preview, state }: { preview: ImportPreview; state: ImportWresState }) {
  const styles = useImportWresStyles();
  const { input, replaces } = preview;
  const busy = state.saving.kind === 'busy';
  return (
    <section className={styles.section} aria-label="Preview">
      <Notes notes={preview.notes} />
      <Text>
        {preview.fileName} holds the {input.year} WRES counts for {input.organisation.name} ({input.organisation.odsCode}). Check the figures, then save.
      </Text>
      {replaces !== undefined ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            Saving replaces the {input.year} figures already stored{replaces.modifiedBy ? `, last changed by ${replaces.modifiedBy}` : ''}.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <KeepOthersChoice preview={preview} state={state} />
      <ReportTable table={boardIndicatorsTable(calculateWres(state.toSave ?? input))} caption={`What will be stored for ${input.year}`} />
      {state.canEdit ? (
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={busy} onClick={state.save}>
            {busy ? 'Saving…' : `Save ${input.year}`}
          </Button>
          <Button disabled={busy} onClick={state.cancel}>
            Cancel
          </Button>
        </div>
      ) : (
        <Text>You have read-only access to this plan, so you cannot save these figures.</Text>
      )}
    </section>
  );
}
