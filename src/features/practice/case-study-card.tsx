import { Badge, Card, CardHeader, Link, Text } from '@fluentui/react-components';
import { Link as RouterLink } from 'wouter';
import type { PublishedCaseStudy } from '../../storage/ports';
import { useLibraryStyles } from './library-page.styles';

/** A case study in the library's list: its title (a link to it), who published it, what it is linked to and its adoptions. */
export function CaseStudyCard({ caseStudy, adoptions }: PublishedCaseStudy) {
  const styles = useLibraryStyles();
  return (
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
  );
}
