/**
 * Merges the Chinese surface forms of data/taxonomy/src/zh-aliases.tsv (id <TAB> forms ;-separated, or "-" for
 * a skill written with its Latin name) into the seeds' aliases. An unknown id or an empty line body is an error
 * naming the file and line.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export function mergeZhAliases(seeds: { id: string; aliases: string[] }[], file: string): { skills: number; forms: number; latinOnly: number } {
  const stats = { skills: 0, forms: 0, latinOnly: 0 };
  if (!existsSync(file)) return stats;
  const byId = new Map(seeds.map((s) => [s.id, s]));
  const errors: string[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [id = '', forms = ''] = raw.split('\t').map((s) => s.trim());
    const where = `${path.basename(file)}:${i + 1}`;
    const seed = byId.get(id);
    if (!seed) { errors.push(`${where}: "${id}" is not a skill id`); return; }
    if (!forms) { errors.push(`${where}: no forms for ${id} (write "-" when the Latin name is used)`); return; }
    stats.skills++;
    if (forms === '-') { stats.latinOnly++; return; }
    for (const f of forms.split(';').map((x) => x.trim()).filter(Boolean)) {
      if (seed.aliases.some((a) => a.toLowerCase() === f.toLowerCase())) continue;
      seed.aliases.push(f); stats.forms++;
    }
  });
  if (errors.length) throw new Error(errors.join('\n'));
  return stats;
}
