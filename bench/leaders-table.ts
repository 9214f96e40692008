/**
 * `npx tsx bench/leaders-table.ts --data DIR [--n 30]`: prints, as Markdown, three tables from the warehouse of a
 * data dir built by `skillpulse import` + `skillpulse pipeline` (docs/extraction.md "Before and after"):
 *   1. the top N demand scores (fct_demand_scores, scope all),
 *   2. the top N rising movers (fct_movers, direction rising, the longest window, the overall slice),
 *   3. planner suggestions (pipeline/stats/recommend.ts, as POST /recommendations computes them) for three
 *      typical programs (PROGRAMS below).
 * It reads only columns that both the old (before issue 11) and the current warehouse have, so the same script
 * prints the before and the after tables.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { openReadOnly, type Db } from '../pipeline/db.ts';
import { recommend, type RecommendData } from '../pipeline/stats/recommend.ts';

const PROGRAMS: Record<string, string[]> = {
  'web (JavaScript, HTML, CSS, React, Node.js)': ['javascript', 'html', 'css', 'react', 'nodejs'],
  'data (Python, SQL, pandas, Machine learning, Statistics)': [
    'python',
    'sql',
    'pandas',
    'machine-learning',
    'statistics',
  ],
  'backend (Java, SQL, Spring, Docker, Linux)': ['java', 'sql', 'spring', 'docker', 'linux'],
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function columns(db: Db, table: string): Promise<Set<string>> {
  const rows = await db.all<{ column_name: string }>(
    'SELECT column_name FROM information_schema.columns WHERE table_name = $1',
    [table],
  );
  return new Set(rows.map((r) => r.column_name));
}

export async function leaderTables(dataDir: string, n = 30): Promise<string> {
  const file = path.join(dataDir, 'warehouse.duckdb');
  if (!existsSync(file)) throw new Error(`--data ${dataDir}: no warehouse.duckdb (run skillpulse pipeline first)`);
  const db = await openReadOnly(file);
  try {
    const out: string[] = [];
    const labels = new Map(
      (await db.all<{ skill_id: string; label: string }>('SELECT skill_id, label FROM dim_skills')).map((r) => [
        r.skill_id,
        r.label,
      ]),
    );
    const lab = (id: string) => labels.get(id) ?? id;

    const leaders = await db.all<{ rank: number; skill_id: string; score: number; postings: number }>(
      `SELECT rank, skill_id, score, postings FROM fct_demand_scores
       WHERE scope = 'all' AND scope_value = '*' ORDER BY rank LIMIT $1`,
      [n],
    );
    out.push(`Top ${n} demand scores (scope all)\n`, '| # | skill | score | postings |', '| - | - | - | - |');
    for (const r of leaders)
      out.push(`| ${r.rank} | ${lab(r.skill_id)} | ${Number(r.score).toFixed(1)} | ${Number(r.postings)} |`);

    const mv = await columns(db, 'fct_movers');
    const slice = mv.has('scope') ? `AND scope = 'all' AND scope_value = '*'` : '';
    const win = await db.all<{ w: number }>(
      `SELECT max("window") AS w FROM fct_movers WHERE direction = 'rising' ${slice}`,
    );
    const w = win[0]?.w ?? null;
    const movers = await db.all<{ rank: number; skill_id: string; share_from: number; share_to: number }>(
      `SELECT rank, skill_id, share_from, share_to FROM fct_movers
       WHERE direction = 'rising' AND "window" = $1 ${slice} ORDER BY rank LIMIT $2`,
      [w ?? 0, n],
    );
    const pct = (x: number) => `${(Number(x) * 100).toFixed(2)}%`;
    out.push(
      '',
      `Top ${n} rising movers (${w ?? '-'}-month window, overall)\n`,
      '| # | skill | share from | share to |',
      '| - | - | - | - |',
    );
    for (const r of movers) out.push(`| ${r.rank} | ${lab(r.skill_id)} | ${pct(r.share_from)} | ${pct(r.share_to)} |`);

    const tr = await columns(db, 'fct_skill_trends');
    const hl = await columns(db, 'fct_half_life');
    const shared: Omit<RecommendData, 'pairs'> = {
      skills: [...labels].map(([skill_id, label]) => ({ skill_id, label })),
      scores: await db.all(`SELECT skill_id, score FROM fct_demand_scores WHERE scope = 'all' AND scope_value = '*'`),
      halfLife: await db.all(
        `SELECT skill_id, status, half_life_months, doubling_time_months${hl.has('segment_start') ? ', peak_period, segment_start' : ''} FROM fct_half_life`,
      ),
      trends: await db.all(
        `SELECT skill_id, growth_12m${tr.has('year_to') ? ', yoy, year_from, year_to' : ''} FROM fct_skill_trends`,
      ),
    };
    out.push(
      '',
      'Planner suggestions (top 10 per program, POST /recommendations)\n',
      '| program | suggestions |',
      '| - | - |',
    );
    for (const [name, have] of Object.entries(PROGRAMS)) {
      const pairs = await db.all<RecommendData['pairs'][number]>(
        `SELECT skill_id, related_id, n_both, n_skill, lift, npmi FROM fct_skill_pairs
         WHERE list_contains(string_split($1, chr(1)), skill_id)`,
        [have.join('\u0001')],
      );
      const recs = recommend(have, { ...shared, pairs }, 10);
      out.push(`| ${name} | ${recs.map((r) => r.label).join(', ')} |`);
    }
    return out.join('\n');
  } finally {
    db.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const data = arg('--data');
  if (!data) {
    console.error('usage: npx tsx bench/leaders-table.ts --data DIR [--n 30]');
    process.exit(2);
  }
  console.log(await leaderTables(data, Number(arg('--n') ?? 30)));
}
