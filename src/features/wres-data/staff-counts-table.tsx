import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { ScrollRegion } from '../../components/scroll-region';
import type { GroupCounts, StaffAggregate } from '../../domain/wres';

const number = (n: number) => n.toLocaleString('en-GB');

/** The counts the files added up to, by group: what will be stored, and all that will be. */
export function StaffCountsTable({ aggregate, given }: { aggregate: StaffAggregate; given: ReadonlySet<string> }) {
  const rows: [string, GroupCounts, boolean][] = [
    ['Staff in post', aggregate.headcount, true],
    ['Shortlisted applicants', aggregate.shortlisted, given.has('recruitment')],
    ['Appointed from shortlisting', aggregate.appointed, given.has('recruitment')],
    ['Entered a formal disciplinary process', aggregate.enteredDisciplinary, given.has('disciplinary')],
    ['Accessed non-mandatory training or CPD', aggregate.accessedTraining, given.has('training')],
    ['Voting board members', aggregate.boardVoting, given.has('board')],
    ['Executive board members', aggregate.boardExecutive, given.has('board')],
  ];
  return (
    <ScrollRegion label="Counts from the staff files, table">
      <Table size="small" aria-label="Counts from the staff files">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Count</TableHeaderCell>
            <TableHeaderCell scope="col">White</TableHeaderCell>
            <TableHeaderCell scope="col">BME</TableHeaderCell>
            <TableHeaderCell scope="col">Unknown</TableHeaderCell>
            <TableHeaderCell scope="col">Total</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows
            .filter(([, , shown]) => shown)
            .map(([name, counts]) => (
              <TableRow key={name}>
                <TableHeaderCell scope="row">{name}</TableHeaderCell>
                <TableCell>{number(counts.white)}</TableCell>
                <TableCell>{number(counts.bme)}</TableCell>
                <TableCell>{number(counts.unknown)}</TableCell>
                <TableCell>{number(counts.white + counts.bme + counts.unknown)}</TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
