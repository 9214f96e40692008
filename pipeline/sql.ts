/** Runs the SQL models of a folder in file order; `{{name}}` placeholders take pipeline-built values only. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../workspace/root.ts';
import type { Db } from './db.ts';
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
  const text = render(readFileSync(path.join(sqlDir, file), 'utf8'), vars);
  for (const stmt of statements(text)) {
    try {
      await db.run(stmt);
    } catch (err) {
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
