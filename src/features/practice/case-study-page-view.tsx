import { Link, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { PageLayout } from '../../components/page-layout';
import { StoredLink } from '../../components/stored-link';
import type { CaseStudy } from '../../domain/practice';
import { formatUkDate } from '../../domain/shared';
import type { PublishedCaseStudy } from '../../storage/ports';
import { AdoptionControls, AdoptionMessages, OwnerControls } from './case-study-controls';
import { useCaseStudyStyles } from './case-study-page.styles';
import type { CaseStudyPageState } from './use-case-study-page';

/** The case study page from its state: waiting for the library, not found, or the case study with its controls. */
export function CaseStudyPageView(state: CaseStudyPageState) {
  const { loading, entry, error, canEdit, ours } = state;
  if (loading) return <Spinner label="Opening the library…" />;
  if (!entry) return <PageLayout title="Case study not found" description={error ?? 'There is no case study at this address. Choose one from the library.'} />;
  const { caseStudy } = entry;
  const { name, type, region } = caseStudy.organisation;
  return (
    <PageLayout title={caseStudy.title} description={`${name} (${type}, ${region}), published ${formatUkDate(caseStudy.publishedOn)}.`}>
      <CaseStudyText caseStudy={caseStudy} />
      <CaseStudyMeasures caseStudy={caseStudy} />
      <CaseStudyLinks {...entry} />
      {canEdit ? <AdoptionControls {...state} /> : null}
      {ours ? <OwnerControls {...state} caseStudyId={caseStudy.id} /> : null}
      <AdoptionMessages {...state} />
    </PageLayout>
  );
}

/** The problem, what was done and the impact, each under its heading. */
function CaseStudyText({ caseStudy }: { caseStudy: CaseStudy }) {
  const styles = useCaseStudyStyles();
  const parts = [
    ['The problem', caseStudy.problem],
    ['What was done', caseStudy.whatWasDone],
    ['The impact', caseStudy.impact],
  ];
  return parts.map(([heading, text]) => (
    <section key={heading} className={styles.section}>
      <Subtitle2 as="h2">{heading}</Subtitle2>
      <Text>{text || 'Not given.'}</Text>
    </section>
  ));
}

/** Each indicator before and after, when the case study gives them. */
function CaseStudyMeasures({ caseStudy }: { caseStudy: CaseStudy }) {
  const styles = useCaseStudyStyles();
  if (caseStudy.measures.length === 0) return null;
  return (
    <section className={styles.section}>
      <Subtitle2 as="h2">Before and after</Subtitle2>
      <ul>
        {caseStudy.measures.map((measure) => (
          <li key={measure.indicator}>
            Indicator {measure.indicator}: {measure.before} {measure.yearBefore ? `(${measure.yearBefore})` : ''} → {measure.after}{' '}
            {measure.yearAfter ? `(${measure.yearAfter})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the case study is linked to, its material, its contact and how many trusts adopted it. */
function CaseStudyLinks({ caseStudy, adoptions }: PublishedCaseStudy) {
  const styles = useCaseStudyStyles();
  return (
    <section className={styles.section}>
      <Subtitle2 as="h2">Linked to</Subtitle2>
      <Text>
        WRES indicators: {caseStudy.indicators.join(', ') || 'none'}. EDS outcomes: {caseStudy.edsOutcomes.join(', ') || 'none'}.
      </Text>
      {caseStudy.links.map((link) => (
        <StoredLink key={link.url} address={link.url} title={link.title} />
      ))}
      {caseStudy.contact ? (
        <Text>
          Contact: {caseStudy.contact.name}, <Link href={`mailto:${caseStudy.contact.email}`}>{caseStudy.contact.email}</Link>
        </Text>
      ) : null}
      <Text>Adopted by {adoptions === 1 ? '1 trust' : `${adoptions} trusts`}.</Text>
    </section>
  );
}
