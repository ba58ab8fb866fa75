/**
 * DuckDB's side of the benchmark: read_csv and one GROUP BY over the same file, with the same
 * ethnic grouping (first letter: A–C White, D–S BME, anything else Unknown), so the totals can be
 * checked against ours.
 */
import { DuckDBInstance } from '@duckdb/node-api';

/** Totals per ethnic group, as [white, bme, unknown], for checking the two sides agree. */
export interface Totals {
  readonly records: number;
  readonly groups: number;
  readonly headcount: readonly number[];
  readonly shortlisted: readonly number[];
  readonly appointed: readonly number[];
  readonly enteredDisciplinary: readonly number[];
  readonly accessedTraining: readonly number[];
  readonly boardVoting: readonly number[];
  readonly boardExecutive: readonly number[];
}

const MEASURES = ['headcount', 'shortlisted', 'appointed', 'enteredDisciplinary', 'accessedTraining', 'boardVoting', 'boardExecutive'] as const;
const GROUPS = ['white', 'bme', 'unknown'] as const;

export async function aggregateWithDuckDb(file: string, threads: number): Promise<Totals> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  const first = "upper(substr(coalesce(ethnic_code, ''), 1, 1))";
  const reader = await connection.runAndReadAll(`
    SELECT CASE WHEN ${first} IN ('A','B','C') THEN 'white'
                WHEN ${first} IN ('D','E','F','G','H','J','K','L','M','N','P','R','S') THEN 'bme'
                ELSE 'unknown' END AS ethnic_group,
           pay_band, staff_group, clinical,
           count(*) AS records, sum(in_workforce) AS headcount, sum(shortlisted | appointed) AS shortlisted,
           sum(appointed) AS appointed, sum(disciplinary * in_workforce) AS enteredDisciplinary,
           sum(training * in_workforce) AS accessedTraining,
           sum(board_voting) AS boardVoting, sum(board_executive) AS boardExecutive
    FROM read_csv('${file.replace(/'/g, "''")}', header = true, columns = {
      'ethnic_code': 'VARCHAR', 'pay_band': 'VARCHAR', 'staff_group': 'VARCHAR', 'clinical': 'INTEGER', 'in_workforce': 'INTEGER',
      'shortlisted': 'INTEGER', 'appointed': 'INTEGER', 'disciplinary': 'INTEGER', 'training': 'INTEGER',
      'board_voting': 'INTEGER', 'board_executive': 'INTEGER'})
    GROUP BY ALL`);
  const rows = reader.getRowObjects();
  connection.closeSync();
  instance.closeSync();
  const totals = Object.fromEntries(MEASURES.map((m) => [m, [0, 0, 0]])) as Record<(typeof MEASURES)[number], number[]>;
  let records = 0;
  for (const row of rows) {
    const g = GROUPS.indexOf(row.ethnic_group as (typeof GROUPS)[number]);
    records += Number(row.records);
    for (const m of MEASURES) totals[m][g] = (totals[m][g] as number) + Number(row[m]);
  }
  return { records, groups: rows.length, ...totals };
}
