import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnvFile } from '../../scripts/app-package/env-file';
import { findPlaceholders } from '../../scripts/app-package/substitute';

/**
 * No Bicep compiler can be installed here, so what can be checked without one is checked: that
 * `atk provision` can fill every parameter infra/azure.bicep needs, that the toolkit steps run in
 * an order that has each value written before it is read, and that the deploy pins its tools.
 */
const root = process.cwd();
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

const bicep = read('infra/azure.bicep');
const parametersFile = JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, { value: string }> };
const envDev = parseEnvFile(read('env/.env.dev'));
const lifecycle = read('m365agents.yml');

interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
  optional: boolean;
}

/** `param <name> <type> [= default]` lines, with whether the @description just above says Optional. */
function bicepParams(text: string): BicepParam[] {
  const lines = text.split('\n');
  return lines.flatMap((line, index) => {
    const match = /^param (\w+) (\w+)(\s*=\s*.+)?$/.exec(line.trim());
    if (!match?.[1] || !match[2]) return [];
    const decorators = lines.slice(Math.max(0, index - 8), index).join('\n');
    const description = [...decorators.matchAll(/@description\('((?:[^'\\]|\\.)*)'\)/g)].pop()?.[1] ?? '';
    return [{ name: match[1], type: match[2], hasDefault: match[3] !== undefined, optional: description.startsWith('Optional.') }];
  });
}

/** Environment variables a toolkit step writes (`writeToEnvironmentFile` values and arm/deploy's outputs), in file order, up to a step. */
function writtenBefore(step: string): Set<string> {
  const end = lifecycle.indexOf(`uses: ${step}`);
  if (end < 0) throw new Error(`m365agents.yml has no ${step} step`);
  const before = lifecycle.slice(0, end);
  const written = new Set([...before.matchAll(/^\s+\w+: ([A-Z][A-Z0-9_]+)\s*$/gm)].map((match) => match[1] ?? ''));
  if (before.includes('uses: arm/deploy')) {
    for (const output of bicep.matchAll(/^output (\w+) /gm)) written.add(output[1] ?? '');
  }
  return written;
}

const params = bicepParams(bicep);

test('every parameter of infra/azure.bicep without a default is given by azure.parameters.json, which names no other', () => {
  expect(params.length).toBeGreaterThan(5);
  const given = Object.keys(parametersFile.parameters);
  expect(
    params
      .filter((param) => !param.hasDefault)
      .map((param) => param.name)
      .filter((name) => !given.includes(name)),
  ).toEqual([]);
  expect(given.filter((name) => !params.some((param) => param.name === name))).toEqual([]);
});

test('every value the parameters file takes from env/.env.dev is there, written by an earlier provision step, or feeds an optional parameter', () => {
  const written = writtenBefore('arm/deploy');
  const problems = Object.entries(parametersFile.parameters).flatMap(([name, { value }]) =>
    findPlaceholders(value).flatMap((variable) => {
      if (!envDev.has(variable)) return [`${name}: ${variable} is not declared in env/.env.dev`];
      if ((envDev.get(variable) ?? '') !== '' || written.has(variable)) return [];
      const param = params.find((candidate) => candidate.name === name);
      return param?.optional && param.hasDefault ? [] : [`${name}: ${variable} is empty in env/.env.dev and nothing earlier writes it`];
    }),
  );
  expect(problems).toEqual([]);
  // The provision steps before arm/deploy write the app ids the template needs.
  expect([...written]).toEqual(expect.arrayContaining(['AAD_APP_CLIENT_ID', 'AAD_APP_TENANT_ID', 'TEAMS_APP_ID']));
});

test("the Entra manifest's placeholders (the tab's domain for its redirect URIs) are written before aadApp/update applies it", () => {
  const written = writtenBefore('aadApp/update');
  const missing = findPlaceholders(read('aad.manifest.json')).filter(
    (variable) => !written.has(variable) && (envDev.get(variable) ?? '') === '' && variable !== 'APP_NAME_SUFFIX',
  );
  expect(missing).toEqual([]);
  expect(written.has('TAB_DOMAIN')).toBe(true);
});

test('the deploy steps read only what provision wrote: the Static Web App, the Function App and its address', () => {
  const written = writtenBefore('arm/deploy');
  for (const output of ['AZURE_STATIC_WEB_APPS_RESOURCE_ID', 'API_FUNCTION_RESOURCE_ID', 'API_FUNCTION_ENDPOINT', 'TAB_ENDPOINT']) {
    expect({ output, declared: envDev.has(output), writtenByProvision: written.has(output) || bicep.includes(`output ${output} `) }).toEqual({
      output,
      declared: true,
      writtenByProvision: true,
    });
  }
});

test('the Static Web Apps CLI is pinned to an exact version and is never handed the deployment token on its command line', () => {
  const cliUses = [...lifecycle.matchAll(/@azure\/static-web-apps-cli(@[^\s'"]*)?/g)].map((match) => match[1] ?? '(unpinned)');
  expect(cliUses.length).toBeGreaterThan(0);
  for (const version of cliUses) expect(version).toMatch(/^@\d+\.\d+\.\d+$/);
  expect(lifecycle).not.toMatch(/-d \$\{\{SECRET_|--deployment-token \$\{\{SECRET_/);
  expect(lifecycle).toContain('SWA_CLI_DEPLOYMENT_TOKEN: ${{SECRET_TAB_SWA_DEPLOYMENT_TOKEN}}');
  expect(lifecycle).toMatch(/bicepCliVersion: v\d+\.\d+\.\d+/);
});

test("the deploy writes staticwebapp.config.json with the api's origin before uploading dist/", () => {
  const prepare = lifecycle.indexOf('scripts/prepare-static-upload.ts --dist ./dist --api-base-url "${{API_FUNCTION_ENDPOINT}}"');
  const upload = lifecycle.indexOf('static-web-apps-cli@');
  expect(prepare).toBeGreaterThan(lifecycle.indexOf('args: run build\n'));
  expect(prepare).toBeLessThan(upload);
});

test('the Function App runs Node 22 with a system-assigned identity and keyless storage and telemetry', () => {
  expect(bicep).toContain("type: 'SystemAssigned'");
  expect(bicep).toMatch(/name: 'WEBSITE_NODE_DEFAULT_VERSION'\s+value: '~22'/);
  expect(bicep).toContain('allowSharedKeyAccess: false');
  expect(bicep).toContain('DisableLocalAuth: true');
  expect(bicep).not.toMatch(/listKeys|AccountKey=/);
  for (const setting of [
    'HUB_SITE_ID',
    'API_CLIENT_ID',
    'ALLOWED_CLIENT_IDS',
    'ALLOWED_TENANT_IDS',
    'TAB_URL',
    'TEAMS_APP_ID',
    'APPLICATIONINSIGHTS_CONNECTION_STRING',
  ]) {
    expect(bicep).toContain(`name: '${setting}'`);
  }
});

/** Microsoft Graph's delegated permission ids, as Entra names them. */
const GRAPH_SCOPE_IDS: Readonly<Record<string, string>> = {
  '89fe6a52-be36-487e-b7d8-d061c450a026': 'Sites.ReadWrite.All',
  '65e50fdc-43b7-4915-933e-e8138f11f40a': 'Sites.Manage.All',
  'b340eb25-3456-403f-be2f-af7a0d370277': 'User.ReadBasic.All',
};

test("the tab's registration asks for exactly the delegated scopes the deployed tab requests, and no other", () => {
  const manifest = JSON.parse(read('aad.manifest.json')) as {
    requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
  };
  const graph = manifest.requiredResourceAccess.find((resource) => resource.resourceAppId === '00000003-0000-0000-c000-000000000000');
  const registered = (graph?.resourceAccess ?? []).map((access) => `${access.type}:${GRAPH_SCOPE_IDS[access.id] ?? access.id}`).toSorted();
  const requested = [...lifecycle.matchAll(/- https:\/\/graph\.microsoft\.com\/([\w.]+)/g)].map((match) => `Scope:${match[1] ?? ''}`).toSorted();
  expect(registered).toEqual(requested);
  expect(registered).toEqual(['Scope:Sites.Manage.All', 'Scope:Sites.ReadWrite.All', 'Scope:User.ReadBasic.All']);
});
