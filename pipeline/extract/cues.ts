/**
 * Cue index of one posting: the unanchored cue families of decide.ts (stack, ask, mention, role cues) are found
 * in ONE pass over the prepared view (multicue.ts), lazily, the first time a candidate asks; a candidate's question "is there
 * a stack cue in my sentence before me" is then a binary search over the sorted matches instead of a regex
 * run over a window per candidate (which made the decision step several times slower than the scan).
 * A window query counts a match when it lies entirely inside [from, to), like `regex.test(view.slice(from, to))`.
 */
import { MultiCue } from './multicue.ts';
import { ASK_INDUSTRY, ASK_STRONG, ASK_WEAK, MENTION, ROLE_CUE, STACK } from './cue-words.ts';

export type CueFamily = 'stack' | 'askStrong' | 'askWeak' | 'roleCue' | 'mention' | 'askIndustry';

const SOURCES: Record<CueFamily, RegExp> = {
  stack: STACK,
  askStrong: ASK_STRONG,
  askWeak: ASK_WEAK,
  roleCue: ROLE_CUE,
  mention: MENTION,
  askIndustry: ASK_INDUSTRY,
};
const FAMILIES = Object.keys(SOURCES) as CueFamily[];
const MULTI = new MultiCue(FAMILIES.map((f) => SOURCES[f]));

interface Hits {
  starts: number[];
  ends: number[];
  texts: string[];
}

export class CueIndex {
  private readonly hits = new Map<CueFamily, Hits>();
  constructor(private readonly view: string) {}

  private of(f: CueFamily): Hits {
    if (this.hits.size === 0) {
      for (const g of FAMILIES) this.hits.set(g, { starts: [], ends: [], texts: [] });
      for (const hit of MULTI.scan(this.view)) {
        const h = this.hits.get(FAMILIES[hit.family]!)!;
        h.starts.push(hit.start);
        h.ends.push(hit.end);
        h.texts.push(hit.text);
      }
    }
    return this.hits.get(f)!;
  }

  /** Index of the first hit starting at or after `from`. */
  private static lower(a: number[], from: number): number {
    let lo = 0,
      hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A hit of family f lying entirely inside [from, to). */
  any(f: CueFamily, from: number, to: number): boolean {
    const h = this.of(f);
    for (let i = CueIndex.lower(h.starts, from); i < h.starts.length && h.starts[i]! < to; i++)
      if (h.ends[i]! <= to) return true;
    return false;
  }

  /** The last hit of family f inside [from, to), as [end, text], or null. */
  last(f: CueFamily, from: number, to: number): [number, string] | null {
    const h = this.of(f);
    let best: [number, string] | null = null;
    for (let i = CueIndex.lower(h.starts, from); i < h.starts.length && h.starts[i]! < to; i++)
      if (h.ends[i]! <= to) best = [h.ends[i]!, h.texts[i]!];
    return best;
  }

  window(from: number, to: number): CueWindow {
    return new CueWindow(this, from, to);
  }
}

/** The cue questions of one candidate: its sentence window before it is [from, to). */
export class CueWindow {
  constructor(
    private readonly index: CueIndex,
    readonly from: number,
    readonly to: number,
  ) {}
  has(f: CueFamily): boolean {
    return this.index.any(f, this.from, this.to);
  }
  /** The last mention cue before the candidate, when at most `maxTail` characters from it and no stack or
   *  strong ask cue between them ("our customers include X" vs "customers include banks; we use X"). */
  lastMention(maxTail: number): string | null {
    const m = this.index.last('mention', this.from, this.to);
    if (!m) return null;
    const [end, text] = m;
    if (this.to - end > maxTail) return null;
    if (this.index.any('stack', end, this.to) || this.index.any('askStrong', end, this.to)) return null;
    return text.toLowerCase().replace(/\s+/g, ' ');
  }
}
