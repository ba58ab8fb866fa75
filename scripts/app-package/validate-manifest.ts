import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

type AppManifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
type ManifestSchema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

const teamsSchemaUrl =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/i;

/**
 * The path of the Teams schema bundled in @microsoft/app-manifest for the manifest's `$schema`.
 * Resolved from `rootDir` (the repository) so it works the same from the CLI and from Jest.
 */
export function bundledSchemaPath(schemaUrl: string, rootDir: string): string {
  const match = teamsSchemaUrl.exec(schemaUrl);
  if (!match) {
    throw new Error(
      `$schema must be a Teams manifest schema URL such as https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json; found "${schemaUrl}".`,
    );
  }
  const packageJson = createRequire(join(rootDir, 'package.json')).resolve('@microsoft/app-manifest/package.json');
  return join(dirname(packageJson), 'build', 'json-schemas', 'teams', match[1] ?? '', 'MicrosoftTeams.schema.json');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a Teams manifest against the schema bundled with @microsoft/app-manifest and returns
 * one message per problem ([] when valid).
 *
 * The schema is loaded here and passed in, rather than left to the library: given only the
 * manifest, the library silently downloads any schema it does not bundle. Loading it ourselves
 * keeps validation offline and makes an unbundled version a clear error instead of a network call.
 */
export async function validateManifest(manifest: unknown, rootDir: string): Promise<string[]> {
  if (!isRecord(manifest)) return ['the manifest must be a JSON object'];
  const schemaUrl = manifest.$schema;
  if (typeof schemaUrl !== 'string') return ['$schema is missing: it selects the schema version to validate against'];
  const schemaPath = bundledSchemaPath(schemaUrl, rootDir);
  let schemaText: string;
  try {
    schemaText = readFileSync(schemaPath, 'utf8');
  } catch {
    throw new Error(`The schema for ${schemaUrl} is not bundled with the installed @microsoft/app-manifest (looked for ${schemaPath}).`);
  }
  // The bundled schemas contain "\a" and "\v" escapes, which JSON.parse rejects; the library
  // rewrites them the same way when it loads a schema itself.
  const schema = JSON.parse(schemaText.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as ManifestSchema;
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema);
}
