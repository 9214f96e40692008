/**
 * What the evidence panel lists for the URL state: the GET /skills/{id}/postings parameters that count the same
 * postings as the figure clicked, and the words saying which count that is. One place per figure:
 * - share point (skill, compare): `period=` with the view's filters = the point's `postings`;
 * - breakdown bar: `from..to` of the bar's trend points with the view's filters and the bar's slice (`evby`)
 *   = the bar's Σ postings;
 * - leaders bar: the demand score's window with the overview's country / role family = the score's `postings`
 *   (the score itself is a rank 0–100, not a count);
 * - movers arrow: the recent window = `postings_to` (the later share is postings_to / the window's total); the
 *   panel offers the earlier window (= `postings_from`), carried in `evby=earlier:from..to`, and back;
 * - planner suggestion: the demand score's window (all postings) = the postings its demand component rests on.
 */
import { filterParams, parseEv, type State } from '../state.ts';
import { roleLabel } from '../labels.ts';

export interface EvidenceScope {
  skill: string;
  from: string;
  to: string;
  params: Record<string, string | number | undefined>;
  /** The panel's heading (the skill's label once known). */
  title: (label: string) => string;
  /** The sentence under it, with the count the route answered. */
  count: (total: number) => string;
  /** A movers arrow's other window: the button's words and the state it opens. */
  other?: { label: string; state: Pick<State, 'ev' | 'evof' | 'evby'> };
}

/** `earlier:from..to` / `recent:from..to` -> which window it names and its ends (null: not a window). */
function otherWindow(evby: string | undefined): { which: 'earlier' | 'recent'; from: string; to: string } | null {
  const m = evby ? /^(earlier|recent):(.+)\.\.(.+)$/.exec(evby) : null;
  return m ? { which: m[1] as 'earlier' | 'recent', from: m[2]!, to: m[3]! } : null;
}

const n = (x: number) => `${x.toLocaleString('en-US')} posting${x === 1 ? '' : 's'}`;
const span = (from: string, to: string) => (from === to ? from : `${from} to ${to}`);

export function evidenceScope(state: State): EvidenceScope | null {
  const ev = state.ev ? parseEv(state.ev) : null;
  if (!ev) return null;
  const { skill, from, to } = ev;
  const interval = from.includes('Q') ? 'quarter' : 'month';
  const at = ev.window ? { from, to } : { period: from };
  const base = { skill, from, to };
  switch (state.evof) {
    case 'breakdown': {
      // a slice only (a movers window in evby is no slice of a bar: all postings)
      const slice = state.evby && !otherWindow(state.evby) ? state.evby : null;
      const [dim, value] = slice
        ? [slice.slice(0, slice.indexOf(':')), slice.slice(slice.indexOf(':') + 1)]
        : [null, null];
      const where = dim === 'role_family' ? roleLabel(value!) : (value ?? 'all postings');
      return {
        ...base,
        params: {
          ...filterParams(state),
          from: undefined,
          to: undefined,
          ...(dim ? { [dim]: value! } : {}),
          ...at,
          interval,
        },
        title: (label) => `Postings behind ${label} in ${where}, ${span(from, to)}`,
        count: (t) =>
          `${n(t)} counted in this bar (${where}, ${span(from, to)}): the bar's share is these over all postings there`,
      };
    }
    case 'leaders':
      return {
        ...base,
        params: { country: state.country, role_family: state.role, ...at, interval },
        title: (label) => `Postings behind ${label}'s demand score`,
        count: (t) =>
          `${n(t)} name it in the score's window ${span(from, to)}: the postings its share, growth and breadth are counted from (the score 0–100 is a rank, not a count)`,
      };
    case 'movers': {
      const other = otherWindow(state.evby);
      // listed: the recent window unless evby names the recent one (then this is the earlier window)
      const shown = other?.which === 'recent' ? 'earlier' : 'recent';
      const share = shown === 'recent' ? 'later' : 'earlier';
      return {
        ...base,
        params: { country: state.country, role_family: state.role, ...at, interval },
        title: (label) => `Postings behind ${label}'s move: the ${shown} window`,
        count: (t) =>
          `${n(t)} in the ${shown} window ${span(from, to)} (the arrow's ${share} share = these over all postings of the window)` +
          (other ? '' : '; the earlier window is compared, not listed'),
        ...(other
          ? {
              other: {
                label: `Show the ${other.which} window (${span(other.from, other.to)})`,
                state: {
                  ev: `${skill}@${other.from}..${other.to}`,
                  evof: 'movers',
                  evby: `${shown}:${from}..${to}`,
                },
              },
            }
          : {}),
      };
    }
    case 'planner':
      return {
        ...base,
        params: { ...at, interval },
        title: (label) => `Postings behind the suggestion ${label}`,
        count: (t) =>
          `${n(t)} name it in the demand-score window ${span(from, to)} (all postings): the demand the suggestion weighs rests on them (the suggestion score is not a count)`,
      };
    default:
      return {
        ...base,
        params: { ...filterParams(state), from: undefined, to: undefined, ...at, interval },
        title: (label) => `Postings behind ${label}, ${span(from, to)}`,
        count: (t) => `${n(t)} counted in this ${ev.window ? 'window' : 'point'}`,
      };
  }
}
