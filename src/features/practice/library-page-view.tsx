import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, SearchBox, Select, Spinner, Text } from '@fluentui/react-components';
import { EDS2022_OUTCOMES, EDS2_OUTCOMES } from '../../domain/eds';
import { NHS_REGIONS, ORGANISATION_TYPES } from '../../domain/practice';
import { WRES_INDICATOR_IDS } from '../../domain/wres';
import { PageLayout } from '../../components/page-layout';
import { CaseStudyCard } from './case-study-card';
import type { LibraryFilter } from './library-filters';
import { useLibraryStyles } from './library-page.styles';
import type { LibraryPageState } from './use-library-page';

const EDS_IDS = [...EDS2_OUTCOMES, ...EDS2022_OUTCOMES].map((outcome) => outcome.id);

/** The library page from its state: search, the four filters, how the reading went, and the cards. */
export function LibraryPageView({ canEdit, filter, setFilter, shown, share, status, error, reload }: LibraryPageState) {
  const styles = useLibraryStyles();
  const choice = (label: string, key: keyof LibraryFilter, options: readonly string[]) => (
    <FilterChoice label={label} value={filter[key]} options={options} onChange={(value) => setFilter(key, value)} />
  );
  return (
    <PageLayout title="Good practice" description="What other trusts did about their WRES results, and what changed. Adopt what fits into your own plan.">
      {canEdit ? (
        <div>
          <Button appearance="primary" onClick={share}>
            Share a case study
          </Button>
        </div>
      ) : null}
      <SearchBox
        aria-label="Search good practice"
        placeholder="Search good practice"
        value={filter.text}
        onChange={(_, data) => setFilter('text', data.value)}
      />
      <div className={styles.filters}>
        {choice('Indicator', 'indicator', WRES_INDICATOR_IDS)}
        {choice('EDS outcome', 'edsOutcome', EDS_IDS)}
        {choice('Organisation type', 'organisationType', ORGANISATION_TYPES)}
        {choice('Region', 'region', NHS_REGIONS)}
      </div>
      <div role="status" aria-live="polite">
        {status === 'loading' ? <Spinner size="small" label="Opening the library…" /> : null}
        {status === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>The library could not be opened: {error}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void reload()}>Try again</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {status === 'ready' ? <Text>{shown.length === 1 ? '1 case study' : `${shown.length} case studies`}</Text> : null}
      </div>
      <ul className={styles.cards} aria-label="Case studies">
        {shown.map(({ value }) => (
          <li key={value.caseStudy.id}>
            <CaseStudyCard {...value} />
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}

interface FilterChoiceProps {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}

/** One filter: any, or one of its options. */
function FilterChoice({ label, value, options, onChange }: FilterChoiceProps) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
    </Field>
  );
}
