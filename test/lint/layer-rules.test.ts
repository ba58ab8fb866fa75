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
    const report = JSON.parse(run.stdout) as { diagnostics: (LintMessage & { help?: string })[] };
    // A pattern's own message comes back as the diagnostic's help.
    return report.diagnostics.map(({ code, message, help }) => ({ code, message: help === undefined ? message : `${message} ${help}` }));
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
    const messages = restricted(lintProbe('src/domain/plan/probe.ts', `export const now = Date.now();\nexport const load = () => fetch('/x');\n`));
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/Date\.now/);
    expect(messages.join('\n')).toMatch(/no I\/O/);
  });

  test('a domain file that imports only the domain and zod passes lint', () => {
    const source = `import { z } from 'zod/mini';\nimport { round } from '../shared/rounding';\nexport const probe = [z, round];\n`;
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

  test('a feature never imports another feature, by a short or a long path', () => {
    const sibling = `import { DashboardView } from '../dashboard/dashboard-view';\nexport const probe = DashboardView;\n`;
    const longWay = `import { DashboardView } from '../../features/dashboard/dashboard-view';\nexport const probe = DashboardView;\n`;
    for (const source of [sibling, longWay]) {
      expect(restricted(lintProbe('src/features/actions/probe.ts', source)).join('\n')).toMatch(/never imports another feature/);
    }
  });

  test('a feature may import its own files, shared components, src/lib, the domain and the loaded plan', () => {
    const source = [
      `import { ActionForm } from './action-form';`,
      `import { PageLayout } from '../../components/page-layout';`,
      `import { downloadBlob } from '../../lib/files/download';`,
      `import { calculateWres } from '../../domain/wres';`,
      `import { usePlanData } from '../../app/plan-data';`,
      `export const probe = [ActionForm, PageLayout, downloadBlob, calculateWres, usePlanData];`,
    ].join('\n');
    expect(restricted(lintProbe('src/features/actions/probe.ts', source))).toEqual([]);
    const appWiring = `import { sections } from '../../app/sections';\nexport const probe = sections;\n`;
    expect(restricted(lintProbe('src/features/actions/probe.ts', appWiring))).toHaveLength(1);
  });

  test('src/lib holds plain helpers: no UI and no feature, app or storage', () => {
    const source = `import { Button } from '@fluentui/react-components';\nimport { usePlanData } from '../../app/plan-data';\nexport const probe = [Button, usePlanData];\n`;
    expect(restricted(lintProbe('src/lib/files/probe.ts', source))).toHaveLength(2);
  });

  test('lint rejects skipped and focused tests', () => {
    const source = `test.skip('a', () => { expect(1).toBe(1); });\ntest.only('b', () => { expect(1).toBe(1); });\n`;
    const codes = lintProbe('test/domain/probe.test.ts', source).map((m) => m.code);
    expect(codes).toEqual(expect.arrayContaining(['jest(no-disabled-tests)', 'jest(no-focused-tests)']));
  });
});
