/**
 * All view state lives in the URL hash so a view can be shared: `#/<view>?key=value&...`.
 * Lists are comma-separated (`skills=react,vue`). Unknown keys are ignored; defaults are left out of the URL.
 */

export const views = ['overview', 'skill', 'compare', 'categories', 'planner', 'credential', 'program'] as const;
export type View = (typeof views)[number];

export interface Filters {
  from?: string;
  to?: string;
  source?: string;
  country?: string;
  role?: string;
  /** posting language, ISO 639-1 (trend routes) */
  language?: string;
}

export interface State extends Filters {
  view: View;
  /** Skill view: the skill id. */
  skill?: string;
  /** Compare view: skill ids. */
  skills: string[];
  /** Planner: skills the program covers. */
  have: string[];
  /** Overview movers window in months. */
  window?: number;
  /**
   * The evidence panel (views/evidence.ts) open on a trend point, `skill@period`, or on a window of periods,
   * `skill@from..to` (a breakdown, leaders, movers or planner bar).
   */
  ev?: string;
  /** The figure the panel was opened from (its header says which count it lists); absent: a share point. */
  evof?: EvidenceOf;
  /** A breakdown bar's slice, `country:US` / `role_family:backend` / `source:NAME`, over the view's filters. */
  evby?: string;
  /** Credential designer: bundle size (4..8). */
  size?: number;
  /** Skill and compare views: monthly (default) or quarterly points. */
  interval?: 'quarter';
}

/** The figures besides share points that open the evidence panel. */
export const evidenceOf = ['breakdown', 'leaders', 'movers', 'planner'] as const;
export type EvidenceOf = (typeof evidenceOf)[number];

const PERIOD = String.raw`\d{4}-(?:0[1-9]|1[0-2]|Q[1-4])`;
const EV = new RegExp(`^[^@]+@${PERIOD}(?:\\.\\.${PERIOD})?$`);
/** A breakdown bar's slice (`country:US`), or for a movers arrow the other window of the move (`earlier:from..to` while
 * the recent window is listed, `recent:from..to` while the earlier one is). */
const EVBY = new RegExp(`^(?:(?:country|role_family|source):.+|(?:earlier|recent):${PERIOD}\\.\\.${PERIOD})$`);

/** `skill@period` or `skill@from..to` -> its parts (null: not an evidence reference). */
export function parseEv(ev: string): { skill: string; from: string; to: string; window: boolean } | null {
  if (!EV.test(ev)) return null;
  const at = ev.lastIndexOf('@');
  const [from, to] = ev.slice(at + 1).split('..');
  // a window's two ends are of one interval, in order
  if (to !== undefined && (from!.includes('Q') !== to.includes('Q') || to < from!)) return null;
  return { skill: ev.slice(0, at), from: from!, to: to ?? from!, window: to !== undefined };
}

const filterKeys = ['from', 'to', 'source', 'country', 'role', 'language'] as const;

export function defaultState(): State {
  return { view: 'overview', skills: [], have: [] };
}

function list(v: string | null): string[] {
  return v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

export function parseHash(hash: string): State {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const name = (q < 0 ? raw : raw.slice(0, q)) || 'overview';
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const state = defaultState();
  state.view = (views as readonly string[]).includes(name) ? (name as View) : 'overview';
  for (const k of filterKeys) {
    const v = params.get(k);
    if (v) state[k] = v;
  }
  const skill = params.get('skill');
  if (skill) state.skill = skill;
  state.skills = list(params.get('skills'));
  state.have = list(params.get('have'));
  const w = Number(params.get('window'));
  if ([3, 6, 12, 24].includes(w)) state.window = w;
  const ev = params.get('ev');
  if (ev && parseEv(ev)) {
    state.ev = ev;
    const of = params.get('evof');
    if (of && (evidenceOf as readonly string[]).includes(of)) state.evof = of as EvidenceOf;
    const by = params.get('evby');
    if (by && EVBY.test(by)) state.evby = by;
  }
  const size = Number(params.get('size'));
  if (size >= 4 && size <= 8 && Number.isInteger(size)) state.size = size;
  if (params.get('interval') === 'quarter') state.interval = 'quarter';
  return state;
}

export function toHash(state: State): string {
  const params = new URLSearchParams();
  if (state.skill && state.view === 'skill') params.set('skill', state.skill);
  if (state.skills.length && state.view === 'compare') params.set('skills', state.skills.join(','));
  if (state.have.length && (state.view === 'planner' || state.view === 'credential'))
    params.set('have', state.have.join(','));
  if (state.size && state.view === 'credential') params.set('size', String(state.size));
  if (state.window && state.view === 'overview') params.set('window', String(state.window));
  if (state.interval && (state.view === 'skill' || state.view === 'compare')) params.set('interval', state.interval);
  for (const k of filterKeys) if (state[k]) params.set(k, state[k]!);
  if (state.ev) params.set('ev', state.ev);
  if (state.ev && state.evof) params.set('evof', state.evof);
  if (state.ev && state.evby) params.set('evby', state.evby);
  const qs = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return `#/${state.view}${qs ? `?${qs}` : ''}`;
}

/** `2024-05` -> `2024-Q2` (the quarter a month falls in). */
export function quarterOf(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[1]}-Q${Math.floor((Number(m[2]) - 1) / 3) + 1}` : month;
}

/**
 * Filters as API query parameters (`role` -> `role_family`); with `interval: 'quarter'` the month range
 * becomes the quarters holding it and `interval=quarter` is sent.
 */
export function filterParams(f: Filters & { interval?: 'quarter' }): Record<string, string> {
  const out: Record<string, string> = {};
  const q = f.interval === 'quarter';
  if (q) out.interval = 'quarter';
  if (f.from) out.from = q ? quarterOf(f.from) : f.from;
  if (f.to) out.to = q ? quarterOf(f.to) : f.to;
  if (f.source) out.source = f.source;
  if (f.country) out.country = f.country;
  if (f.role) out.role_family = f.role;
  if (f.language) out.language = f.language;
  return out;
}
