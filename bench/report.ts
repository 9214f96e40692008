/**
 * Prints the corpus report that docs/trends.md and docs/half-life.md record: coverage and dedup, yearly
 * shares of well-known skills, the forecast backtest against the naive forecast, the fastest-decaying and
 * fastest-rising skills with intervals, and the skill-set half-lives.
 * Usage: npm run report -- [WAREHOUSE=data/warehouse.duckdb]
 */
import { openReadOnly } from '../pipeline/db.ts';
import { backtestSummary } from '../pipeline/stats/index.ts';

const file = process.argv[2] ?? 'data/warehouse.duckdb';
const db = await openReadOnly(file);
const pct = (x: number | null) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null, d = 1) => (x === null || x === undefined ? '–' : x.toFixed(d));
const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

try {
  const meta = (await db.one<Record<string, number & string>>('SELECT * FROM meta_build'))!;
  const dups = await db.all<{ reason: string; n: number }>(
    'SELECT reason, count(*) AS n FROM int_duplicates GROUP BY 1 ORDER BY 1',
  );
  console.log(
    `## Data\n\nWarehouse ${file}, built ${new Date(meta.built_at).toISOString().slice(0, 16)}: ${meta.raw_postings} raw records, ${meta.staged_postings} postings staged, ` +
      `${meta.postings} after dedup (dedup rate ${pct(meta.dedup_rate)}: ${dups.map((d) => `${d.reason} ${d.n}`).join(', ')}); months ${meta.first_month} .. ${meta.data_through}.\n`,
  );

  const known = [
    'react',
    'python',
    'typescript',
    'javascript',
    'kubernetes',
    'rust',
    'go',
    'aws',
    'jquery',
    'angularjs',
    'ruby-on-rails',
    'php',
    'scala',
    'elasticsearch',
    'llm',
    'ai',
    'remote-work',
  ];
  const shares = await db.all<{ skill_id: string; y: string; share: number }>(
    `SELECT skill_id, substr(period, 1, 4) AS y, sum(postings) / sum(total) AS share FROM agg_skill_period
     WHERE interval = 'month' AND source = '*' AND country = '*' AND role_family = '*' AND period >= '2018-01' AND list_contains(string_split($1, ','), skill_id)
     GROUP BY ALL ORDER BY 1, 2`,
    [known.join(',')],
  );
  const years = [...new Set(shares.map((s) => s.y))].sort();
  const ids = known.filter((k) => shares.some((s) => s.skill_id === k));
  console.log('## Share of postings per year (all months of the year pooled)\n');
  console.log(
    table(
      ['skill', ...years],
      ids.map((k) => [k, ...years.map((y) => pct(shares.find((s) => s.skill_id === k && s.y === y)?.share ?? 0))]),
    ),
  );

  const fc = await db.all<{
    skill_id: string;
    mae_model: number | null;
    mae_naive: number | null;
    is_fallback: boolean;
    mentions: number;
  }>(
    `SELECT f.skill_id, any_value(f.mae_model) AS mae_model, any_value(f.mae_naive) AS mae_naive, any_value(f.is_fallback) AS is_fallback, any_value(d.postings) AS mentions
     FROM fct_forecasts f JOIN dim_skills d USING (skill_id) GROUP BY f.skill_id`,
  );
  console.log(
    '\n## Forecast backtest (12 rolling origins in the last 12 months, 1-12 months ahead, vs naive = last value)\n',
  );
  const rows = [
    ['all skills with postings', fc],
    ['skills with >= 500 postings', fc.filter((f) => f.mentions >= 500)],
    ['skills with >= 2000 postings', fc.filter((f) => f.mentions >= 2000)],
  ] as const;
  console.log(
    table(
      [
        'skills',
        'series',
        'backtested',
        'model beats naive',
        'served naive',
        'mean MAE model',
        'mean MAE naive',
        'relative MAE',
        'median ratio',
      ],
      rows.map(([name, list]) => {
        const b = backtestSummary(list as never);
        return [
          name,
          b.n_series,
          b.n_backtested,
          b.model_wins,
          pct(b.fallback_rate),
          num(b.mae_model_mean === null ? null : b.mae_model_mean * 100, 3) + ' pp',
          num(b.mae_naive_mean === null ? null : b.mae_naive_mean * 100, 3) + ' pp',
          num(b.relative_mae, 3),
          num(b.median_ratio, 3),
        ];
      }),
    ),
  );

  const status = await db.all<{ status: string; n: number }>(
    'SELECT status, count(*) AS n FROM fct_half_life GROUP BY 1 ORDER BY 1',
  );
  console.log(
    `\n## Half-life\n\nStatus of the ${status.reduce((s, r) => s + r.n, 0)} taxonomy skills: ${status.map((s) => `${s.status} ${s.n}`).join(', ')}.\n`,
  );
  const dec = await db.all<Record<string, number & string>>(
    `SELECT h.skill_id, d.label, h.half_life_months, h.ci_low, h.ci_high, h.peak_period, h.n_mentions FROM fct_half_life h JOIN dim_skills d USING (skill_id)
     WHERE status = 'declining' AND n_mentions >= 100 ORDER BY half_life_months LIMIT 20`,
  );
  console.log('Fastest-decaying skills (declining, >= 100 mentions; 90% profile-likelihood interval):\n');
  console.log(
    table(
      ['skill', 'half-life (months)', '90% interval', 'peak', 'mentions'],
      dec.map((r) => [
        r.label,
        num(r.half_life_months),
        `${num(r.ci_low)} – ${num(r.ci_high)}`,
        r.peak_period,
        r.n_mentions,
      ]),
    ),
  );
  const ris = await db.all<Record<string, number & string>>(
    `SELECT h.skill_id, d.label, h.doubling_time_months, h.dt_ci_low, h.dt_ci_high, h.segment_start, h.n_mentions FROM fct_half_life h JOIN dim_skills d USING (skill_id)
     WHERE status = 'rising' AND n_mentions >= 50 ORDER BY doubling_time_months LIMIT 20`,
  );
  console.log('\nFastest-rising skills (rising, >= 50 mentions; doubling time with 90% interval):\n');
  console.log(
    table(
      ['skill', 'doubling time (months)', '90% interval', 'fit from', 'mentions'],
      ris.map((r) => [
        r.label,
        num(r.doubling_time_months),
        `${num(r.dt_ci_low)} – ${num(r.dt_ci_high)}`,
        r.segment_start,
        r.n_mentions,
      ]),
    ),
  );
  const cats = await db.all<Record<string, number & string>>(
    `SELECT kind, name, base_year, status, half_life_months, ci_low, ci_high, doubling_time_months, n_skills, remaining FROM fct_category_half_life
     ORDER BY kind, half_life_months NULLS LAST, name`,
  );
  console.log('\n## Skill-set half-life (share of base-year demand that remains k years later)\n');
  console.log(
    table(
      [
        'kind',
        'name',
        'base',
        'status',
        'half-life (months)',
        '90% interval',
        'skills',
        'remaining after 3 / 5 / 7 years',
      ],
      cats
        .filter((c) => c.status !== 'insufficient_data')
        .map((c) => {
          const rem = JSON.parse(String(c.remaining)) as { years: number; remaining: number }[];
          const at = (k: number) => pct(rem.find((r) => r.years === k)?.remaining ?? null);
          return [
            c.kind,
            c.name,
            c.base_year,
            c.status,
            num(c.half_life_months),
            c.half_life_months ? `${num(c.ci_low)} – ${num(c.ci_high)}` : '–',
            c.n_skills,
            `${at(3)} / ${at(5)} / ${at(7)}`,
          ];
        }),
    ),
  );
} finally {
  db.close();
}
