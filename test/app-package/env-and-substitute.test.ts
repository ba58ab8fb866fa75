import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvironment, parseEnvFile } from '../../scripts/app-package/env-file';
import { findPlaceholders, substitutePlaceholders } from '../../scripts/app-package/substitute';

describe('parseEnvFile', () => {
  it('reads the dotenv subset the Agents Toolkit writes', () => {
    const values = parseEnvFile(
      [
        '# a comment',
        '',
        'TEAMS_APP_ID=6f1d3c2a-8b4e-4f7a-9c1d-2e5b7a9c0d11',
        'APP_NAME_SUFFIX=" (local)"',
        "QUOTED='single # not a comment'",
        'TAB_ENDPOINT=https://example.org # trailing comment',
        'export EXPORTED=yes',
        'EMPTY=',
        'not a variable line',
      ].join('\n'),
    );
    expect(Object.fromEntries(values)).toEqual({
      TEAMS_APP_ID: '6f1d3c2a-8b4e-4f7a-9c1d-2e5b7a9c0d11',
      APP_NAME_SUFFIX: ' (local)',
      QUOTED: 'single # not a comment',
      TAB_ENDPOINT: 'https://example.org',
      EXPORTED: 'yes',
      EMPTY: '',
    });
  });
});

describe('loadEnvironment', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'env-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lets the git-ignored .user file override and add values', () => {
    writeFileSync(join(dir, '.env.dev'), 'TAB_DOMAIN=committed.example.org\nTEAMS_APP_ID=abc\n');
    writeFileSync(join(dir, '.env.dev.user'), 'TAB_DOMAIN=mine.example.org\nSECRET_TOKEN=s3cret\n');
    const environment = loadEnvironment(dir, 'dev');
    expect(Object.fromEntries(environment.values)).toEqual({ TAB_DOMAIN: 'mine.example.org', TEAMS_APP_ID: 'abc', SECRET_TOKEN: 's3cret' });
    expect(environment.files).toEqual([join(dir, '.env.dev'), join(dir, '.env.dev.user')]);
  });

  it('names the missing file for an unknown environment and refuses path-like names', () => {
    expect(() => loadEnvironment(dir, 'prod')).toThrow(/no environment "prod".*\.env\.prod does not exist/);
    expect(() => loadEnvironment(dir, '../secrets')).toThrow(/not an environment name/);
  });
});

describe('substitutePlaceholders', () => {
  const values = new Map([
    ['TAB_DOMAIN', 'tab.example.org'],
    ['NAME', 'Say "hi" \\ bye'],
    ['EMPTY', ''],
    ['APP_NAME_SUFFIX', ''],
  ]);

  it('replaces every use, and escapes values so the JSON stays valid', () => {
    const { text, missing } = substitutePlaceholders('{"a":"${{TAB_DOMAIN}}/x","b":"${{ TAB_DOMAIN }}","c":"${{NAME}}"}', values);
    expect(missing).toEqual([]);
    expect(JSON.parse(text)).toEqual({ a: 'tab.example.org/x', b: 'tab.example.org', c: 'Say "hi" \\ bye' });
  });

  it('reports each variable without a value once, in order of use; only the name suffix may be empty', () => {
    const { missing } = substitutePlaceholders('${{UNSET}} ${{EMPTY}} ${{UNSET}} ${{APP_NAME_SUFFIX}} ${{TAB_DOMAIN}}', values);
    expect(missing).toEqual(['UNSET', 'EMPTY']);
  });

  it('finds placeholder names', () => {
    expect(findPlaceholders('${{A}} and ${{B_2}} and ${{A}}; not ${A} or {{C}}')).toEqual(['A', 'B_2']);
  });
});
