import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { Eds2022RollUp, Eds2RollUp } from '../../domain/eds';

/** The roll-up in a table: grades per goal (EDS2), or scores and ratings per domain (EDS 2022). */
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
            <TableHeaderCell>Rating</TableHeaderCell>
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
              <TableCell>
                {domain.subtotal} of {domain.maximum}
              </TableCell>
              <TableCell>{domain.rating ?? 'Not yet rated'}</TableCell>
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
