/**
 * Credential designer (beside the planner): POST /credentials/design grows a bundle of skills postings ask for
 * together from optional seed skills, shown as a pathway (foundational -> advanced) with its evidence, the
 * certifications that already cover part of it, and the reasons.
 */
import { bundleChart } from '../charts/bundle.ts';
import { autocomplete, chips } from '../ui/autocomplete.ts';
import { card } from '../ui/card.ts';
import { h } from '../ui/dom.ts';
import { searchSkills } from './search.ts';
import { skillHref, type Ctx } from './context.ts';

export async function credentialView(root: HTMLElement, ctx: Ctx): Promise<void> {
  ctx.setFilters(['country', 'role']);
  const seed = ctx.state.have;
  const size = ctx.state.size ?? 6;
  const labels = await Promise.all(seed.map((id) => ctx.label(id)));
  const sizeSel = h(
    'select',
    { id: 'bundle-size', 'aria-label': 'Bundle size' },
    [4, 5, 6, 7, 8].map((n) => h('option', { value: String(n), selected: n === size ? true : null }, `${n} skills`)),
  ) as HTMLSelectElement;
  sizeSel.addEventListener('change', () => ctx.go({ size: Number(sizeSel.value) }));
  root.append(
    h(
      'div',
      { class: 'picker' },
      h(
        'p',
        { class: 'note' },
        'Seed skills (optional) and a size; the designer adds the skills postings ask for together with them.',
      ),
      autocomplete({
        id: 'bundle-seed',
        label: 'Seed skills',
        search: searchSkills(ctx),
        onPick: (o) => {
          if (!seed.includes(o.id)) ctx.go({ have: [...seed, o.id] });
        },
      }),
      chips(
        seed.map((id, i) => ({ id, label: labels[i]! })),
        (o) => ctx.go({ have: seed.filter((x) => x !== o.id) }),
      ),
      sizeSel,
    ),
  );
  const c = card('Credential pathway', 'Skills in learning order; bar: postings asking for each; colour: stage.');
  const facts = h('div', { class: 'table-wrap', id: 'bundle-evidence' });
  root.append(c.el, facts);
  c.loading();
  try {
    const res = await ctx.api.designCredential({
      seed,
      size,
      ...(ctx.state.role ? { role_family: ctx.state.role } : ctx.state.country ? { country: ctx.state.country } : {}),
    });
    if (!res.bundle.length) return c.empty('No bundle: too few postings in this scope.');
    c.chart((width) => bundleChart(res.bundle, { width }));
    const e = res.evidence;
    const pay = e.pay_premium
      ? `×${e.pay_premium.ratio.toFixed(2)} (90% ${e.pay_premium.lo.toFixed(2)}–${e.pay_premium.hi.toFixed(2)}, n ${e.pay_premium.n})`
      : 'unknown';
    facts.append(
      h(
        'table',
        { class: 'recs' },
        h('caption', {}, 'Evidence'),
        h(
          'tbody',
          {},
          [
            [
              `Postings asking for ≥ ${e.k} of the bundle`,
              `${e.postings_with_k} (${(e.share_with_k * 100).toFixed(1)}%)`,
            ],
            ['Employers', String(e.employers)],
            [
              '12-month trend',
              e.trend.growth_12m == null
                ? '–'
                : `${e.trend.growth_12m >= 0 ? '+' : ''}${(e.trend.growth_12m * 100).toFixed(0)}%`,
            ],
            [
              'Bundle half-life',
              e.half_life_months == null ? e.half_life_status : `${Math.round(e.half_life_months)} months`,
            ],
            ['Pay premium', pay],
          ].map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k!), h('td', {}, v!))),
        ),
      ),
      h('h3', {}, 'Certifications covering part of it'),
      res.certifications.length
        ? h(
            'ul',
            {},
            res.certifications.map((x) =>
              h('li', {}, h('a', { href: skillHref(ctx, x.id) }, x.label), ` covers ${x.covers.join(', ')}`),
            ),
          )
        : h('p', {}, 'None in the taxonomy.'),
      h('h3', {}, 'Why'),
      h(
        'ul',
        {},
        res.why.map((w) => h('li', {}, w)),
      ),
    );
  } catch (err) {
    c.error(err);
  }
}
