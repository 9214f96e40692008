import { describe, expect, it } from 'vitest';
import { agreement, type LabelSet } from './agreement.ts';

const s = (name: string, id: string | null, cat: 'tech' | 'method' | 'domain' | 'soft' = 'tech') => ({ name, id, cat });

describe('inter-annotator agreement', () => {
  it('is 2·both/(|A|+|B|) summed over shared postings, keyed by id or by name', () => {
    const a: LabelSet[] = [
      { id: 'p1', skills: [s('Go', 'go'), s('Kafka', 'kafka'), s('Ownership', null, 'soft')] },
      { id: 'p2', skills: [s('Rust', 'rust')] },
      { id: 'only-a', skills: [s('Java', 'java')] },
    ];
    const b: LabelSet[] = [
      { id: 'p1', skills: [s('Golang', 'go'), s(' ownership ', null, 'soft'), s('Docker', 'docker')] },
      { id: 'p2', skills: [s('Rust', 'rust'), s('WASM', 'webassembly')] },
    ];
    const r = agreement(a, b);
    // p1: both {go, ownership}, onlyA {kafka}, onlyB {docker}; p2: both {rust}, onlyB {webassembly}
    expect(r.postings).toBe(2);
    expect([r.both, r.onlyA, r.onlyB]).toEqual([3, 1, 2]);
    expect(r.agreement).toBeCloseTo(6 / 9, 12);
    expect(r.byCategory.get('soft')).toEqual({ both: 1, onlyA: 0, onlyB: 0, agreement: 1 });
    expect(r.byCategory.get('tech')!.agreement).toBeCloseTo(4 / 7, 12);
  });

  it('is 1 for identical labels and 0 for disjoint ones', () => {
    const x: LabelSet[] = [{ id: 'p', skills: [s('Go', 'go')] }];
    expect(agreement(x, x).agreement).toBe(1);
    expect(agreement(x, [{ id: 'p', skills: [s('Rust', 'rust')] }]).agreement).toBe(0);
  });
});
