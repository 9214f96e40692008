/** Runs of missing months inside a covered span: ['2011-04', '2018-03', '2018-04'] -> [{from: '2011-05', to: '2018-02', months: 82}]. */
import { addPeriods } from '../pipeline/stats/period.ts';

export interface Gap {
  from: string;
  to: string;
  months: number;
}

export function monthGaps(months: string[]): Gap[] {
  const sorted = [...new Set(months)].sort();
  const out: Gap[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const next = addPeriods(sorted[i - 1]!, 1);
    if (next === sorted[i]) continue;
    let n = 0;
    for (let p = next; p < sorted[i]!; p = addPeriods(p, 1)) n++;
    out.push({ from: next, to: addPeriods(sorted[i]!, -1), months: n });
  }
  return out;
}
