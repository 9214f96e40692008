/**
 * Known-answer test of the planner on simulated postings where the right next skill is designed in:
 * a program teaching Python + SQL + pandas should be told NumPy and scikit-learn (asked together with pandas
 * by many employers), not a rare skill with a huge lift from a handful of postings or one employer's reposts.
 */
import { describe, expect, it } from 'vitest';
import { employerPairTable } from '../../pipeline/stats/adjacency.ts';
import { recommend, type RecommendData } from '../../pipeline/stats/recommend.ts';
import { createRng } from '../../pipeline/stats/rng.ts';

interface Posting {
  employer: string;
  skills: Set<string>;
}

function simulate(seed: number): Posting[] {
  const rng = createRng(seed);
  const out: Posting[] = [];
  for (let e = 0; e < 400; e++) {
    for (let k = 0; k < 1 + Math.floor(rng.next() * 4); k++) {
      const s = new Set<string>();
      const add = (id: string, p: number) => rng.next() < p && s.add(id);
      add('python', 0.35);
      add('sql', 0.3);
      add('react', 0.3);
      add('aws', 0.2);
      add('docker', 0.15);
      if (s.has('python')) {
        add('pandas', 0.25);
        add('django', 0.1);
      }
      if (s.has('pandas')) {
        add('numpy', 0.5);
        add('scikit-learn', 0.35);
        add('tableau', 0.05);
      }
      if (s.has('react')) add('typescript', 0.5);
      out.push({ employer: `e${e}`, skills: s });
    }
  }
  // one employer reposting the same pandas + GPU job every month
  for (let m = 0; m < 12; m++)
    out.push({ employer: 'gpu-shop', skills: new Set(['python', 'pandas', 'gpu-architecture']) });
  // a rare skill with a huge lift: 4 employers, always with pandas
  for (let e = 0; e < 4; e++) out.push({ employer: `rare${e}`, skills: new Set(['python', 'pandas', 'duckdb']) });
  return out;
}

function pairsOf(postings: Posting[]) {
  const n = new Map<string, number>();
  const emp = new Map<string, Set<string>>();
  const both = new Map<string, { n: number; e: Set<string> }>();
  for (const p of postings) {
    const ids = [...p.skills].sort();
    for (const a of ids) {
      n.set(a, (n.get(a) ?? 0) + 1);
      (emp.get(a) ?? emp.set(a, new Set()).get(a)!).add(p.employer);
    }
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const k = `${ids[i]}|${ids[j]}`;
        const b = both.get(k) ?? both.set(k, { n: 0, e: new Set() }).get(k)!;
        b.n++;
        b.e.add(p.employer);
      }
  }
  const employers = new Set(postings.map((p) => p.employer)).size;
  const pairs = [...both].map(([k, v]) => ({
    a: k.split('|')[0]!,
    b: k.split('|')[1]!,
    n_both: v.n,
    employers: v.e.size,
  }));
  return {
    rows: employerPairTable(pairs, n, new Map([...emp].map(([k, v]) => [k, v.size])), employers, 5),
    skills: [...n.keys()],
  };
}

describe('planner on simulated programs with a designed answer', () => {
  for (const seed of [1, 2, 3]) {
    it(`Python + SQL + pandas -> NumPy and scikit-learn first (seed ${seed})`, () => {
      const { rows, skills } = pairsOf(simulate(seed));
      expect(rows.some((r) => r.related_id === 'gpu-architecture')).toBe(false); // one employer: no pair at all
      expect(rows.some((r) => r.related_id === 'duckdb')).toBe(false); // 4 employers < 5
      const data: RecommendData = {
        skills: skills.map((id) => ({ skill_id: id, label: id })),
        pairs: rows,
        scores: skills.map((id) => ({ skill_id: id, score: 50 })),
        halfLife: [],
        trends: [],
      };
      const top = recommend(['python', 'sql', 'pandas'], data, 2).map((r) => r.skill_id);
      expect(top.sort()).toEqual(['numpy', 'scikit-learn']);
    });
  }
});
