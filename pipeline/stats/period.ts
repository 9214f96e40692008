/** Period arithmetic for 'YYYY-MM' and 'YYYY-Qn' labels (the warehouse's two intervals). */
import { StatsInputError } from './types.ts';

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
/** Four-digit year (0001, not 1), so every label the function returns parses again. */
const year = (y: number): string => {
  if (y < 0 || y > 9999) throw new StatsInputError('period', `year ${y} is outside 0000..9999`);
  return String(y).padStart(4, '0');
};

/** The period `steps` after `period` (negative goes back): addPeriods('2025-11', 3) = '2026-02'. */
export function addPeriods(period: string, steps: number): string {
  if (!Number.isInteger(steps)) throw new StatsInputError('steps', `expected an integer, got ${steps}`);
  let m = MONTH.exec(period);
  if (m) {
    const idx = Number(m[1]) * 12 + Number(m[2]) - 1 + steps;
    return `${year(Math.floor(idx / 12))}-${String((idx % 12) + 1).padStart(2, '0')}`;
  }
  m = QUARTER.exec(period);
  if (m) {
    const idx = Number(m[1]) * 4 + Number(m[2]) - 1 + steps;
    return `${year(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`;
  }
  throw new StatsInputError('period', `expected YYYY-MM or YYYY-Qn, got '${period}'`);
}

/** Position of a period on its interval's axis: consecutive periods differ by 1 (SQL: period_index in macros.sql). */
export function periodIndex(period: string): number {
  let m = MONTH.exec(period);
  if (m) return Number(m[1]) * 12 + Number(m[2]) - 1;
  m = QUARTER.exec(period);
  if (m) return Number(m[1]) * 4 + Number(m[2]) - 1;
  throw new StatsInputError('period', `expected YYYY-MM or YYYY-Qn, got '${period}'`);
}

/** Steps from `a` to `b` (b - a) on one interval: periodsBetween('2024-11', '2025-02') = 3. */
export function periodsBetween(a: string, b: string): number {
  if (MONTH.test(a) !== MONTH.test(b)) throw new StatsInputError('period', `'${a}' and '${b}' are not of one interval`);
  return periodIndex(b) - periodIndex(a);
}

/** Calendar periods from `from` to `to`, both included: periodSpan('2025-10', '2026-01') = 4; 0 when to < from. */
export function periodSpan(from: string, to: string): number {
  return Math.max(0, periodsBetween(from, to) + 1);
}
