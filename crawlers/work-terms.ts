/**
 * A source's structured work-mode and employment fields -> the shared vocabulary (workspace/work-terms.ts),
 * kept in the record's `extra` as `work_mode` and `employment` beside the source's own value (docs/crawling.md
 * "Work mode and employment"). Pure. A value we do not know gives null, never a guess.
 */
import type { EmploymentType, WorkMode } from '../workspace/work-terms.ts';

/** Words of the sources' employment fields (Ashby FullTime, JSON-LD FULL_TIME, Recruitee fulltime_permanent, Arbeitnow Vollzeit...). */
const EMPLOYMENT: [EmploymentType, RegExp][] = [
  ['internship', /\b(intern|internship|praktikum|werkstudent|working student|trainee|apprentice(ship)?|co-?op)\b/],
  ['temporary', /\b(temporary|temp|seasonal|fixed term|befristet)\b/],
  ['contract', /\b(contract|contractor|freelance|freelancer|consultant|per diem)\b/],
  ['part-time', /\b(part time|parttime|teilzeit)\b/],
  ['full-time', /\b(full time|fulltime|vollzeit|permanent|festanstellung|regular)\b/],
];

/** The employment type of a source's field (a string, or several: the first known in the order above). */
export function employmentOf(raw: unknown): EmploymentType | null {
  const words = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  if (!words.length) return null;
  const s = words
    .join(' | ')
    .replace(/([a-z])([A-Z])/g, '$1 $2') // FullTime -> Full Time
    .toLowerCase()
    .replace(/[_-]+/g, ' ');
  for (const [type, re] of EMPLOYMENT) if (re.test(s)) return type;
  return null;
}

/**
 * The work mode from a source's fields: a workplace type word (Ashby Remote/Hybrid/OnSite, Lever remote/hybrid/
 * on-site) first, then the flags (remote, hybrid, on_site booleans). Null when none says.
 */
export function workModeOf(f: {
  type?: unknown;
  remote?: unknown;
  hybrid?: unknown;
  onsite?: unknown;
}): WorkMode | null {
  if (typeof f.type === 'string') {
    const t = f.type.toLowerCase().replace(/[\s_-]+/g, '');
    if (t === 'remote' || t === 'telecommute' || t === 'fullyremote') return 'remote';
    if (t === 'hybrid') return 'hybrid';
    if (t === 'onsite' || t === 'inoffice' || t === 'office') return 'onsite';
  }
  if (f.hybrid === true) return 'hybrid';
  if (f.remote === true) return 'remote';
  if (f.onsite === true || (f.remote === false && f.hybrid !== undefined && f.hybrid === false)) return 'onsite';
  return null;
}
