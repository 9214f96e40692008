import * as Plot from '@observablehq/plot';
import { frame, months, monthsRange, okabeIto, wrappedAxisY, type ChartOptions } from './common.ts';

export interface CategoryHalfLifeRow {
  name: string;
  half_life_months: number;
  ci_low: number | null;
  ci_high: number | null;
  n_skills?: number | null;
}

/**
 * Skill-set half-life per category (or role family) in years, shortest first: the categories whose demand
 * turns over fastest are on top. Whiskers are the confidence interval.
 */
export function categoryHalfLifeChart(rows: CategoryHalfLifeRow[], o: ChartOptions & { colorIndex?: number }) {
  const data = rows
    .filter((r) => Number.isFinite(r.half_life_months))
    .map((r) => ({
      ...r,
      label: r.name,
      years: r.half_life_months / 12,
      lo: r.ci_low != null ? r.ci_low / 12 : null,
      hi: r.ci_high != null ? r.ci_high / 12 : null,
    }))
    .sort((a, b) => a.years - b.years);
  const fill = okabeIto[o.colorIndex ?? 5];
  // full labels, wrapped onto two lines when long (never cut)
  const y = wrappedAxisY(
    data.map((d) => d.label),
    o.width,
  );
  return Plot.plot({
    ...frame(o),
    height: o.height ?? Math.max(100, (y.lines > 1 ? 32 : 24) * data.length + 50),
    marginLeft: y.marginLeft,
    marginRight: 20,
    x: { label: 'Half-life (years) →', grid: true, zero: true },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [
      y.axis,
      Plot.barX(data, { x: 'years', y: 'label', fill, fillOpacity: 0.7 }),
      Plot.ruleY(
        data.filter((d) => d.lo != null && d.hi != null),
        { x1: 'lo', x2: 'hi', y: 'label', stroke: 'currentColor', strokeWidth: 1.5 },
      ),
      Plot.ruleX([0]),
      Plot.tip(
        data,
        Plot.pointerY({
          x: 'years',
          y: 'label',
          title: (d) =>
            `${d.name}\nhalf-life ${months(d.half_life_months)}` +
            (d.ci_low != null && d.ci_high != null
              ? `\ninterval ${monthsRange(d.ci_low, d.ci_high, d.half_life_months)}`
              : '') +
            (d.n_skills != null ? `\n${d.n_skills} skills` : ''),
        }),
      ),
    ],
  });
}
