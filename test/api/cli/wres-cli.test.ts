import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

function run(...args: string[]) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'api/src/cli/wres.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const documented = JSON.parse(readFileSync(join(root, 'docs/wres-input.example.result.json'), 'utf8'));

describe('wres CLI', () => {
  test('reproduces the documented result of the example JSON file', () => {
    const { status, stdout, stderr } = run('docs/wres-input.example.json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toEqual(documented);
    // Hand-checked: 412/1890 ÷ 196/1420 = 0.21799 ÷ 0.13803 = 1.5793 → 1.58.
    expect(result.indicators['2']).toMatchObject({ value: 1.58, verdict: 'adverse' });
    // 19/2041 ÷ 28/4489 = 0.0093092 ÷ 0.0062375 = 1.4925 → 1.49; only 19 BME cases, still ≥ 10.
    expect(result.indicators['3']).toMatchObject({ value: 1.49, verdict: 'adverse', reading: 'single-year' });
    // 2100/4489 ÷ 880/2041 = 4286100/3950320 = 1.0850007 → 1.09 (a .xx5 case).
    expect(result.indicators['4']).toMatchObject({ value: 1.09, verdict: 'non-adverse' });
    // Senior 47/363 = 12.948% vs 2041/6703 = 30.449%: −17.501 → −17.5 pp.
    expect(result.indicators['1'].senior).toMatchObject({ bmePercent: 12.9, differenceFromWorkforce: -17.5 });
    // Board 2/13 = 15.385% − 30.449% = −15.064 → −15.1 pp.
    expect(result.indicators['9']).toMatchObject({ value: -15.1, workforceSource: 'indicator1' });
  });

  test('the CSV form gives the same result', () => {
    const { status, stdout } = run('docs/wres-input.example.csv');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(documented);
  });

  test('--format table prints a readable table, and options change the reading', () => {
    const { status, stdout } = run('docs/wres-input.example.json', '--format', 'table', '--indicator3-average=pooled-two-years');
    expect(status).toBe(0);
    expect(stdout).toContain('WRES 2024: Demo NHS Trust (RXX)');
    expect(stdout).toMatch(/2 {2}Appointment from shortlisting +1\.58 \(unknown 1\.9% excluded\) +1\.35–1\.85 +Adverse, clear/);
    expect(stdout).toContain('Readings: indicator 3 pooled-two-years');
    // The notes say how sure each verdict is, and why, in words.
    expect(stdout).toContain('Notes:');
    expect(stdout).toContain('  2: Clear: the whole of the 95% interval, 1.35–1.85, is above 1.25');
    expect(stdout).toMatch(/ {2}3: (Clear|Could be chance): /);
  });

  test.each([
    // [counts, what the JSON says, what the table says]
    [
      '200/1000 White vs 0/500 BME appointed',
      { indicator2: { shortlisted: { white: 1000, bme: 500, unknown: 0 }, appointed: { white: 200, bme: 0, unknown: 0 } } },
      '2',
      { value: null, verdict: 'adverse', certainty: 'clear' },
      'Adverse, clear',
    ],
    [
      'indicator 3: 20 of 3,000 White and 10 of 1,000 BME',
      { indicator3: { headcount: { white: 3000, bme: 1000, unknown: 0 }, entered: { white: 20, bme: 10, unknown: 0 } } },
      '3',
      { value: 1.5, verdict: 'adverse', certainty: 'uncertain' },
      'Adverse, could be chance',
    ],
    [
      'indicator 3: 3 of 3,000 White and 3 of 300 BME',
      { indicator3: { headcount: { white: 3000, bme: 300, unknown: 0 }, entered: { white: 3, bme: 3, unknown: 0 } } },
      '3',
      { value: 10, verdict: 'adverse', certainty: 'clear', confidenceInterval: { lower: 2.03 } },
      'Adverse, clear',
    ],
    [
      '30/30 vs 20/20 appointed',
      { indicator2: { shortlisted: { white: 30, bme: 20, unknown: 0 }, appointed: { white: 30, bme: 20, unknown: 0 } } },
      '2',
      { value: 1, verdict: 'non-adverse', confidenceInterval: { lower: 0.93, upper: 1.09 } },
      'Non-adverse',
    ],
  ] as const)('%s', (_name, indicators, id, expected, words) => {
    const file = join(mkdtempSync(join(tmpdir(), 'wres-cli-')), 'input.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, organisation: { name: 'Test Trust', odsCode: 'RZZ' }, year: 2024, ...indicators }));
    const json = run(file);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).indicators[id]).toMatchObject(expected);
    const table = run(file, '--format', 'table');
    expect(table.stdout).toContain(words);
  });

  test('--zero-cell-correction none leaves a zero cell without an interval, and says so', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wres-cli-')), 'input.json');
    const indicator2 = { shortlisted: { white: 30, bme: 20, unknown: 0 }, appointed: { white: 30, bme: 20, unknown: 0 } };
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, organisation: { name: 'Test Trust', odsCode: 'RZZ' }, year: 2024, indicator2 }));
    const { status, stdout } = run(file, '--zero-cell-correction', 'none');
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.readings.zeroCellCorrection).toBe('none');
    expect(result.indicators['2']).toMatchObject({ value: 1, verdict: 'non-adverse', certainty: 'not-assessed', confidenceInterval: null });
  });

  test.each([
    ['appointed-above-shortlisted.json', ['error: indicator2.appointed.bme (45) is more than indicator2.shortlisted.bme (40)']],
    [
      'several-errors.csv',
      [
        'error: organisation.odsCode must be 3 to 10 capital letters or digits, e.g. "RXX" (got "rxx")',
        'error: indicator4.headcount.bme must be at least 0 (got -5)',
        'error: indicator4.accessed.white (120) is more than indicator4.headcount.white (100)',
        'error: indicator5.bme is required',
      ],
    ],
    ['wrong-columns.csv', ['error: line 2 has 3 column(s): each row must be field,value', 'error: line 3 has 1 column(s): each row must be field,value']],
  ])('%s exits 2 with field-path errors on stderr', (file, messages) => {
    const { status, stdout, stderr } = run(`test/fixtures/wres/${file}`);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(messages);
  });

  test.each([
    [['test/fixtures/wres/truncated.json'], /^error: test\/fixtures\/wres\/truncated\.json is not valid JSON/],
    [['test/fixtures/wres/missing.json'], /^error: test\/fixtures\/wres\/missing\.json cannot be read/],
    [['README.md'], /^error: README\.md must be a \.json or \.csv file/],
    [[], /^error: give one input file\nerror: Usage:/],
    [['a.json', 'b.json'], /^error: give only one input file/],
    [['a.json', '--format', 'xml'], /^error: --format must be one of json, table/],
    [['a.json', '--verbose'], /^error: unknown option --verbose/],
  ])('bad invocation %j exits 2', (args, message) => {
    const { status, stderr } = run(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });
});
