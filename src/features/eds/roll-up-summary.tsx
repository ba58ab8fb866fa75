import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { type Eds2022RollUp, type Eds2RollUp, eds2022DomainScore } from '../../domain/eds';

/**
 * The roll-up in a table: grades per goal (EDS2), or per domain (EDS 2022) its score out of its
 * maximum and any rating the panel agreed; the overall rating only once all 11 outcomes are scored.
 */
export function RollUpSummary({ rollUp }: { rollUp: Eds2RollUp | Eds2022RollUp }) {
  if (rollUp.framework === 'eds2') {
    return (
      <Table aria-label="Roll-up by goal" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Goal</TableHeaderCell>
            <TableHeaderCell>Graded</TableHeaderCell>
            <TableHeaderCell>Undeveloped</TableHeaderCell>
            <TableHeaderCell>Developing</TableHeaderCell>
            <TableHeaderCell>Achieving</TableHeaderCell>
            <TableHeaderCell>Excelling</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...rollUp.goals, { goal: 0, name: 'All goals', graded: rollUp.graded, outcomes: 18, grades: rollUp.grades }].map((goal) => (
            <TableRow key={goal.goal}>
              <TableCell>{goal.goal === 0 ? goal.name : `${goal.goal}. ${goal.name}`}</TableCell>
              <TableCell>
                {goal.graded} of {goal.outcomes}
              </TableCell>
              <TableCell>{goal.grades.Undeveloped}</TableCell>
              <TableCell>{goal.grades.Developing}</TableCell>
              <TableCell>{goal.grades.Achieving}</TableCell>
              <TableCell>{goal.grades.Excelling}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  return (
    <>
      <Table aria-label="Roll-up by domain" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Domain</TableHeaderCell>
            <TableHeaderCell>Scored</TableHeaderCell>
            <TableHeaderCell>Score</TableHeaderCell>
            <TableHeaderCell>Rating agreed by the panel</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rollUp.domains.map((domain) => (
            <TableRow key={domain.domain}>
              <TableCell>
                {domain.domain}. {domain.name}
              </TableCell>
              <TableCell>
                {domain.scored} of {domain.outcomes}
              </TableCell>
              <TableCell>{eds2022DomainScore(domain)}</TableCell>
              <TableCell>{domain.agreedRating ?? 'None agreed'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text>
        Overall: {rollUp.overallRating ? `${rollUp.overallRating} (${rollUp.total} of 33)` : `not rated yet: ${rollUp.reason ?? 'no outcome is scored'}.`}
      </Text>
    </>
  );
}
