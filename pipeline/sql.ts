/** Runs the SQL models of a folder in file order; `{{name}}` placeholders take pipeline-built values only. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../workspace/root.ts';
import { literal, type Db } from './db.ts';
import { SkillpulseError } from '../config/errors.ts';

export const sqlDir = path.join(projectRoot(), 'pipeline', 'sql');

/** A pipeline failure (a model, a check, a stage): exit code 1, message names the model or check. */
export class PipelineError extends SkillpulseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 1, options);
  }
}

function render(sql: string, vars: Record<string, string | number>): string {
  return sql.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    if (!(k in vars)) throw new PipelineError(`SQL placeholder {{${k}}} has no value`);
    return String(vars[k]);
  });
}

/** Splits a file into statements on `;` at line ends (models hold no `;` inside strings). */
function statements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}

/**
 * Postings per run of a statement that holds `{{posting_range}}` (default; `posting_chunk` in the vars overrides
 * it, for tests). The span marts unnest every posting's JSON spans and sort them: at 5M postings that one sort
 * did not fit DuckDB's 1 GB limit (docs/scale.md), so such a statement runs once per range of this many postings.
 */
export const POSTING_CHUNK = 250_000;

/**
 * The `{{posting_range}}` conditions: consecutive ranges of posting_id, `chunk` postings each, over the postings
 * the marts compute (fct_postings without carry_postings), in id order; one `true` when they fit in one chunk.
 * Runs of one statement over these ranges, in order, write the same rows, in the same order, as one run.
 */
export async function postingRanges(db: Db, chunk: number): Promise<string[]> {
  if (!Number.isInteger(chunk) || chunk < 1)
    throw new PipelineError(`posting_chunk must be a positive integer, got ${chunk}`);
  const bounds = (
    await db.all<{ id: string }>(
      `SELECT posting_id AS id FROM (
         SELECT posting_id, row_number() OVER (ORDER BY posting_id) AS rn
         FROM fct_postings ANTI JOIN carry_postings USING (posting_id))
       WHERE rn > 1 AND (rn - 1) % ${chunk} = 0 ORDER BY posting_id`,
    )
  ).map((r) => literal(r.id));
  if (!bounds.length) return ['true'];
  return [
    `posting_id < ${bounds[0]}`,
    ...bounds.slice(1).map((b, i) => `posting_id >= ${bounds[i]} AND posting_id < ${b}`),
    `posting_id >= ${bounds.at(-1)}`,
  ];
}

/** Runs the models of a folder in file order; returns each file's duration in seconds. */
export async function runModels(
  db: Db,
  folder: string,
  vars: Record<string, string | number> = {},
): Promise<{ model: string; seconds: number }[]> {
  const dir = path.join(sqlDir, folder);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const timings: { model: string; seconds: number }[] = [];
  for (const f of files) {
    const t0 = performance.now();
    await runModel(db, `${folder}/${f}`, vars);
    timings.push({ model: `${folder}/${f}`, seconds: (performance.now() - t0) / 1000 });
  }
  return timings;
}

/** Runs one model file (`folder/file.sql` under pipeline/sql), its placeholders filled from `vars`. */
export async function runModel(db: Db, file: string, vars: Record<string, string | number> = {}): Promise<void> {
  const text = readFileSync(path.join(sqlDir, file), 'utf8');
  let ranges: string[] | undefined;
  for (const stmt of statements(text)) {
    try {
      if (!stmt.includes('{{posting_range}}')) {
        await db.run(render(stmt, vars));
        continue;
      }
      ranges ??= await postingRanges(db, Number(vars.posting_chunk ?? POSTING_CHUNK));
      for (const range of ranges) await db.run(render(stmt, { ...vars, posting_range: range }));
    } catch (err) {
      if (err instanceof PipelineError) throw err;
      throw new PipelineError(`pipeline/sql/${file}: ${(err as Error).message.split('\n')[0]}`, { cause: err });
    }
  }
}

/** Runs every check; each must return zero rows. Returns the failures (check name, rows, sample). */
export async function runChecks(db: Db): Promise<{ check: string; rows: number; sample: unknown[] }[]> {
  const dir = path.join(sqlDir, 'checks');
  const failures = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.sql'))
    .sort()) {
    const rows = await db.json(readFileSync(path.join(dir, f), 'utf8'));
    if (rows.length) failures.push({ check: f.replace(/\.sql$/, ''), rows: rows.length, sample: rows.slice(0, 3) });
  }
  return failures;
}
