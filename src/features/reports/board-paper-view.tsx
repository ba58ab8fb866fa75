import { Button, Field, Input, Link, MessageBar, MessageBarBody, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { Link as RouterLink } from 'wouter';
import { OperationMessage } from '../../components/operation-message';
import { PageLayout } from '../../components/page-layout';
import { UkDateField } from '../../components/uk-date-field';
import { BOARD_PAPER_PURPOSES, COVER_SHEET_LABELS, type CoverSheetField } from '../../domain/board-paper';
import { latestUkDate } from '../../domain/shared';
import type { BoardPaperState } from './use-board-paper';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
});

type FieldProps = Pick<BoardPaperState, 'draft' | 'errors' | 'set'> & { field: CoverSheetField; required?: boolean; hint?: string };

const messageOf = (errors: BoardPaperState['errors'], field: CoverSheetField) => ({
  validationMessage: errors[field],
  validationState: errors[field] === undefined ? ('none' as const) : ('error' as const),
});

function LineField({ draft, errors, set, field, required, hint }: FieldProps) {
  return (
    <Field label={COVER_SHEET_LABELS[field]} required={required} hint={hint} {...messageOf(errors, field)}>
      <Input value={draft[field]} onChange={(_, data) => set(field, data.value)} />
    </Field>
  );
}

function TextField({ draft, errors, set, field, required, hint }: FieldProps) {
  return (
    <Field label={COVER_SHEET_LABELS[field]} required={required} hint={hint} {...messageOf(errors, field)}>
      <Textarea resize="vertical" value={draft[field]} onChange={(_, data) => set(field, data.value)} />
    </Field>
  );
}

/** The board paper page: the NHS cover sheet's fields, then the button that makes the Word file. */
export function BoardPaperView(state: BoardPaperState) {
  const styles = useStyles();
  const { draft, errors, set, make, formRef, submit } = state;
  const fields = { draft, errors, set };
  return (
    <PageLayout
      title="Board paper (Word)"
      description="A Word paper for the board: the cover sheet below, a summary from the figures, the WRES indicators with England, verdicts and RAG colours, charts, progress by indicator, the EDS summary and what changed. Made in your browser and sent nowhere."
    >
      <Text className={styles.muted}>
        {state.year === undefined ? 'No WRES year is stored yet: the paper will hold the action plan and EDS only.' : `Of the WRES ${state.year} figures.`}
      </Text>
      <form ref={formRef} className={styles.form} noValidate onSubmit={submit} aria-label="Cover sheet">
        {state.problemCount > 0 ? (
          <MessageBar intent="error">
            <MessageBarBody>
              {state.problemCount === 1 ? 'One field needs' : `${state.problemCount} fields need`} correcting: {Object.values(errors).join(' ')}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <LineField {...fields} field="title" required />
        <LineField {...fields} field="meeting" required hint="For example: Trust Board (public), People Committee." />
        <UkDateField
          label={COVER_SHEET_LABELS.meetingDate}
          required
          {...messageOf(errors, 'meetingDate')}
          value={draft.meetingDate}
          onChange={(text) => set('meetingDate', text)}
          today={state.today}
          latest={latestUkDate(state.today)}
        />
        <LineField {...fields} field="author" required hint="Name and role." />
        <Field label={COVER_SHEET_LABELS.purpose} required {...messageOf(errors, 'purpose')}>
          <RadioGroup value={draft.purpose} onChange={(_, data) => set('purpose', data.value)}>
            {BOARD_PAPER_PURPOSES.map((purpose) => (
              <Radio key={purpose} value={purpose} label={purpose} />
            ))}
          </RadioGroup>
        </Field>
        <TextField {...fields} field="recommendation" required hint="What the board is asked to do." />
        <TextField {...fields} field="risks" hint="Leave empty if none: the paper says none were identified." />
        <TextField {...fields} field="assuranceLinks" hint="The BAF risks this paper gives assurance on." />
        <div className={styles.tools}>
          <Button type="submit" appearance="primary" icon={<ArrowDownload20Regular />} disabled={make.busy}>
            {make.busy ? 'Preparing…' : 'Make the board paper (Word)'}
          </Button>
          <RouterLink href="/" asChild>
            <Link>Back to reports</Link>
          </RouterLink>
        </div>
      </form>
      <OperationMessage
        status={make.status}
        busyLabel={`Preparing ${state.fileName}…`}
        failedTitle={`${state.fileName} could not be made`}
        doneText={(fileName) => `${fileName} is ready in your downloads.`}
      />
    </PageLayout>
  );
}
