/** The trend charts' "Points per" select: monthly or quarterly points, kept in the URL state (`interval`). */
import { h } from './dom.ts';
import type { Ctx } from '../views/context.ts';

export function intervalSelect(ctx: Ctx): HTMLSelectElement {
  const quarterly = ctx.state.interval === 'quarter';
  return h(
    'select',
    {
      id: 'f-interval',
      'aria-label': 'Points per',
      onchange: (e) =>
        ctx.go({ interval: (e.target as HTMLSelectElement).value === 'quarter' ? 'quarter' : undefined }),
    },
    h('option', { value: 'month', selected: !quarterly }, 'Monthly'),
    h('option', { value: 'quarter', selected: quarterly }, 'Quarterly'),
  );
}
