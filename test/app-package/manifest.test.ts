import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { loadEnvironment } from '../../scripts/app-package/env-file';
import { substitutePlaceholders } from '../../scripts/app-package/substitute';
import { validateManifest } from '../../scripts/app-package/validate-manifest';

const rootDir = process.cwd();

/** The parts of the manifest these tests read; the schema check covers the rest. */
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  name: { short: string; full?: string };
  developer?: unknown;
  accentColor: string;
  configurableTabs: { configurationUrl: string; canUpdateConfiguration: boolean; scopes: string[]; context: string[] }[];
  staticTabs: { entityId: string; name: string; contentUrl: string; websiteUrl: string; scopes: string[] }[];
  validDomains: string[];
  permissions: string[];
  webApplicationInfo: {
    id: string;
    resource: string;
    nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[];
  };
  activities: { activityTypes: { type: string; description: string; templateText: string }[] };
}

const template = readFileSync(join(rootDir, 'appPackage/manifest.json'), 'utf8');
const raw = JSON.parse(template) as Manifest;

function localManifest(): Manifest {
  const { text, missing } = substitutePlaceholders(template, loadEnvironment(join(rootDir, 'env'), 'local').values);
  expect(missing).toEqual([]);
  return JSON.parse(text) as Manifest;
}

describe('appPackage/manifest.json against its schema, offline', () => {
  const realFetch = globalThis.fetch;
  let fetchSchema: jest.SpiedFunction<typeof AppManifestUtils.fetchSchema>;

  beforeEach(() => {
    // Any attempt to reach the network fails the test instead of quietly succeeding online.
    globalThis.fetch = jest.fn(() => Promise.reject(new Error('network access is not allowed in this test')));
    fetchSchema = jest.spyOn(AppManifestUtils, 'fetchSchema');
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
    fetchSchema.mockRestore();
  });

  it('uses the newest non-preview Teams schema bundled with @microsoft/app-manifest', () => {
    expect(raw.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
    expect(raw.manifestVersion).toBe('1.30');
  });

  it('is valid once the local environment is substituted, without fetching anything', async () => {
    expect(await validateManifest(localManifest(), rootDir)).toEqual([]);
    expect(fetchSchema).not.toHaveBeenCalled();
    expect(globalThis.fetch).not.toHaveBeenCalled();
  });

  it('reports each problem in a broken copy, so the check can fail', async () => {
    const broken: Partial<Manifest> = { ...localManifest(), accentColor: 'NHS blue', id: 'not-a-guid' };
    delete broken.developer;
    broken.name = { short: 'A name far too long for the Teams app bar' };

    const errors = await validateManifest(broken, rootDir);

    expect(errors.some((error) => error.includes("required property 'developer'"))).toBe(true);
    expect(errors.some((error) => error.startsWith('/accentColor'))).toBe(true);
    expect(errors.some((error) => error.startsWith('/id'))).toBe(true);
    expect(errors.some((error) => error.startsWith('/name/short'))).toBe(true);
    expect(fetchSchema).not.toHaveBeenCalled();
  });

  it('refuses a $schema that is not bundled rather than downloading it', async () => {
    await expect(validateManifest({ ...localManifest(), $schema: 'https://example.org/teams.schema.json' }, rootDir)).rejects.toThrow(
      /must be a Teams manifest schema URL/,
    );
    await expect(
      validateManifest({ ...localManifest(), $schema: 'https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json' }, rootDir),
    ).rejects.toThrow(/not bundled/);
    expect(globalThis.fetch).not.toHaveBeenCalled();
  });
});

describe('what the manifest declares', () => {
  it('has a configurable channel tab that opens the configuration page', () => {
    expect(raw.configurableTabs).toEqual([
      {
        configurationUrl: '${{TAB_ENDPOINT}}/index.html#/config',
        canUpdateConfiguration: true,
        scopes: ['team'],
        context: ['channelTab'],
      },
    ]);
  });

  it('has the personal "My actions" tab', () => {
    expect(raw.staticTabs).toEqual([
      {
        entityId: 'my-actions',
        name: 'My actions',
        contentUrl: '${{TAB_ENDPOINT}}/index.html#/my-actions',
        websiteUrl: '${{TAB_ENDPOINT}}/index.html#/my-actions',
        scopes: ['personal'],
      },
    ]);
  });

  it('uses Toolkit placeholders for every environment-specific value', () => {
    expect(raw.id).toBe('${{TEAMS_APP_ID}}');
    expect(raw.validDomains).toEqual(['${{TAB_DOMAIN}}']);
    expect(raw.permissions).toEqual(['identity']);
    expect(raw.name.short.startsWith('Race Equality Plan')).toBe(true);
  });

  it('names the Entra app and pre-fetches a Nested App Authentication token for the Graph scopes', () => {
    expect(raw.webApplicationInfo.id).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(raw.webApplicationInfo.resource).toBe('api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}');
    // The order must match the tab's own NAA token request, or the pre-fetched token is not reused.
    expect(raw.webApplicationInfo.nestedAppAuthInfo).toEqual([
      {
        redirectUri: 'brk-multihub://${{TAB_DOMAIN}}',
        scopes: [
          'https://graph.microsoft.com/Sites.ReadWrite.All',
          'https://graph.microsoft.com/Sites.Manage.All',
          'https://graph.microsoft.com/User.ReadBasic.All',
        ],
      },
    ]);
  });

  it('declares the activity types that reminders and the weekly digest send', () => {
    const types = raw.activities.activityTypes;
    expect(types.map((activity) => activity.type)).toEqual(['actionDueSoon', 'actionOverdue', 'weeklyDigest']);
    for (const activity of types) {
      expect(activity.description.length).toBeGreaterThan(0);
      expect(activity.templateText).toMatch(/\{[A-Za-z]+\}/);
    }
    expect(types.find((activity) => activity.type === 'actionDueSoon')?.templateText).toBe('Action due soon: {actionTitle}');
  });
});
