import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { CallExpression, Identifier, ModuleItem, StringLiteral } from '@swc/core';
import { z } from 'zod';
import { expectNone, isNodeOf, parseModule, root, sourceFiles, walk, type SourceFile } from './source-files';

/**
 * An export nothing imports misleads a newcomer into thinking it is used somewhere: every value export in src/
 * (function, constant, class, component) must be imported by another file (in src/, test/, api/, scripts/ or
 * bench/), or lose its `export`.
 * knip is not asked about type exports: a type exported beside the function whose signature uses it documents that signature.
 *
 * knip (knip.json: "files" and "exports", not "types") finds them: it follows static and dynamic imports, `export *`,
 * re-export lists, `import type`, workers started with `new URL('./x.worker.ts', import.meta.url)`, and the entry
 * points (src/main.tsx through index.html, api/, scripts/, bench/, the tests). It cannot see which export a page
 * loaded lazily through `named(() => import('…'), 'Name')` (src/app/sections.tsx) uses, so it counts them all as
 * used; the second test checks those modules' other exports itself.
 */

const symbolSchema = z.object({ name: z.string(), line: z.number().optional(), col: z.number().optional() });
const reportSchema = z.object({
  issues: z.array(
    z.object({
      file: z.string(),
      files: z.array(symbolSchema).default([]),
      exports: z.array(symbolSchema).default([]),
      types: z.array(symbolSchema).default([]),
    }),
  ),
});

function runKnip(): z.infer<typeof reportSchema> {
  const bin = join(root, 'node_modules', 'knip', 'bin', 'knip.js');
  const run = spawnSync(process.execPath, [bin, '--reporter', 'json', '--no-progress', '--no-exit-code'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`knip did not run (exit ${run.status}):\n${run.stderr}`);
  return reportSchema.parse(JSON.parse(run.stdout));
}

function where(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}

test('every export in src/ is imported by another file (knip)', () => {
  const { issues } = runKnip();
  const unused = issues.flatMap(({ file, files, exports, types }) => [
    ...files.map(() => `${file}: the whole file (nothing imports it)`),
    ...exports.map(({ name, line }) => `${where(file, line)} ${name}`),
    ...types.map(({ name, line }) => `${where(file, line)} ${name} (type)`),
  ]);
  expectNone(unused, `${unused.length} export(s) in src/ that no other file imports; remove the \`export\` (or the code, if nothing uses it):`);
}, 120_000);

// ---- pages loaded lazily by name ----

const users = [...sourceFiles('src'), ...sourceFiles('test'), ...sourceFiles('api/src'), ...sourceFiles('scripts'), ...sourceFiles('bench')];
const known = new Set(users.map((file) => file.path));
const parsed = new Map(users.map((file) => [file.path, parseModule(file).body]));

/** The file a relative specifier names, as bundler resolution finds it; undefined for packages. */
function resolveFrom(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.join(posix.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((candidate) => known.has(candidate));
}

/** The files each file loads with import('…'), one entry per call. */
const dynamicImportsOf = new Map(
  users.map((file) => {
    const targets: string[] = [];
    walk(parsed.get(file.path), (node) => {
      if (!isNodeOf<CallExpression>(node, 'CallExpression') || node.callee.type !== 'Import') return;
      const specifier = stringArgument(node, 0);
      const target = specifier === undefined ? undefined : resolveFrom(file.path, specifier);
      if (target !== undefined) targets.push(target);
    });
    return [file.path, targets];
  }),
);

interface LazyLoad {
  readonly from: string;
  readonly target: string;
  readonly name: string;
}

function stringArgument(call: CallExpression, index: number): string | undefined {
  const expression = call.arguments[index]?.expression;
  return isNodeOf<StringLiteral>(expression, 'StringLiteral') ? expression.value : undefined;
}

/** `named(() => import('./x'), 'Name')`: the module and the one export it loads. */
function lazyLoads(file: SourceFile): LazyLoad[] {
  const loads: LazyLoad[] = [];
  walk(parsed.get(file.path), (node) => {
    if (!isNodeOf<CallExpression>(node, 'CallExpression') || !isNodeOf<Identifier>(node.callee, 'Identifier') || node.callee.value !== 'named') return;
    const loader = node.arguments[0]?.expression;
    const body = loader && loader.type === 'ArrowFunctionExpression' ? loader.body : undefined;
    if (!isNodeOf<CallExpression>(body, 'CallExpression') || body.callee.type !== 'Import') return;
    const specifier = stringArgument(body, 0);
    const name = stringArgument(node, 1);
    const target = specifier === undefined ? undefined : resolveFrom(file.path, specifier);
    if (target !== undefined && name !== undefined) loads.push({ from: file.path, target, name });
  });
  return loads;
}

/** The names a module exports itself (not what it re-exports from elsewhere). */
function ownExports(items: readonly ModuleItem[]): string[] {
  return items.flatMap((item): string[] => {
    if (item.type === 'ExportDefaultDeclaration' || item.type === 'ExportDefaultExpression') return ['default'];
    if (item.type === 'ExportNamedDeclaration' && !item.source) {
      return item.specifiers.flatMap((specifier) => (specifier.type === 'ExportSpecifier' ? [(specifier.exported ?? specifier.orig).value] : []));
    }
    if (item.type !== 'ExportDeclaration') return [];
    const declaration = item.declaration;
    switch (declaration.type) {
      case 'VariableDeclaration':
        return declaration.declarations.flatMap((declarator) => (declarator.id.type === 'Identifier' ? [declarator.id.value] : []));
      case 'ClassDeclaration':
      case 'FunctionDeclaration':
        return [declaration.identifier.value];
      default:
        return [declaration.id.value];
    }
  });
}

/** What `path` takes from `target`: names, or 'all' for `import * as`, `export *` and other dynamic imports. */
function takenFrom(path: string, target: string, lazy: readonly LazyLoad[]): Set<string> | 'all' {
  const items = parsed.get(path) ?? [];
  const taken = new Set(lazy.filter((load) => load.from === path && load.target === target).map((load) => load.name));
  for (const item of items) {
    if (item.type === 'ImportDeclaration' && resolveFrom(path, item.source.value) === target) {
      for (const specifier of item.specifiers) {
        if (specifier.type === 'ImportNamespaceSpecifier') return 'all';
        taken.add(specifier.type === 'ImportDefaultSpecifier' ? 'default' : (specifier.imported ?? specifier.local).value);
      }
    }
    if (item.type === 'ExportAllDeclaration' && resolveFrom(path, item.source.value) === target) return 'all';
    if (item.type === 'ExportNamedDeclaration' && item.source && resolveFrom(path, item.source.value) === target) {
      for (const specifier of item.specifiers) {
        if (specifier.type !== 'ExportSpecifier') return 'all';
        taken.add(specifier.orig.value);
      }
    }
  }
  // Any other import() of the target (not one of its lazy loads by name) may use any export.
  const dynamicImports = (dynamicImportsOf.get(path) ?? []).filter((imported) => imported === target).length;
  const lazyLoadsHere = lazy.filter((load) => load.from === path && load.target === target).length;
  return dynamicImports > lazyLoadsHere ? 'all' : taken;
}

test('a page loaded lazily by name exports nothing that no other file imports', () => {
  const lazy = users.filter((file) => file.path.startsWith('src/')).flatMap(lazyLoads);
  expect(lazy.length).toBeGreaterThan(0);
  const targets = [...new Set(lazy.map((load) => load.target))];
  expect(targets.every((target) => existsSync(join(root, target)) && dirname(target).startsWith('src'))).toBe(true);
  const unused = targets.flatMap((target) => {
    const taken = users.filter((file) => file.path !== target).map((file) => takenFrom(file.path, target, lazy));
    if (taken.includes('all')) return [];
    const used = new Set(taken.flatMap((names) => (names === 'all' ? [] : [...names])));
    return ownExports(parsed.get(target) ?? [])
      .filter((name) => !used.has(name))
      .map((name) => `${target} ${name}`);
  });
  expectNone(unused, `${unused.length} export(s) of lazily loaded pages that no other file imports; remove the \`export\`:`);
});
