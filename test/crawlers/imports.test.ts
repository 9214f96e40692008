/** No import circle inside crawlers/ (type-only imports count too), checked by reading the sources. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../crawlers');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

function importGraph(all: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of all) {
    const src = readFileSync(f, 'utf8');
    const deps = [...src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)]
      .map((m) => path.resolve(path.dirname(f), m[1] ?? m[2]!))
      .filter((d) => d.startsWith(root));
    graph.set(f, deps);
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const out: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 'open') out.push([...stack.slice(stack.indexOf(d)), d].map((p) => path.relative(root, p)));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return out;
}

describe('crawlers/ import graph', () => {
  it('has no circle (index.ts, engine.ts and tally.ts included)', () => {
    const graph = importGraph(files(root));
    expect(graph.get(path.join(root, 'engine.ts'))!.length).toBeGreaterThan(3); // the reader sees imports
    expect(cycles(graph)).toEqual([]);
  });
  it('the checker finds a circle when there is one', () => {
    const a = path.join(root, 'a.ts');
    const b = path.join(root, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });
});
