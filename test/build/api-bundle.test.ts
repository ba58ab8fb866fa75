import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDirectory } from '../../api/src/local/demo-directory';
import { LOCAL_APP_PRINCIPAL } from '../../api/src/local/local-wiring';

const api = join(process.cwd(), 'api');

/** The deployable Function App: `npm run build:api`, then the api/ folder as Azure loads it. */
describe('the Function App bundle', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-api.ts'], { stdio: 'pipe' });
  }, 60000);

  test('package.json names the bundle as main, and host.json is a Functions v4 host with the extension bundle', () => {
    const manifest = JSON.parse(readFileSync(join(api, 'package.json'), 'utf8')) as { main: string };
    expect(existsSync(join(api, manifest.main))).toBe(true);
    const host = JSON.parse(readFileSync(join(api, 'host.json'), 'utf8')) as { version: string; extensionBundle: { id: string; version: string } };
    expect(host.version).toBe('2.0');
    expect(host.extensionBundle).toEqual({ id: 'Microsoft.Azure.Functions.ExtensionBundle', version: '[4.*, 5.0.0)' });
  });

  test('the bundle holds no local sign-in: no `local:` token parsing or minting, no demo directory, no demo people', () => {
    const bundle = readFileSync(join(api, 'dist', 'functions.js'), 'utf8');
    // The local verifier's pattern and the local app token, as esbuild writes them.
    expect(bundle).not.toMatch(/Bearer\\s\+local:/);
    expect(bundle).not.toContain('`local:${');
    expect(bundle).not.toMatch(/["'`]local:/);
    expect(bundle).not.toContain('APP_IDENTITY');
    expect(bundle).not.toContain('demoDirectory');
    expect(bundle).not.toMatch(/@[\w-]+\.example/);
    for (const person of demoDirectory) {
      expect(bundle).not.toContain(person.email);
      expect(bundle).not.toContain(person.displayName);
      expect(bundle).not.toContain(person.id);
    }
    expect(bundle).not.toContain(LOCAL_APP_PRINCIPAL);
  });

  test('loading the bundle in plain Node, with no node_modules or TypeScript, registers every function', () => {
    // Deployed as it would be: the api/ folder alone, far from the repository's node_modules.
    const deployed = mkdtempSync(join(tmpdir(), 'function-app-'));
    for (const part of ['host.json', 'package.json', 'dist']) cpSync(join(api, part), join(deployed, part), { recursive: true });
    // Outside the Functions host, @azure/functions runs in test mode and names each function it
    // would have registered; inside the host, the same calls register them.
    const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(join(deployed, 'dist', 'functions.js'))})`], {
      cwd: deployed,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(run.status).toBe(0);
    const output = `${run.stdout}${run.stderr}`;
    for (const name of ['publish-practice', 'edit-practice', 'withdraw-practice', 'record-adoption', 'register-plan', 'reminders'])
      expect(output).toContain(`register function "${name}"`);
    expect(output).not.toMatch(/Cannot find module|SyntaxError/);
  });
});
