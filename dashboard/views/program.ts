/**
 * "Check a program": paste a course or program description; POST /gap-analysis returns the skills found in it
 * (highlighted in the text), the covered skills with demand and durability, and the gaps ranked by value, as a
 * chart, a table with the reasons, and CSV.
 */
import { gapsChart } from '../charts/gaps.ts';
import { card } from '../ui/card.ts';
import { downloadCsv, toCsv } from '../ui/csv.ts';
import { clear, h } from '../ui/dom.ts';
import type { FoundSkill, GapAnalysis } from '../types.ts';
import { skillHref, type Ctx } from './context.ts';

/** The text cut into plain runs and matched runs (found spans, overlaps dropped), in order. */
export function highlightSegments(text: string, found: FoundSkill[]): { text: string; skill?: FoundSkill }[] {
  const spans = [...found]
    .filter((f) => f.start >= 0 && f.end <= text.length && f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { text: string; skill?: FoundSkill }[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), skill: s });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export const gapCsvColumns = [
  'id',
  'label',
  'score',
  'demand',
  'adjacency',
  'growth',
  'durability',
  'pay_premium',
  'why',
];

export async function programView(root: HTMLElement, ctx: Ctx): Promise<void> {
  ctx.setFilters(['country', 'role']);
  const area = h('textarea', {
    id: 'program-text',
    rows: 10,
    cols: 80,
    'aria-label': 'Program text',
    placeholder: 'Paste a syllabus, course outline or program description…',
  }) as HTMLTextAreaElement;
  area.value = sessionStorage.getItem('skillpulse.program') ?? '';
  const run = h('button', { type: 'button', id: 'check-program' }, 'Check the program');
  const marked = h('div', { class: 'program-marked', id: 'program-marked' });
  const exportBtn = h('button', { type: 'button', id: 'export-gaps', disabled: true }, 'Export CSV');
  const c = card(
    'Gaps: skills postings ask for that the program misses',
    'Grey bar: gap score (0–100); dots: demand, adjacency to what the program covers, pay premium (50 = none).',
    exportBtn,
  );
  const covered = h('div', { class: 'table-wrap', id: 'program-covered' });
  const table = h('div', { class: 'table-wrap', id: 'program-gaps' });
  root.append(
    h(
      'div',
      { class: 'picker' },
      h(
        'p',
        { class: 'note' },
        'Paste what your program teaches; the same extractor as for postings finds its skills, then the gaps are ranked by demand, growth, durability, adjacency and pay.',
      ),
      area,
      run,
    ),
    marked,
    c.el,
    covered,
    table,
  );
  const check = async () => {
    const text = area.value.trim();
    sessionStorage.setItem('skillpulse.program', area.value);
    if (!text) return c.empty('Paste a program text first.');
    c.loading();
    clear(marked);
    clear(covered);
    clear(table);
    try {
      const res: GapAnalysis = await ctx.api.gapAnalysis({
        text: area.value,
        limit: 20,
        ...(ctx.state.role ? { role_family: ctx.state.role } : ctx.state.country ? { country: ctx.state.country } : {}),
      });
      marked.append(
        h('h3', {}, `${new Set(res.found.map((f) => f.id)).size} skills found`),
        h(
          'p',
          { class: 'marked' },
          highlightSegments(area.value, res.found).map((s) =>
            s.skill ? h('mark', { title: `${s.skill.label} (${s.skill.id})` }, s.text) : s.text,
          ),
        ),
      );
      covered.append(
        h(
          'table',
          { class: 'recs' },
          h('caption', {}, 'Covered skills'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Skill', 'Demand score', 'Durability'].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            res.covered.map((v) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, h('a', { href: skillHref(ctx, v.id) }, v.label)),
                h('td', {}, v.demand_score == null ? '–' : v.demand_score.toFixed(1)),
                h(
                  'td',
                  {},
                  v.status + (v.half_life_months ? ` (half-life ${Math.round(v.half_life_months)} months)` : ''),
                ),
              ),
            ),
          ),
        ),
      );
      if (!res.gaps.length) return c.empty('No gaps: the program covers every skill with demand in this scope.');
      c.chart((width) =>
        gapsChart(
          res.gaps.map((g) => ({
            label: g.label,
            score: g.score,
            demand: g.demand / 100,
            adjacency: g.adjacency,
            pay: g.pay_premium,
          })),
          { width },
        ),
      );
      exportBtn.disabled = false;
      exportBtn.onclick = () =>
        downloadCsv(
          'skillpulse-gaps.csv',
          toCsv(
            res.gaps.map((g) => ({ ...g, why: g.why.join('; ') })) as unknown as Record<string, unknown>[],
            gapCsvColumns,
          ),
        );
      table.append(
        h(
          'table',
          { class: 'recs' },
          h('caption', {}, 'Gaps, best first'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Skill', 'Score', 'Why'].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            res.gaps.map((g) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, h('a', { href: skillHref(ctx, g.id) }, g.label)),
                h('td', {}, g.score.toFixed(1)),
                h('td', { class: 'why' }, g.why.join('; ')),
              ),
            ),
          ),
        ),
      );
    } catch (err) {
      c.error(err);
    }
  };
  run.addEventListener('click', () => void check());
  if (area.value.trim()) await check();
  else c.empty('Paste a program text and press "Check the program".');
}
