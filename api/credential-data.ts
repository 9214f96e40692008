/**
 * The per-build tables the program gap check and the credential designer read (read once per warehouse
 * build through the lease's memo), the scope of a request (all / one country / one role family, validated
 * against the scopes fct_demand_scores has), and the extractor both run pasted text through.
 */
import type { GapData } from '../pipeline/stats/gaps.ts';
import { createMatcher, loadTaxonomy, type Matcher } from '../pipeline/extract/index.ts';
import { BadParameterError } from './errors.ts';
import { needDb } from './router.ts';
import type { WarehouseLease } from './warehouse.ts';

export interface Scope {
  kind: 'all' | 'country' | 'role_family';
  value: string;
}

let matcher: Matcher | null = null;
/** The pipeline's extractor over the project taxonomy (loaded once per process). */
export function programMatcher(): Matcher {
  matcher ??= createMatcher(loadTaxonomy());
  return matcher;
}

/** The demand-score scope of {role_family?, country?}; an unknown value is a 400 naming the valid ones. */
export async function scopeOf(wh: WarehouseLease, q: { role_family?: string; country?: string }): Promise<Scope> {
  if (q.country && q.role_family)
    throw new BadParameterError(
      'role_family',
      'cannot be combined with country (demand scores exist per country or per role family)',
    );
  const scope: Scope = q.country
    ? { kind: 'country', value: q.country.toUpperCase() }
    : q.role_family
      ? { kind: 'role_family', value: q.role_family }
      : { kind: 'all', value: '*' };
  if (scope.kind === 'all') return scope;
  const db = needDb(wh);
  const valid = await wh.memo(`scopes ${scope.kind}`, async () =>
    (
      await db.all<{ v: string }>(
        'SELECT DISTINCT scope_value AS v FROM fct_demand_scores WHERE scope = $s ORDER BY v',
        { s: scope.kind },
      )
    ).map((r) => r.v),
  );
  if (!valid.includes(scope.value))
    throw new BadParameterError(scope.kind, `unknown value ${JSON.stringify(scope.value)}; valid: ${valid.join(', ')}`);
  return scope;
}

/** Skills, demand scores of the scope, half-lives, trends, all pairs and pay premiums. */
export function gapData(
  wh: WarehouseLease,
  scope: Scope,
): Promise<GapData & { pairsOf: Map<string, GapData['pairs']> }> {
  const db = needDb(wh);
  return wh.memo(`gap data ${scope.kind} ${scope.value}`, async () => {
    const shared = await wh.memo('gap data shared', async () => ({
      // common (transversal) skills and certifications are not gaps a program fills with a module
      skills: await db.all<GapData['skills'][number]>(
        "SELECT skill_id, label FROM dim_skills WHERE coalesce(type, 'specialized') = 'specialized' ORDER BY skill_id",
      ),
      halfLife: await db.all<GapData['halfLife'][number]>(
        'SELECT skill_id, status, half_life_months, doubling_time_months FROM fct_half_life',
      ),
      trends: await db.all<GapData['trends'][number]>('SELECT skill_id, growth_12m FROM fct_skill_trends'),
      pairs: await db.all<GapData['pairs'][number]>(
        'SELECT skill_id, related_id, n_both, n_skill, lift, npmi FROM fct_skill_pairs',
      ),
      pay: await db.all<GapData['pay'][number]>(
        'SELECT skill_id, ratio, lo, hi, n_with FROM fct_skill_pay WHERE ratio IS NOT NULL',
      ),
    }));
    const scores = await db.all<GapData['scores'][number]>(
      'SELECT skill_id, score FROM fct_demand_scores WHERE scope = $k AND scope_value = $v',
      { k: scope.kind, v: scope.value },
    );
    const pairsOf = await wh.memo('gap pairs by skill', async () => {
      const m = new Map<string, GapData['pairs']>();
      for (const p of shared.pairs) (m.get(p.skill_id) ?? m.set(p.skill_id, []).get(p.skill_id)!).push(p);
      return m;
    });
    return { ...shared, scores, pairsOf };
  });
}
