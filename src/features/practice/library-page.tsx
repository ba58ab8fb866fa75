import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { Link as RouterLink, useLocation } from 'wouter';
import { EDS2022_OUTCOMES, EDS2_OUTCOMES } from '../../domain/eds';
import { NHS_REGIONS, ORGANISATION_TYPES } from '../../domain/practice';
import { WRES_INDICATOR_IDS } from '../../domain/wres';
import { PageLayout } from '../../components/page-layout';
import { usePlanData } from '../../app/plan-data';
import { NO_FILTER, filterLibrary, type LibraryFilter } from './library-filters';
import { useLibrary } from './use-library';

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

const EDS_IDS = [...EDS2_OUTCOMES, ...EDS2022_OUTCOMES].map((outcome) => outcome.id);

/** Browse, search and filter the shared library by indicator, EDS outcome, organisation type and region. */
export function LibraryPage() {
  const styles = useStyles();
  const [, navigate] = useLocation();
  const { canEdit } = usePlanData();
  const { entries, status, error, reload } = useLibrary();
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const shown = filterLibrary(entries, filter);
  const set = (key: keyof LibraryFilter) => (value: string) => setFilter((current) => ({ ...current, [key]: value }));
  const choose = (label: string, key: keyof LibraryFilter, options: readonly string[]) => (
    <Field label={label}>
      <Select value={filter[key]} onChange={(_, data) => set(key)(data.value)}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <PageLayout title="Good practice" description="What other trusts did about their WRES results, and what changed. Adopt what fits into your own plan.">
      {canEdit ? (
        <div>
          <Button appearance="primary" onClick={() => navigate('/new')}>
            Share a case study
          </Button>
        </div>
      ) : null}
      <SearchBox aria-label="Search good practice" placeholder="Search good practice" value={filter.text} onChange={(_, data) => set('text')(data.value)} />
      <div className={styles.filters}>
        {choose('Indicator', 'indicator', WRES_INDICATOR_IDS)}
        {choose('EDS outcome', 'edsOutcome', EDS_IDS)}
        {choose('Organisation type', 'organisationType', ORGANISATION_TYPES)}
        {choose('Region', 'region', NHS_REGIONS)}
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
        {shown.map(({ value: { caseStudy, adoptions } }) => (
          <li key={caseStudy.id}>
            <Card>
              <CardHeader
                header={
                  <RouterLink href={`/${encodeURIComponent(caseStudy.id)}`} asChild>
                    <Link>{caseStudy.title}</Link>
                  </RouterLink>
                }
                description={
                  <Text>
                    {caseStudy.organisation.name}, {caseStudy.organisation.type}, {caseStudy.organisation.region}
                  </Text>
                }
              />
              <div className={styles.meta}>
                {caseStudy.indicators.map((id) => (
                  <Badge key={id} appearance="outline">
                    Indicator {id}
                  </Badge>
                ))}
                {caseStudy.edsOutcomes.map((id) => (
                  <Badge key={id} appearance="outline" color="informative">
                    EDS {id}
                  </Badge>
                ))}
              </div>
              <Text>Adopted by {adoptions === 1 ? '1 trust' : `${adoptions} trusts`}</Text>
            </Card>
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}
