/**
 * `npm run deps`: checks the dependency rules of docs/architecture.md on every source file, with a real
 * TypeScript parser (oxc-parser; dependency-cruiser needs the TypeScript compiler API, which TypeScript 7 no
 * longer ships):
 *   1. one-way flow: each room imports only the rooms listed for it in `allowed` (type imports included);
 *   2. only pipeline/db.ts imports @duckdb/node-api;
 *   3. dashboard/ imports nothing from api/ but types (`import type`), and nothing else of the server;
 *   4. no import circles, type imports included (a circle of types still ties the files to each other).
 * Prints each violation as `file: rule: detail` and exits 1 when there is one.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'oxc-parser';

export type Room =
  | 'workspace'
  | 'config'
  | 'crawlers'
  | 'pipeline'
  | 'api'
  | 'dashboard'
  | 'cli'
  | 'bin'
  | 'test'
  | 'bench';

/** What each room may import (besides itself, node: builtins and npm packages). */
export const allowed: Record<Room, readonly Room[]> = {
  workspace: [],
  config: ['workspace'],
  crawlers: ['config', 'workspace'],
  pipeline: ['config', 'workspace'],
  api: ['config', 'workspace', 'pipeline'],
  dashboard: ['workspace'], // build.ts finds the project root; plus type-only imports from api/ (rule 3)
  cli: ['config', 'workspace', 'crawlers', 'pipeline', 'api', 'dashboard'],
  bin: ['cli'],
  test: ['workspace', 'config', 'crawlers', 'pipeline', 'api', 'dashboard', 'cli', 'bin', 'bench'],
  bench: ['workspace', 'config', 'crawlers', 'pipeline', 'api', 'dashboard', 'cli', 'test'],
};

/** Single files a room may import from a room it may not import as a whole. */
export const allowedFiles: Partial<Record<Room, readonly string[]>> = {
  // the error classes every room shares (config/ imports workspace/paths.ts for the data folder's layout)
  workspace: ['config/errors.ts'],
};

/**
 * Rooms whose inner circles are known and being removed by another change: reported, not failed. (The crawlers'
 * index/engine/tally circle of issue 12, items 4-5, is gone: crawlers/types.ts.)
 */
export const knownCircleRooms: readonly Room[] = [];

export interface Import {
  from: string;
  /** A repo path for relative imports, else the bare specifier. */
  to: string;
  typeOnly: boolean;
}

const rooms = Object.keys(allowed) as Room[];
const roomOf = (file: string): Room | null => {
  const top = file.split('/')[0] as Room;
  return rooms.includes(top) ? top : null;
};

export function importsOf(file: string, code: string): Import[] {
  const { module: m, errors } = parseSync(file, code);
  if (errors.length) throw new Error(`${file}: cannot parse: ${errors[0]!.message}`);
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    const to = spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : spec;
    out.push({ from: file, to, typeOnly });
  };
  for (const i of m.staticImports) add(i.moduleRequest.value, i.entries.length > 0 && i.entries.every((e) => e.isType));
  for (const e of m.staticExports) for (const x of e.entries) if (x.moduleRequest) add(x.moduleRequest.value, x.isType);
  for (const d of m.dynamicImports) {
    const text = code.slice(d.moduleRequest.start, d.moduleRequest.end);
    const lit = /^(['"`])([^'"`$]+)\1$/.exec(text.trim());
    if (lit) add(lit[2]!, false);
  }
  return out;
}

/** Strongly connected components with more than one file (or a file importing itself): the circles. */
export function circles(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || edges.get(v)?.has(v)) out.push(scc.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The violations of the rules in `imports` (one line each) and the known circles found. */
export function check(imports: Import[]): { violations: string[]; known: string[] } {
  const violations: string[] = [];
  const edges = new Map<string, Set<string>>();
  for (const i of imports) {
    const from = roomOf(i.from);
    if (i.to === '@duckdb/node-api' || i.to.startsWith('@duckdb/')) {
      if (i.from !== 'pipeline/db.ts')
        violations.push(`${i.from}: only pipeline/db.ts imports DuckDB: imports ${i.to}`);
      continue;
    }
    if (!i.to.includes('/') || !i.to.match(/\.(ts|js|mjs|json)$/)) continue; // npm package or node builtin
    const to = roomOf(i.to);
    if (!from || !to) continue;
    (edges.get(i.from) ?? edges.set(i.from, new Set()).get(i.from)!).add(i.to);
    if (from === to) continue;
    if (from === 'dashboard' && to === 'api') {
      if (!i.typeOnly)
        violations.push(`${i.from}: dashboard imports only types from api/: imports ${i.to} at run time`);
      continue;
    }
    if (!allowed[from].includes(to) && !allowedFiles[from]?.includes(i.to))
      violations.push(
        `${i.from}: one-way flow: ${from}/ may not import ${to}/ (${i.to}${i.typeOnly ? ', type only' : ''})`,
      );
  }
  const known: string[] = [];
  for (const c of circles(edges)) {
    const key = c.join(' -> ');
    if (c.every((f) => knownCircleRooms.includes(roomOf(f)!))) known.push(key);
    else violations.push(`${c[0]}: import circle: ${key}`);
  }
  return { violations, known };
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.mjs', '*.js'],
    { cwd: root, encoding: 'utf8' },
  )
    .split('\n')
    .filter((f) => f && roomOf(f) && !f.startsWith('dashboard/dist/'));
  const imports = files.flatMap((f) => importsOf(f, readFileSync(path.join(root, f), 'utf8')));
  const { violations, known } = check(imports);
  for (const k of known) process.stdout.write(`deps: known circle (owned by another change): ${k}\n`);
  for (const v of violations) process.stdout.write(`${v}\n`);
  process.stdout.write(`deps: ${files.length} files, ${imports.length} imports, ${violations.length} violations\n`);
  if (violations.length) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
