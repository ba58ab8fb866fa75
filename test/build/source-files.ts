import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseSync, type Module, type Node } from '@swc/core';

/**
 * The repository's TypeScript, read and parsed with swc for the build tests that check the code's shape
 * (TypeScript 7 has no compiler API to do it with).
 */

export const root = process.cwd();

export interface SourceFile {
  /** Path from the repository root, with forward slashes, as a person would type it. */
  readonly path: string;
  readonly text: string;
}

export interface AstNode extends Node {
  readonly span?: { readonly start: number; readonly end: number };
}

/** Every .ts and .tsx file under `dir` (from the repository root), except declarations and generated folders. */
export function sourceFiles(dir: string): SourceFile[] {
  const absoluteDir = join(root, dir);
  return readdirSync(absoluteDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .filter((name) => !name.split(sep).some((part) => part === 'node_modules' || part.startsWith('.')))
    .toSorted()
    .map((name) => {
      const absolute = join(absoluteDir, name);
      return { path: relative(root, absolute).split(sep).join('/'), text: readFileSync(absolute, 'utf8') };
    });
}

export function parseModule(file: SourceFile): Module {
  return parseSync(file.text, { syntax: 'typescript', tsx: file.path.endsWith('.tsx') });
}

export function isAstNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof Reflect.get(value, 'type') === 'string';
}

/** Narrows a node to one swc node type by its `type` tag. */
export function isNodeOf<T extends Node>(value: unknown, type: T['type']): value is T {
  return isAstNode(value) && value.type === type;
}

/** The objects and arrays directly inside a node (its children, and lists of them). */
export function childrenOf(value: object): unknown[] {
  if (Array.isArray(value)) return value;
  return Object.entries(value)
    .filter(([key, child]) => key !== 'span' && typeof child === 'object' && child !== null)
    .map(([, child]) => child);
}

/** Visits every AST node under `value`; `enter` returns false to skip a node's children. */
export function walk(value: unknown, enter: (node: AstNode) => boolean | void): void {
  if (typeof value !== 'object' || value === null) return;
  if (isAstNode(value) && enter(value) === false) return;
  for (const child of childrenOf(value)) walk(child, enter);
}

/** Line numbers (1-based) of swc positions in a file: swc spans are 1-based UTF-8 byte offsets. */
export function lineFinder(text: string): (position: number) => number {
  const lineStarts = [0];
  Buffer.from(text, 'utf8').forEach((byte, index) => {
    if (byte === 0x0a) lineStarts.push(index + 1);
  });
  return (position) => {
    const offset = position - 1;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** Fails with a heading and one line per offender, so the message says what to fix. */
export function expectNone(offenders: readonly string[], heading: string): void {
  if (offenders.length > 0) throw new Error(`${heading}\n${offenders.map((line) => `  ${line}`).join('\n')}`);
  expect(offenders).toEqual([]);
}
