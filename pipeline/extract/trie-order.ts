/**
 * The order in which the automaton's double array places the trie's states (automaton.ts pack): breadth-first
 * down to SHALLOW (the states nearly every word's walk reads, packed together at the table's start), then each
 * deeper subtree depth-first, so that a state's children land near it and a walk along a long alias ("software
 * engineering", "ruby on rails") reads a few adjacent cache lines instead of one scattered line per character (the
 * scan's cache misses in the extractor, where zoning and decisions evict the table between postings).
 */

/** States above this depth are placed breadth-first. */
const SHALLOW = 3;

/** `goto`: each state's children by symbol (state 0 the root); `bfs`: the states but the root, breadth-first. */
export function placementOrder(goto: Map<number, number>[], bfs: number[]): number[] {
  const depth = new Uint8Array(goto.length);
  const out: number[] = [0];
  const deep: number[] = [];
  for (const s of [0, ...bfs]) {
    for (const nx of goto[s]!.values()) depth[nx] = Math.min(255, depth[s]! + 1);
    if (s === 0) continue;
    if (depth[s]! < SHALLOW) out.push(s);
    else if (depth[s] === SHALLOW) deep.push(s);
  }
  // each subtree below SHALLOW in preorder (an explicit stack: aliases can be long), children by symbol
  const stack: number[] = [];
  for (const root of deep) {
    stack.push(root);
    while (stack.length > 0) {
      const s = stack.pop()!;
      out.push(s);
      const kids = [...goto[s]!.entries()].sort((a, b) => b[0] - a[0]);
      for (const [, nx] of kids) stack.push(nx);
    }
  }
  return out;
}
