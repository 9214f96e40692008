/**
 * Several cue families found in ONE pass: an automaton over the families' literal starts (start-scan.ts) finds
 * every position where some family may match and which families may match there; at each such position those
 * families are tried with a sticky copy of their own regex, so overlapping cues of different families
 * ("experience with" is both a stack and an ask cue) are all recorded. One pass over the text instead of one per
 * family (or per sentence and family) is what keeps zoning and the decisions within the speed budget
 * (docs/extraction.md "Speed"). When a family has no literal starts, the families' alternation joined into one
 * global regex finds the positions instead.
 */
import { factorAlternatives, shapeOf } from './alt-factor.ts';
import { StartScanner } from './start-scan.ts';

export interface CueHit {
  start: number;
  end: number;
  family: number;
  text: string;
}
/** Takes one hit (its parts as arguments: no object per hit). */
export type CueSink = (start: number, end: number, family: number, text: string) => void;

/**
 * One regex source matching where any of `sources` matches (for finding positions and for test()). When every
 * source is `\b` followed by a part without a top-level `|`, the `\b` is written once in front of the
 * alternation: the same positions and the same matches (an assertion holds at a position for every branch
 * alike), but the engine checks the boundary once per position instead of once per family.
 */
export function anyOf(sources: string[]): string {
  return joined(sources, (src) => `(?:${src})`);
}

/**
 * anyOf with each source in a capturing group, and the group number of each (a source's own capturing groups
 * shift the numbers); null when a source holds a backreference (renumbering would break it). The group that
 * is set after a match names the first source (in order) that matches at the match's position.
 */
export function anyOfCapturing(sources: string[]): { source: string; groups: number[] } | null {
  if (sources.some((src) => /\\[1-9]|\\k</.test(src))) return null;
  const groups: number[] = [];
  let next = 1;
  for (const src of sources) {
    groups.push(next);
    next += 1 + shapeOf(src).groups;
  }
  return { source: joined(sources, (src) => `(${src})`), groups };
}

/** The alternation of the wrapped sources, with a `\b` that every source starts with (and no top-level `|` follows) written once in front. */
function joined(sources: string[], wrap: (src: string) => string): string {
  const rest = sources.map((src) => (src.startsWith('\\b') && !shapeOf(src).topLevelBar ? src.slice(2) : null));
  if (rest.every((r) => r !== null)) return `\\b(?:${rest.map((r) => wrap(r!)).join('|')})`;
  return sources.map(wrap).join('|');
}

export class MultiCue {
  private readonly any: RegExp;
  private readonly sticky: RegExp[];
  /** the group of each family in `any` (anyOfCapturing), or null when `any` has no such groups */
  private readonly groups: number[] | null;

  /**
   * alt-factor.ts: the families' alternation with its branches grouped by first letter (the same positions,
   * found faster), and each family's own regex factored the same way (the same match at a position); null
   * when a family does not factor
   */
  private readonly find: RegExp | null;
  /** where each family may match (null: a family has no literal starts, the regexes search) */
  private readonly starts: StartScanner | null;
  /** each family alone, searching (first() without literal starts) */
  private readonly each: RegExp[];

  constructor(families: RegExp[]) {
    const sources = families.map((re) => re.source);
    this.starts = StartScanner.of(sources);
    this.each = families.map((re) => new RegExp(re.source, 'i'));
    const capturing = anyOfCapturing(sources);
    this.any = new RegExp(capturing ? capturing.source : anyOf(sources), 'gi');
    this.groups = capturing ? capturing.groups : null;
    const all = factorAlternatives(sources);
    const each = sources.map((src) => factorAlternatives([src]));
    if (all && each.every((x) => x !== null)) {
      this.find = new RegExp(all, 'gi');
      this.sticky = each.map((src) => new RegExp(src!, 'iy'));
    } else {
      this.find = null;
      this.sticky = families.map((re) => new RegExp(re.source, 'iy'));
    }
  }

  /** All hits, ordered by start (and family order at the same start). */
  scan(text: string): CueHit[] {
    const out: CueHit[] = [];
    this.scanRange(text, 0, text.length + 1, (start, end, family, t) => out.push({ start, end, family, text: t }));
    return out;
  }

  /**
   * The hits that START in [from, to), in order, each handed to `sink` (a hit may end after `to`: the text is
   * never cut, so \b and look-aheads see what they see in a whole-text scan). Returns a position at or after
   * `to` before which no hit starts (text.length + 1 when none does after `to`).
   */
  scanRange(text: string, from: number, to: number, sink: CueSink): number {
    const starts = this.starts;
    if (!starts) return this.scanSearching(text, from, to, sink);
    const n = starts.scan(text, from, to);
    for (let h = 0; h < n; h++) {
      const at = starts.hitStart[h]!,
        mask = starts.hitMask[h]!;
      for (let f = 0; f < this.sticky.length; f++) {
        if ((mask & (1 << f)) === 0) continue;
        const re = this.sticky[f]!;
        re.lastIndex = at;
        const s = re.exec(text);
        if (s && s[0].length > 0) sink(at, at + s[0].length, f, s[0]);
      }
    }
    return starts.quietUntil;
  }

  /**
   * The first family (in order) that matches somewhere in text.slice(from, to), or -1, its leftmost match in
   * firstText: what trying each family's regex in turn on that slice answers. A family's leftmost match begins at
   * the first position where one of its literal starts begins and its regex matches there. The starts are read
   * in place; the slice is cut only for a regex to try.
   */
  first(text: string, from = 0, to = text.length): number {
    const starts = this.starts;
    const whole = from === 0 && to === text.length;
    if (!starts) {
      const s = whole ? text : text.slice(from, to);
      for (let f = 0; f < this.each.length; f++) {
        const m = this.each[f]!.exec(s);
        if (m) return this.found(f, m[0]);
      }
      return -1;
    }
    const n = starts.scan(text, from, to, true);
    if (n === 0) return -1;
    const s = whole ? text : text.slice(from, to);
    let seen = 0;
    for (let h = 0; h < n; h++) seen |= starts.hitMask[h]!;
    for (let f = 0; f < this.sticky.length; f++) {
      const bit = 1 << f;
      if ((seen & bit) === 0) continue;
      const re = this.sticky[f]!;
      for (let h = 0; h < n; h++) {
        if ((starts.hitMask[h]! & bit) === 0) continue;
        re.lastIndex = starts.hitStart[h]! - from;
        const m = re.exec(s);
        if (m) return this.found(f, m[0]);
      }
    }
    return -1;
  }

  /** first()'s match: the text of the family it returned (read right after the call). */
  firstText = '';
  private found(family: number, text: string): number {
    this.firstText = text;
    return family;
  }

  /**
   * scanRange by regex search (a family without literal starts). Returns the first position at or after `to`
   * where some family may start (text.length + 1 when none): no hit starts in between. At a position found,
   * the families before the one whose group is set do not match there (the alternation tried them first), and
   * that family's match is its group; only the later families are tried sticky.
   */
  private scanSearching(text: string, from: number, to: number, sink: CueSink): number {
    const find = this.find;
    if (find) {
      // at each position where some family matches, every family tried there (those before the first one
      // that matches fail at once: their branches' first letters are read first)
      find.lastIndex = from;
      for (let m = find.exec(text); m; m = find.exec(text)) {
        const at = m.index;
        if (at >= to) return at;
        for (let f = 0; f < this.sticky.length; f++) {
          const re = this.sticky[f]!;
          re.lastIndex = at;
          const s = re.exec(text);
          if (s && s[0].length > 0) sink(at, at + s[0].length, f, s[0]);
        }
        find.lastIndex = at + 1;
      }
      return text.length + 1;
    }
    const any = this.any;
    const groups = this.groups;
    any.lastIndex = from;
    for (let m = any.exec(text); m; m = any.exec(text)) {
      const at = m.index;
      if (at >= to) return at;
      let f = 0;
      if (groups) {
        while (m[groups[f]!] === undefined) f++;
        const t = m[groups[f]!]!;
        if (t.length > 0) sink(at, at + t.length, f, t);
        f++;
      }
      for (; f < this.sticky.length; f++) {
        const re = this.sticky[f]!;
        re.lastIndex = at;
        const s = re.exec(text);
        if (s && s[0].length > 0) sink(at, at + s[0].length, f, s[0]);
      }
      // continue at the next position: a cue may start inside a longer one
      any.lastIndex = at + 1;
    }
    return text.length + 1;
  }
}
