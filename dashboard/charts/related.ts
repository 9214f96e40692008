import * as Plot from '@observablehq/plot';
import { clip, frame, labelMargin, okabeIto, type ChartOptions } from './common.ts';

export interface RelatedRow {
  label: string;
  lift: number;
  shared: number;
}

/** Co-occurring skills: lift (how much more often than by chance they appear together), log scale. */
export function relatedChart(rows: RelatedRow[], o: ChartOptions) {
  const data = rows.map((r) => ({ ...r, name: clip(r.label) }));
  const order = [...data].sort((a, b) => b.lift - a.lift).map((d) => d.name);
  const domain = [Math.min(0.5, ...data.map((d) => d.lift / 1.3)), Math.max(2, ...data.map((d) => d.lift * 1.3))] as [
    number,
    number,
  ];
  // explicit 1-2-5 ticks, thinned so labels keep ~60 px apart on narrow screens (log-scale defaults collide)
  const candidates = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].filter(
    (t) => t >= domain[0] && t <= domain[1],
  );
  const room = Math.max(2, Math.floor((o.width - labelMargin(data.map((d) => d.name)) - 80) / 60));
  const step = Math.ceil(candidates.length / room);
  const one = Math.max(0, candidates.indexOf(1));
  const ticks = candidates.filter((_, i) => (i - one) % step === 0);
  return Plot.plot({
    ...frame(o),
    height: o.height ?? Math.max(100, 22 * data.length + 50),
    marginLeft: labelMargin(data.map((d) => d.name)),
    marginRight: 80,
    x: {
      type: 'log',
      label: 'Lift (× chance co-occurrence) →',
      grid: true,
      domain,
      ticks,
      tickFormat: (d: number) => `${+d.toPrecision(2)}×`,
    },
    y: { label: null, domain: order },
    marks: [
      Plot.ruleX([1]),
      Plot.link(data, { x1: 1, x2: 'lift', y1: 'name', y2: 'name', stroke: okabeIto[2], strokeWidth: 2 }),
      Plot.dot(data, { x: 'lift', y: 'name', r: 4, fill: okabeIto[2] }),
      // the count sits right of the 1× rule or the dot, whichever is further right, so it never covers a label
      Plot.text(data, {
        x: (d) => Math.max(1, d.lift),
        y: 'name',
        text: (d) => `${d.shared} shared`,
        dx: 8,
        textAnchor: 'start',
      }),
      Plot.tip(
        data,
        Plot.pointerY({
          x: 'lift',
          y: 'name',
          title: (d) => `${d.label}\nlift ${d.lift.toFixed(2)}×\n${d.shared} postings with both`,
        }),
      ),
    ],
  });
}
