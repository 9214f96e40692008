/**
 * Half-life estimator: fits per second and accuracy on the seeded simulator (test/sim).
 *   npx tsx bench/halflife.ts [--reps N] [--seed S]
 */
import { estimateHalfLife } from '../pipeline/stats/halflife.ts';
import { forecastShares, backtestSummary } from '../pipeline/stats/forecast.ts';
import { runAccuracy, ENOUGH_Z, type AccuracyRow } from '../test/sim/accuracy.ts';
import { simulate } from '../test/sim/simulate.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const reps = arg('reps', 10);
const seed = arg('seed', 1000);

const panel = simulate({ seed }).skills.map((s) => s.points);
let fits = 0;
const t0 = performance.now();
while (performance.now() - t0 < 3000) for (const p of panel) estimateHalfLife(p), fits++;
const secs = (performance.now() - t0) / 1000;
console.log(
  `half-life fits: ${fits} in ${secs.toFixed(1)} s = ${Math.round(fits / secs)} fits/s (96 monthly periods each, 1 core)`,
);

const t1 = performance.now();
const fc = panel.map((p) => forecastShares(p));
console.log(
  `forecasts: ${Math.round(panel.length / ((performance.now() - t1) / 1000))} series/s; backtest on simulated skills:`,
  JSON.stringify(backtestSummary(fc)),
);

const f = (v: number | null, d = 3) => (v === null ? '-' : v.toFixed(d));
const rows: AccuracyRow[] = [
  runAccuracy('normal (2-10% at peak)', { regime: 'normal' }, seed, reps).row,
  runAccuracy('tiny (2-6 mentions/month)', { regime: 'tiny' }, seed, reps).row,
  runAccuracy('12-month plateau', { regime: 'normal', plateaus: [12] }, seed, reps).row,
  runAccuracy(
    'short: 48 months',
    { regime: 'normal', months: 48, peaks: [0, 12], halfLives: [6, 12, 24, 48] },
    seed,
    reps,
  ).row,
];
console.log(
  `\naccuracy on ${reps} simulated panels per regime (seeds ${seed}..${seed + reps - 1}); "enough data" = expected |z| >= ${ENOUGH_Z}`,
);
console.log(
  '| regime | declining skills | found (enough data) | median rel. error | p90 rel. error | 90% CI coverage | rising found (enough) | doubling median rel. error | flat: called declining / rising | status right (enough data) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.regime} | ${r.n_declining} | ${r.declining_found}/${r.declining_enough} | ${f(r.median_rel_error)} | ${f(r.p90_rel_error)} | ${f(r.coverage)} | ${r.rising_found}/${r.rising_enough} | ${f(r.dt_median_rel_error)} | ${r.flat_called_declining}/${r.n_flat} / ${r.flat_called_rising}/${r.n_flat} | ${r.status_right}/${r.status_checked} |`,
  );
}
