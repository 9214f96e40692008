import * as Plot from '@observablehq/plot';
import { clip, frame, labelMargin, okabeIto, type ChartOptions } from './common.ts';

export interface RecommendationRow {
  label: string;
  /** Components on a 0..1 scale (missing ones are left out). */
  demand: number | null;
  growth: number | null;
  durability: number | null;
  adjacency?: number | null;
  score: number;
}

const components = ['demand', 'growth', 'durability', 'adjacency'] as const;

/** Recommended next skills: one row per skill, a dot per component (0–1) and the overall score as a bar. */
export function recommendationsChart(rows: RecommendationRow[], o: ChartOptions) {
  const names = rows.map((r) => clip(r.label));
  const long = rows.flatMap((r, i) =>
    components
      .filter((c) => r[c] != null && Number.isFinite(r[c]))
      .map((c) => ({ name: names[i]!, label: r.label, component: c, value: r[c] as number })),
  );
  const used = components.filter((c) => long.some((d) => d.component === c));
  const bars = rows.map((r, i) => ({ name: names[i]!, label: r.label, score: r.score }));
  const max = Math.max(1, ...bars.map((b) => b.score), ...long.map((d) => d.value));
  const min = Math.min(0, ...long.map((d) => d.value));
  return Plot.plot({
    ...frame(o),
    height: o.height ?? Math.max(120, 26 * rows.length + 60),
    marginLeft: labelMargin(names),
    x: { label: 'Score and components (0–1) →', grid: true, domain: [min, max] },
    y: { label: null, domain: names },
    color: { domain: used, range: [okabeIto[0], okabeIto[2], okabeIto[5], okabeIto[3]], legend: true },
    symbol: { domain: used, range: ['circle', 'triangle', 'square', 'diamond'] },
    marks: [
      Plot.barX(bars, { x: 'score', y: 'name', fill: '#d9d9d9', insetTop: 4, insetBottom: 4 }),
      Plot.dot(long, { x: 'value', y: 'name', stroke: 'component', symbol: 'component', r: 4, strokeWidth: 2 }),
      Plot.ruleX([0]),
      Plot.tip(
        bars,
        Plot.pointerY({
          x: 'score',
          y: 'name',
          title: (d) =>
            `${d.label}\nscore ${d.score.toFixed(2)}\n` +
            long
              .filter((l) => l.name === d.name)
              .map((l) => `${l.component} ${l.value.toFixed(2)}`)
              .join('\n'),
        }),
      ),
    ],
  });
}
