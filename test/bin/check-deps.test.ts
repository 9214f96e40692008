import { describe, expect, it } from 'vitest';
import { check, circles, importsOf } from '../../bin/check-deps.ts';

const imp = (from: string, to: string, typeOnly = false) => ({ from, to, typeOnly });

describe('the dependency checker', () => {
  it('reads static, type-only, re-exported and dynamic imports with a TypeScript parser', () => {
    const code = `import { a, type B } from './a.ts';
import type { C } from '../api/c.ts';
import { type D } from './d.ts';
export { e } from './e.ts';
export type { F } from './f.ts';
import './side.ts';
const g = await import('../cli/g.ts');
const x = y!.z / 2; // TS syntax the JS-only lexers choke on
import { DuckDBInstance } from '@duckdb/node-api';`;
    expect(importsOf('dashboard/views/x.ts', code)).toEqual([
      imp('dashboard/views/x.ts', 'dashboard/views/a.ts'),
      imp('dashboard/views/x.ts', 'dashboard/api/c.ts', true),
      imp('dashboard/views/x.ts', 'dashboard/views/d.ts', true),
      imp('dashboard/views/x.ts', 'dashboard/views/side.ts'),
      imp('dashboard/views/x.ts', '@duckdb/node-api'),
      imp('dashboard/views/x.ts', 'dashboard/views/e.ts'),
      imp('dashboard/views/x.ts', 'dashboard/views/f.ts', true),
      imp('dashboard/views/x.ts', 'dashboard/cli/g.ts'),
    ]);
  });

  it('fails an upstream import, DuckDB outside pipeline/db.ts, server code in the dashboard and a circle', () => {
    const { violations } = check([
      imp('pipeline/run.ts', 'api/app.ts'),
      imp('crawlers/sink.ts', 'pipeline/db.ts', true),
      imp('api/warehouse.ts', '@duckdb/node-api'),
      imp('pipeline/db.ts', '@duckdb/node-api'),
      imp('dashboard/api.ts', 'api/types.ts', true),
      imp('dashboard/main.ts', 'api/app.ts'),
      imp('api/a.ts', 'api/b.ts'),
      imp('api/b.ts', 'api/a.ts', true),
      imp('cli/main.ts', 'crawlers/index.ts'),
      imp('config/index.ts', 'workspace/paths.ts'),
    ]);
    expect(violations).toEqual([
      'pipeline/run.ts: one-way flow: pipeline/ may not import api/ (api/app.ts)',
      'crawlers/sink.ts: one-way flow: crawlers/ may not import pipeline/ (pipeline/db.ts, type only)',
      'api/warehouse.ts: only pipeline/db.ts imports DuckDB: imports @duckdb/node-api',
      'dashboard/main.ts: dashboard imports only types from api/: imports api/app.ts at run time',
      'api/a.ts: import circle: api/a.ts -> api/b.ts',
    ]);
  });

  it('finds every circle once', () => {
    const e = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['d'])],
      ['e', new Set(['a'])],
    ]);
    expect(circles(e)).toEqual([['a', 'b', 'c'], ['d']]);
  });
});
