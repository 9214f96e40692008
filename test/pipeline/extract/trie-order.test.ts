/**
 * The double array's placement order (pipeline/extract/trie-order.ts): every state once, each after its parent
 * (pack gives a state its slot when its parent is placed), breadth-first above the shallow depth, and below it
 * a subtree's states together, so that a long alias's chain of states is placed in consecutive slots. That the
 * packed automaton still finds the dense DFA's hits is automaton.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../pipeline/extract/automaton.ts';
import { placementOrder } from '../../../pipeline/extract/trie-order.ts';

/** A trie of the patterns (symbols = char codes) and its states but the root, breadth-first. */
function trie(patterns: string[]): { goto: Map<number, number>[]; bfs: number[]; parent: number[] } {
  const goto: Map<number, number>[] = [new Map()];
  const parent = [-1];
  for (const p of patterns) {
    let s = 0;
    for (const ch of p) {
      let nx = goto[s]!.get(ch.charCodeAt(0));
      if (nx === undefined) {
        nx = goto.length;
        goto.push(new Map());
        parent.push(s);
        goto[s]!.set(ch.charCodeAt(0), nx);
      }
      s = nx;
    }
  }
  const bfs: number[] = [...goto[0]!.values()];
  for (let i = 0; i < bfs.length; i++) bfs.push(...goto[bfs[i]!]!.values());
  return { goto, bfs, parent };
}

describe('placementOrder', () => {
  const { goto, bfs, parent } = trie([
    'software engineering',
    'software architecture',
    'go',
    'golang',
    'ruby on rails',
  ]);
  const order = placementOrder(goto, bfs);
  it('places every state once, the root first, each state after its parent', () => {
    expect(order[0]).toBe(0);
    expect([...order].sort((a, b) => a - b)).toEqual([...Array(goto.length).keys()]);
    const at = new Map(order.map((s, i) => [s, i]));
    for (let s = 1; s < goto.length; s++) expect(at.get(s)!).toBeGreaterThan(at.get(parent[s]!)!);
  });
  it('the states of depth 1 and 2 come first, breadth-first', () => {
    expect(order.slice(1, 7)).toEqual(bfs.slice(0, 6)); // s, g, r; so, go, ru
  });
  it("below them a single alias's chain follows its state with no other state between", () => {
    // "ruby on rails" from its third character down: one chain, placed in a row
    let s = goto[goto[goto[0]!.get(114)!]!.get(117)!]!.get(98)!; // r, u, b
    const chain = [s];
    while (goto[s]!.size === 1) chain.push((s = [...goto[s]!.values()][0]!));
    const i = order.indexOf(chain[0]!);
    expect(order.slice(i, i + chain.length)).toEqual(chain);
  });
});

describe('the packed automaton with this order', () => {
  it('finds the hits of the dense layout on a text with long aliases', () => {
    const patterns = ['software engineering', 'software architecture', 'software', 'go', 'golang', 'ruby on rails'];
    const text = 'Software engineering in Go and golang, Ruby on Rails; software architecture. Software!';
    expect(new Automaton(patterns).scan(text)).toEqual(new Automaton(patterns, 'dense').scan(text));
    expect(new Automaton(patterns).scan(text).length).toBe(8); // "software" inside both longer aliases too
  });
});
