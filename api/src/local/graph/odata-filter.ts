import { invalidRequest } from './graph-errors';

/**
 * The OData `$filter` subset SharePoint lists accept through Graph: comparisons (eq, ne, lt, gt,
 * le, ge), `startswith(path, 'text')`, joined with and/or and grouped by parentheses. Hand-written
 * (recursive descent): the maintained OData parsers on npm target full OData v4 ASTs for SQL
 * back ends, far more than this store needs. String literals are read with `''` as an escaped quote
 * and are only ever values, never re-parsed.
 */
export type Literal = string | number | boolean | null;

export type Operand = { kind: 'path'; path: string } | { kind: 'literal'; value: Literal };

export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'compare'; operator: ComparisonOperator; left: Operand; right: Operand }
  | { kind: 'startswith'; target: Operand; prefix: Operand };

type Token =
  | { type: 'open' | 'close' | 'comma'; at: number }
  | { type: 'word'; text: string; at: number }
  | { type: 'string'; value: string; at: number }
  | { type: 'number'; value: number; at: number };

const COMPARISONS: readonly string[] = ['eq', 'ne', 'lt', 'gt', 'le', 'ge'];

/**
 * Limits that keep a hostile filter from exhausting the parser's stack or the evaluator's time, as
 * Graph and SharePoint refuse over-complex queries with 400. The tab's own queries are one or two
 * comparisons of short values, far inside all three.
 */
/** Characters in one `$filter`. */
export const MAX_FILTER_LENGTH = 4096;
/** Parentheses nested inside one another. */
export const MAX_FILTER_DEPTH = 32;
/** Comparisons and `startswith` tests joined by and/or. */
export const MAX_FILTER_TERMS = 200;

function syntaxError(source: string, at: number, what: string): Error {
  return invalidRequest(`Invalid filter clause: ${what} at position ${at} in '${source}'.`);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: char === '(' ? 'open' : char === ')' ? 'close' : 'comma', at: i });
      i += 1;
    } else if (char === "'") {
      const start = i;
      let value = '';
      i += 1;
      for (;;) {
        if (i >= source.length) throw syntaxError(source, start, 'unterminated string literal');
        const c = source[i];
        if (c === "'") {
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += c;
        i += 1;
      }
      tokens.push({ type: 'string', value, at: start });
    } else if (/[-\d]/.test(char)) {
      const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(source.slice(i));
      if (!match) throw syntaxError(source, i, `unexpected '${char}'`);
      tokens.push({ type: 'number', value: Number(match[0]), at: i });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(source.slice(i));
      const text = match?.[0] ?? char;
      tokens.push({ type: 'word', text, at: i });
      i += text.length;
    } else {
      throw syntaxError(source, i, `unexpected '${char}'`);
    }
  }
  return tokens;
}

class Parser {
  private position = 0;
  private depth = 0;
  private terms = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  parse(): FilterNode {
    const node = this.orExpression();
    const rest = this.tokens[this.position];
    if (rest) throw syntaxError(this.source, rest.at, 'unexpected token');
    return node;
  }

  private peekWord(): string | undefined {
    const token = this.tokens[this.position];
    return token?.type === 'word' ? token.text.toLowerCase() : undefined;
  }

  private orExpression(): FilterNode {
    let left = this.andExpression();
    while (this.peekWord() === 'or') {
      this.position += 1;
      left = { kind: 'or', left, right: this.andExpression() };
    }
    return left;
  }

  private andExpression(): FilterNode {
    let left = this.primary();
    while (this.peekWord() === 'and') {
      this.position += 1;
      left = { kind: 'and', left, right: this.primary() };
    }
    return left;
  }

  private expect(type: 'open' | 'close' | 'comma'): void {
    const token = this.tokens[this.position];
    if (token?.type !== type) {
      const expected = type === 'open' ? "'('" : type === 'close' ? "')'" : "','";
      throw syntaxError(this.source, token?.at ?? this.source.length, `expected ${expected}`);
    }
    this.position += 1;
  }

  private primary(): FilterNode {
    const token = this.tokens[this.position];
    if (!token) throw syntaxError(this.source, this.source.length, 'unexpected end of expression');
    if (token.type === 'open') {
      this.depth += 1;
      if (this.depth > MAX_FILTER_DEPTH) {
        throw invalidRequest(`Invalid filter clause: the filter nests parentheses more than ${MAX_FILTER_DEPTH} deep, which is more than a query may.`);
      }
      this.position += 1;
      const inner = this.orExpression();
      this.expect('close');
      this.depth -= 1;
      return inner;
    }
    this.terms += 1;
    if (this.terms > MAX_FILTER_TERMS) {
      throw invalidRequest(`Invalid filter clause: the filter has more than ${MAX_FILTER_TERMS} comparisons, which is more than a query may.`);
    }
    if (token.type === 'word' && token.text.toLowerCase() === 'startswith' && this.tokens[this.position + 1]?.type === 'open') {
      this.position += 2;
      const target = this.operand();
      this.expect('comma');
      const prefix = this.operand();
      this.expect('close');
      // `startswith(a,'b') eq true` is the same test.
      if (this.peekWord() === 'eq' && this.tokens[this.position + 1]?.type === 'word') {
        const next = this.tokens[this.position + 1];
        if (next?.type === 'word' && next.text === 'true') this.position += 2;
      }
      return { kind: 'startswith', target, prefix };
    }
    const left = this.operand();
    const operatorToken = this.tokens[this.position];
    const operator = this.peekWord();
    if (!operator || !COMPARISONS.includes(operator)) {
      throw syntaxError(this.source, operatorToken?.at ?? this.source.length, 'expected a comparison operator (eq, ne, lt, gt, le, ge)');
    }
    this.position += 1;
    const right = this.operand();
    return { kind: 'compare', operator: operator as ComparisonOperator, left, right };
  }

  private operand(): Operand {
    const token = this.tokens[this.position];
    if (!token) throw syntaxError(this.source, this.source.length, 'unexpected end of expression');
    this.position += 1;
    switch (token.type) {
      case 'string':
        return { kind: 'literal', value: token.value };
      case 'number':
        return { kind: 'literal', value: token.value };
      case 'word': {
        const lower = token.text.toLowerCase();
        if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' };
        if (lower === 'null') return { kind: 'literal', value: null };
        if (['and', 'or', ...COMPARISONS].includes(lower)) throw syntaxError(this.source, token.at, `unexpected '${token.text}'`);
        return { kind: 'path', path: token.text };
      }
      default:
        throw syntaxError(this.source, token.at, 'expected a property or a value');
    }
  }
}

export function parseFilter(source: string): FilterNode {
  if (source.trim() === '') throw invalidRequest('Invalid filter clause: the filter is empty.');
  if (source.length > MAX_FILTER_LENGTH) {
    throw invalidRequest(`Invalid filter clause: the filter is ${source.length} characters long; at most ${MAX_FILTER_LENGTH} are allowed.`);
  }
  return new Parser(source, tokenize(source)).parse();
}

/** Every property path a filter refers to (for index checks). */
export function filterPaths(node: FilterNode): string[] {
  const operands = (current: FilterNode): Operand[] => {
    switch (current.kind) {
      case 'and':
      case 'or':
        return [...operands(current.left), ...operands(current.right)];
      case 'compare':
        return [current.left, current.right];
      case 'startswith':
        return [current.target, current.prefix];
    }
  };
  return [...new Set(operands(node).flatMap((operand) => (operand.kind === 'path' ? [operand.path] : [])))];
}

/** How one property's stored value is read, and how a literal is put in the same form for comparing. */
export interface FilterScope {
  value(path: string): unknown;
  normalise?(path: string, literal: Literal): Literal;
}

type Comparable = string | number | boolean | null;

function comparable(value: unknown): Comparable {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.join(';').toLowerCase();
  return JSON.stringify(value);
}

function resolve(operand: Operand, other: Operand, scope: FilterScope): Comparable {
  if (operand.kind === 'path') return comparable(scope.value(operand.path));
  const literal = other.kind === 'path' && scope.normalise ? scope.normalise(other.path, operand.value) : operand.value;
  return comparable(literal);
}

function compare(operator: ComparisonOperator, left: Comparable, right: Comparable): boolean {
  if (typeof left === 'boolean' && typeof right === 'number') right = right !== 0;
  if (typeof right === 'boolean' && typeof left === 'number') left = left !== 0;
  if (operator === 'eq') return left === right;
  if (operator === 'ne') return left !== right;
  if (left === null || right === null || typeof left !== typeof right) return false;
  switch (operator) {
    case 'lt':
      return left < right;
    case 'gt':
      return left > right;
    case 'le':
      return left <= right;
    case 'ge':
      return left >= right;
  }
}

export function evaluateFilter(node: FilterNode, scope: FilterScope): boolean {
  switch (node.kind) {
    case 'and':
      return evaluateFilter(node.left, scope) && evaluateFilter(node.right, scope);
    case 'or':
      return evaluateFilter(node.left, scope) || evaluateFilter(node.right, scope);
    case 'compare':
      return compare(node.operator, resolve(node.left, node.right, scope), resolve(node.right, node.left, scope));
    case 'startswith': {
      const target = resolve(node.target, node.prefix, scope);
      const prefix = resolve(node.prefix, node.target, scope);
      return typeof target === 'string' && typeof prefix === 'string' && target.startsWith(prefix);
    }
  }
}

/** A single `$orderby` key: `fields/DueDate desc`. */
export interface OrderKey {
  path: string;
  descending: boolean;
}

export function parseOrderBy(source: string): OrderKey[] {
  return source.split(',').map((part) => {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!match?.[1]) throw invalidRequest(`Invalid $orderby clause: '${source}'.`);
    return { path: match[1], descending: match[2]?.toLowerCase() === 'desc' };
  });
}

/** Orders two stored values as SharePoint does: empty first, text without regard to case. */
export function compareValues(a: unknown, b: unknown): number {
  const left = comparable(a);
  const right = comparable(b);
  if (left === right) return 0;
  if (left === null) return -1;
  if (right === null) return 1;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return String(left) < String(right) ? -1 : 1;
}
