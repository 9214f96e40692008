import type { CountPoint } from '../../../pipeline/stats/types.ts';
import { addPeriods } from '../../../pipeline/stats/period.ts';

/** Monthly points from 2018-01 with the given postings and totals (a number = the same total every month). */
export function series(postings: number[], total: number | number[] = 1000): CountPoint[] {
  return postings.map((p, i) => ({
    period: addPeriods('2018-01', i),
    postings: p,
    total: Array.isArray(total) ? total[i]! : total,
  }));
}
