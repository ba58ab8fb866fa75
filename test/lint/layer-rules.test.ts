import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const repoRoot = process.cwd();
const oxlint = join(repoRoot, 'node_modules', 'oxlint', 'bin', 'oxlint');

interface LintMessage {
  code: string;
  message: string;
}

/**
 * Lints one probe file with the project's own `.oxlintrc.json`, placed at `relativePath` in a
 * scratch copy of the layout, so the override for that folder applies exactly as in `src/`.
 */
function lintProbe(relativePath: string, source: string): LintMessage[] {
  const dir = mkdtempSync(join(tmpdir(), 'lint-probe-'));
  try {
    copyFileSync(join(repoRoot, '.oxlintrc.json'), join(dir, '.oxlintrc.json'));
    mkdirSync(dirname(join(dir, relativePath)), { recursive: true });
    writeFileSync(join(dir, relativePath), source);
    const run = spawnSync(process.execPath, [oxlint, '-c', '.oxlintrc.json', '--format', 'json', relativePath], {
      cwd: dir,
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as { diagnostics: LintMessage[] };
    return report.diagnostics.map(({ code, message }) => ({ code, message }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const restricted = (messages: LintMessage[]): string[] =>
  messages.filter((m) => /no-restricted-(imports|globals|properties)/.test(m.code)).map((m) => m.message);

describe('lint enforces the architecture layers', () => {
  test.each([
    ['React', `import { useState } from 'react';\nexport const probe = useState;\n`],
    ['Fluent UI', `import { Button } from '@fluentui/react-components';\nexport const probe = Button;\n`],
    ['the Graph client', `import { Client } from '@microsoft/microsoft-graph-client';\nexport const probe = Client;\n`],
    ['teams-js', `import { app } from '@microsoft/teams-js';\nexport const probe = app;\n`],
    ['MSAL', `import { PublicClientApplication } from '@azure/msal-browser';\nexport const probe = PublicClientApplication;\n`],
    ['a Node built-in', `import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n`],
    ['the storage layer', `import type { ActionStore } from '../../storage/ports';\nexport type Probe = ActionStore;\n`],
    ['a feature', `import { DashboardPage } from '../../features/dashboard/dashboard-page';\nexport const probe = DashboardPage;\n`],
  ])('a domain file that imports %s fails lint', (_what, source) => {
    expect(restricted(lintProbe('src/domain/wres/probe.ts', source))).not.toEqual([]);
  });

  test('a domain file that reads the clock or calls fetch fails lint', () => {
    const messages = restricted(
      lintProbe('src/domain/plan/probe.ts', `export const now = Date.now();\nexport const load = () => fetch('/x');\n`),
    );
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/Date\.now/);
    expect(messages.join('\n')).toMatch(/no I\/O/);
  });

  test('a domain file that imports only the domain and zod passes lint', () => {
    const source = `import { z } from 'zod';\nimport { round } from '../shared/rounding';\nexport const probe = [z, round];\n`;
    expect(lintProbe('src/domain/wres/probe.ts', source)).toEqual([]);
  });

  test('only src/host may import teams-js and MSAL', () => {
    const source = `import { app } from '@microsoft/teams-js';\nimport { PublicClientApplication } from '@azure/msal-browser';\nexport const probe = [app, PublicClientApplication];\n`;
    expect(lintProbe('src/host/probe.ts', source)).toEqual([]);
    expect(restricted(lintProbe('src/app/probe.ts', source))).toHaveLength(2);
    expect(restricted(lintProbe('src/features/actions/probe.ts', source))).toHaveLength(2);
    expect(restricted(lintProbe('api/src/services/probe.ts', source))).toHaveLength(2);
  });

  test('features reach storage only through its ports', () => {
    const viaAdapter = `import { createGraphStore } from '../../storage/graph/graph-store';\nexport const probe = createGraphStore;\n`;
    const viaPorts = `import type { ActionStore } from '../../storage/ports';\nexport type Probe = ActionStore;\n`;
    expect(restricted(lintProbe('src/features/actions/probe.ts', viaAdapter))).toHaveLength(1);
    expect(lintProbe('src/features/actions/probe.ts', viaPorts)).toEqual([]);
  });

  test('lint rejects skipped and focused tests', () => {
    const source = `test.skip('a', () => { expect(1).toBe(1); });\ntest.only('b', () => { expect(1).toBe(1); });\n`;
    const codes = lintProbe('test/domain/probe.test.ts', source).map((m) => m.code);
    expect(codes).toEqual(expect.arrayContaining(['jest(no-disabled-tests)', 'jest(no-focused-tests)']));
  });
});
