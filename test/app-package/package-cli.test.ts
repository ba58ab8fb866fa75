import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { loadEnvironment } from '../../scripts/app-package/env-file';

const rootDir = process.cwd();

/**
 * Preloaded into the packaging process: any outgoing TCP connection or fetch throws, so a
 * validation that quietly downloaded its schema would fail here rather than pass online.
 */
const noNetwork = `
import net from 'node:net';
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = args[0];
  const isLocalPipe = (typeof options === 'object' && options !== null && typeof options.path === 'string') || (typeof options === 'string' && Number.isNaN(Number(options)));
  if (!isLocalPipe) throw new Error('network access is not allowed while packaging');
  return connect.apply(this, args);
};
globalThis.fetch = async () => { throw new Error('network access is not allowed while packaging'); };
`;

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'app-package-'));
  writeFileSync(join(workDir, 'no-network.mjs'), noNetwork);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs `npm run package`'s own command line, as npm would, from the repository root. */
function runPackage(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', join(workDir, 'no-network.mjs'), '--import', 'tsx', 'scripts/package-app.ts', ...args], {
    cwd: rootDir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run package', () => {
  it('writes a zip holding exactly manifest.json, color.png and outline.png, with every placeholder filled', async () => {
    const outDir = join(workDir, 'out');
    const result = runPackage(['--env', 'local', '--out', outDir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

    const zipPath = join(outDir, 'appPackage.local.zip');
    expect(result.stdout).toContain(zipPath);
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(3);
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'color.png', 'outline.png']));

    for (const name of names) {
      const bytes = await zip.files[name]?.async('nodebuffer');
      expect(bytes?.toString('latin1')).not.toContain('${{');
    }
    const manifestText = (await zip.files['manifest.json']?.async('string')) ?? '';
    const manifest = JSON.parse(manifestText) as { id: string; validDomains: string[]; webApplicationInfo: { id: string } };
    const local = loadEnvironment(join(rootDir, 'env'), 'local').values;
    expect(manifest.id).toBe(local.get('TEAMS_APP_ID'));
    expect(manifest.validDomains).toEqual([local.get('TAB_DOMAIN')]);
    expect(manifest.webApplicationInfo.id).toBe(local.get('AAD_APP_CLIENT_ID'));

    const icons = ['color.png', 'outline.png'];
    for (const icon of icons) {
      expect((await zip.files[icon]?.async('nodebuffer'))?.equals(readFileSync(join(rootDir, 'appPackage', icon)))).toBe(true);
    }
  });

  it('fails naming each variable that has no value, and writes nothing', () => {
    const envDir = join(workDir, 'env');
    const outDir = join(workDir, 'out-broken');
    rmSync(envDir, { recursive: true, force: true });
    mkdirSync(envDir);
    const local = readFileSync(join(rootDir, 'env/.env.local'), 'utf8');
    const broken = local
      .split('\n')
      .filter((line) => !line.startsWith('TAB_DOMAIN='))
      .map((line) => (line.startsWith('AAD_APP_CLIENT_ID=') ? 'AAD_APP_CLIENT_ID=' : line))
      .join('\n');
    writeFileSync(join(envDir, '.env.broken'), broken);

    const result = runPackage(['--env', 'broken', '--env-dir', envDir, '--out', outDir]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('TAB_DOMAIN has no value');
    expect(result.stderr).toContain('AAD_APP_CLIENT_ID has no value');
    expect(result.stderr).not.toContain('TEAMS_APP_ID');
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('names an environment that does not exist', () => {
    const result = runPackage(['--env', 'nowhere', '--out', join(workDir, 'out-nowhere')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('There is no environment "nowhere"');
  });
});
