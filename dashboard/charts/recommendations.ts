import * as Plot from '@observablehq/plot';
import { clip, frame, labelMargin, okabeIto, signedPct, type ChartOptions } from './common.ts';

export interface RecommendationRow {
  label: string;
  /** Overall score, 0..100. */
  score: number;
  /** Demand score, 0..100. */
  demand: number | null;
  /** Relative change of share over 12 months (0.5 = +50%). */
  growth: number | null;
  /** 0..1. */
  durability: number | null;
  /** 0..1. */
  adjacency?: number | null;
}

const finite = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);

/**
 * Recommended next skills, each measure on its own scale with its unit: score and demand (0–100), adjacency and
 * durability (0–1), growth (% change of share over 12 months). Three panels share the skill order; side by side
 * on wide screens, stacked on narrow ones. Returns a figure holding the three plots.
 */
export function recommendationsChart(rows: RecommendationRow[], o: ChartOptions): HTMLElement {
  const doc = o.document ?? document;
  const names = rows.map((r) => clip(r.label, 28));
  const wide = o.width >= 800;
  const left = labelMargin(names);
  const panelWidth = wide ? Math.floor((o.width - left) / 3) : o.width;
  const height = o.height ?? Math.max(120, 26 * rows.length + 70);
  const base = (i: number, extra: Record<string, unknown>) => ({
    ...frame({ ...o, width: wide ? panelWidth + (i === 0 ? left : 0) : o.width }),
    height,
    marginLeft: wide && i > 0 ? 24 : left,
    marginRight: 24,
    y: { label: null, domain: names, axis: wide && i > 0 ? null : ('left' as const) },
    ...extra,
  });
  const scores = rows.map((r, i) => ({ name: names[i]!, label: r.label, score: r.score, demand: r.demand }));
  const unitDots = rows.flatMap((r, i) =>
    (['adjacency', 'durability'] as const)
      .filter((k) => finite(r[k]))
      .map((k) => ({ name: names[i]!, label: r.label, measure: k, value: r[k] as number })),
  );
  const growth = rows
    .filter((r) => finite(r.growth))
    .map((r) => ({ name: names[rows.indexOf(r)]!, label: r.label, pct: (r.growth as number) * 100 }));
  const gMin = Math.min(0, ...growth.map((g) => g.pct));
  const gMax = Math.max(10, ...growth.map((g) => g.pct));
  const panels = [
    Plot.plot(
      base(0, {
        x: { label: 'Score and demand (0–100) →', domain: [0, 100], grid: true },
        color: { domain: ['demand'], range: [okabeIto[0]] },
        marks: [
          Plot.barX(scores, { x: 'score', y: 'name', fill: '#c8c8c8', insetTop: 4, insetBottom: 4 }),
          Plot.dot(
            scores.filter((d) => finite(d.demand)),
            { x: 'demand', y: 'name', stroke: okabeIto[0], symbol: 'circle', r: 4, strokeWidth: 2 },
          ),
          Plot.ruleX([0]),
          Plot.tip(
            scores,
            Plot.pointerY({
              x: 'score',
              y: 'name',
              title: (d) =>
                `${d.label}\nscore ${d.score.toFixed(1)} / 100\ndemand ${finite(d.demand) ? d.demand.toFixed(0) : '–'} / 100`,
            }),
          ),
        ],
      }),
    ),
    Plot.plot(
      base(1, {
        x: { label: 'Adjacency, durability (0–1) →', domain: [0, 1], grid: true },
        color: { domain: ['adjacency', 'durability'], range: [okabeIto[3], okabeIto[5]] },
        symbol: { domain: ['adjacency', 'durability'], range: ['diamond', 'square'] },
        marks: [
          Plot.ruleX([0]),
          Plot.dot(unitDots, { x: 'value', y: 'name', stroke: 'measure', symbol: 'measure', r: 4, strokeWidth: 2 }),
          Plot.tip(
            unitDots,
            Plot.pointer({
              x: 'value',
              y: 'name',
              title: (d) => `${d.label}\n${d.measure} ${d.value.toFixed(2)} (0–1)`,
            }),
          ),
        ],
      }),
    ),
    Plot.plot(
      base(2, {
        x: {
          label: 'Growth of share, 12 months (%) →',
          domain: [gMin, gMax],
          grid: true,
          nice: true,
          tickFormat: (v: number) => `${v > 0 ? '+' : ''}${v}%`,
        },
        marks: [
          Plot.ruleX([0]),
          Plot.link(growth, { x1: 0, x2: 'pct', y1: 'name', y2: 'name', stroke: okabeIto[2], strokeWidth: 2 }),
          Plot.dot(growth, { x: 'pct', y: 'name', fill: okabeIto[2], symbol: 'triangle', r: 4 }),
          Plot.tip(
            growth,
            Plot.pointerY({
              x: 'pct',
              y: 'name',
              title: (d) => `${d.label}\ngrowth ${signedPct(d.pct / 100)} over 12 months`,
            }),
          ),
        ],
      }),
    ),
  ];
  const legend = doc.createElement('p');
  legend.className = 'note planner-legend';
  legend.textContent =
    'Grey bar: score (0–100); circle: demand score (0–100); diamond: adjacency (0–1); square: durability (0–1); triangle: growth of the share over 12 months (%).';
  const fig = doc.createElement('figure');
  fig.className = `planner-chart ${wide ? 'side-by-side' : 'stacked'}`;
  const row = doc.createElement('div');
  row.className = 'planner-panels';
  row.append(...panels);
  fig.append(row, legend);
  return fig;
}
