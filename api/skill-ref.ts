/**
 * `{id}` in skill routes: the skill id or, case-insensitively, a label or alias (dim_skills.aliases).
 * The lookup table is read once per warehouse build.
 */
import type { WarehouseLease } from './warehouse.ts';
import { NotFoundError } from './errors.ts';
import { needDb } from './router.ts';

export interface SkillRef {
  id: string;
  label: string;
  category: string | null;
}

interface Index {
  byId: Map<string, SkillRef>;
  byName: Map<string, SkillRef>;
}

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

export function skillIndex(wh: WarehouseLease): Promise<Index> {
  const db = needDb(wh);
  return wh.memo('skill-index', async () => {
    const rows = await db.all<{ skill_id: string; label: string; category: string | null; aliases: string[] | null }>(
      'SELECT skill_id, label, category, aliases FROM dim_skills ORDER BY skill_id',
    );
    const byId = new Map<string, SkillRef>();
    const byName = new Map<string, SkillRef>();
    for (const r of rows) byId.set(r.skill_id, { id: r.skill_id, label: r.label, category: r.category ?? null });
    // Precedence when names collide: id, then label, then alias (first skill by id wins within a kind).
    for (const pass of ['id', 'label', 'alias'] as const)
      for (const r of rows) {
        const ref = byId.get(r.skill_id)!;
        const names = pass === 'id' ? [r.skill_id] : pass === 'label' ? [r.label] : (r.aliases ?? []);
        for (const n of names) if (n && !byName.has(fold(n))) byName.set(fold(n), ref);
      }
    return { byId, byName };
  });
}

/** The skill a key names (id, then label or alias case-insensitively), or undefined. */
export function lookupSkill(index: Index, key: string): SkillRef | undefined {
  return index.byId.get(key) ?? index.byName.get(fold(key));
}

/** The skill an `{id}` names, or a 404 naming it. */
export async function resolveSkill(wh: WarehouseLease, key: string): Promise<SkillRef> {
  const ref = lookupSkill(await skillIndex(wh), key);
  if (!ref) throw new NotFoundError(`skill not found: ${JSON.stringify(key.slice(0, 200))}`);
  return ref;
}
