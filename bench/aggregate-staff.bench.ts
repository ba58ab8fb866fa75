/**
 * Staff-level aggregation over a generated 1.5-million-row ESR-style CSV: the domain's streaming
 * aggregator fed by papaparse in chunks, against DuckDB reading and grouping the same file.
 */
import { createReadStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { type StaffAggregate, type StaffRecord, createStaffAggregator } from '../src/domain/wres';
import { generateEsrCsv } from './generate-esr-csv';
import { withPeakRss } from './memory';

const ROWS = 1_500_000;

function aggregateWithPapaparse(file: string): Promise<StaffAggregate> {
  const aggregator = createStaffAggregator();
  // One record object reused for every row: the aggregator keeps nothing of it.
  const record: { -readonly [K in keyof StaffRecord]: StaffRecord[K] } = {};
  let header = true;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(file), {
      fastMode: true,
      skipEmptyLines: true,
      chunk(results) {
        for (const row of results.data) {
          if (header) {
            header = false;
            continue;
          }
          record.ethnicCode = row[0];
          record.band = row[1];
          record.staffGroup = row[2];
          record.clinical = row[3] === '1';
          record.inWorkforce = row[4] === '1';
          record.shortlisted = row[5] === '1';
          record.appointed = row[6] === '1';
          record.enteredDisciplinary = row[7] === '1';
          record.accessedTraining = row[8] === '1';
          record.boardVoting = row[9] === '1';
          record.boardExecutive = row[10] === '1';
          aggregator.addRow(record);
        }
      },
      complete: () => resolve(aggregator.result()),
      error: reject,
    });
  });
}

async function aggregateWithDuckDb(file: string): Promise<{ groups: number; headcount: number; records: number }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  const first = "upper(substr(coalesce(ethnic_code, ''), 1, 1))";
  const reader = await connection.runAndReadAll(`
    SELECT CASE WHEN ${first} IN ('A','B','C') THEN 'white'
                WHEN ${first} IN ('D','E','F','G','H','J','K','L','M','N','P','R','S') THEN 'bme'
                ELSE 'unknown' END AS ethnic_group,
           pay_band, staff_group, clinical,
           count(*) AS records, sum(in_workforce) AS headcount, sum(shortlisted | appointed) AS shortlisted,
           sum(appointed) AS appointed, sum(disciplinary * in_workforce) AS disciplinary, sum(training * in_workforce) AS training,
           sum(board_voting) AS board_voting, sum(board_executive) AS board_executive
    FROM read_csv('${file.replace(/'/g, "''")}', header = true, columns = {
      'ethnic_code': 'VARCHAR', 'pay_band': 'VARCHAR', 'staff_group': 'VARCHAR', 'clinical': 'INTEGER', 'in_workforce': 'INTEGER',
      'shortlisted': 'INTEGER', 'appointed': 'INTEGER', 'disciplinary': 'INTEGER', 'training': 'INTEGER',
      'board_voting': 'INTEGER', 'board_executive': 'INTEGER'})
    GROUP BY ALL`);
  const rows = reader.getRowObjects();
  connection.closeSync();
  return {
    groups: rows.length,
    headcount: rows.reduce((sum, row) => sum + Number(row.headcount), 0),
    records: rows.reduce((sum, row) => sum + Number(row.records), 0),
  };
}

export async function runAggregateStaffBench(): Promise<void> {
  const dir = join(process.cwd(), 'bench', '.work');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'esr-extract.csv');
  const { bytes, reused } = await generateEsrCsv(file, ROWS);
  console.log(`staff aggregation: ${ROWS.toLocaleString('en-GB')} rows, ${(bytes / 1e6).toFixed(1)} MB${reused ? ' (reused)' : ''}`);
  const ours = await withPeakRss(() => aggregateWithPapaparse(file));
  const duck = await withPeakRss(() => aggregateWithDuckDb(file));
  const headcount = ours.value.headcount.white + ours.value.headcount.bme + ours.value.headcount.unknown;
  if (ours.value.records !== duck.value.records || headcount !== duck.value.headcount) {
    throw new Error(`results differ: ours ${ours.value.records}/${headcount}, DuckDB ${duck.value.records}/${duck.value.headcount}`);
  }
  console.log(`  papaparse + domain aggregator: ${(ours.ms / 1000).toFixed(2)} s, ${Math.round(ROWS / (ours.ms / 1000)).toLocaleString('en-GB')} rows/s, peak RSS ${ours.peakMb.toFixed(0)} MB`);
  console.log(`  DuckDB read_csv + GROUP BY:    ${(duck.ms / 1000).toFixed(2)} s, peak RSS ${duck.peakMb.toFixed(0)} MB`);
  console.log(`  ratio (ours / DuckDB): ${(ours.ms / duck.ms).toFixed(2)}× (target ≤ 2×); peak ${ours.peakMb < 150 ? 'under' : 'OVER'} 150 MB`);
}
