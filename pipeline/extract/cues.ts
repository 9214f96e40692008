/**
 * Cue index of one posting: the unanchored cue families of decide.ts (stack, ask, mention, role cues) are found
 * in ONE pass over the prepared view (multicue.ts), lazily and only over the candidates' windows (a window asked
 * for extends the scanned run; the rest of the posting is never scanned); a candidate's question "is there
 * a stack cue in my sentence before me" is then a binary search over the sorted matches instead of a regex
 * run over a window per candidate (which made the decision step several times slower than the scan).
 * A window query counts a match when it lies entirely inside [from, to), like `regex.test(view.slice(from, to))`.
 */
import { MultiCue, type CueSink } from './multicue.ts';
import { ASK_INDUSTRY, ASK_STRONG, ASK_WEAK, MENTION, ROLE_CUE, STACK } from './cue-words.ts';

const INTEGRATION = /^integrat/i;

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

/** Family name -> index into FAMILIES (and MultiCue's family numbers). */
const FAMILY_INDEX = Object.fromEntries(FAMILIES.map((f, i) => [f, i])) as Record<CueFamily, number>;

export class CueIndex {
  /** by family index */
  private readonly hits: Hits[] = FAMILIES.map(() => ({ starts: [], ends: [], texts: [] }));
  /** Hits are recorded for starts in [lo, hi) (the current run of windows), or everywhere when `full`. */
  private lo = 0;
  private hi = 0;
  private full = false;
  /** No hit starts in [hi, next) (from the last range scan). */
  private next = 0;
  /** Milliseconds spent scanning, when constructed with `timed` (bench/extract.ts's stage figures). */
  spentMs = 0;
  constructor(
    private view: string,
    private readonly timed = false,
  ) {}

  /** The index of another view, reusing this one's arrays (the matcher keeps one index: no allocation per posting). */
  reset(view: string): this {
    this.view = view;
    for (const h of this.hits) {
      h.starts.length = 0;
      h.ends.length = 0;
      h.texts.length = 0;
    }
    this.lo = this.hi = this.next = 0;
    this.full = false;
    this.spentMs = 0;
    return this;
  }

  private readonly sink: CueSink = (start, end, family, text) => {
    const h = this.hits[family]!;
    h.starts.push(start);
    h.ends.push(end);
    h.texts.push(text);
  };

  /**
   * Scans the part of [from, to) not scanned yet. Candidates ask in text order with windows that move right,
   * so each window extends the current run; a window that starts before the run rescans the whole view.
   */
  private cover(from: number, to: number): void {
    if (this.full || (from >= this.lo && to <= this.hi)) return;
    const t = this.timed ? performance.now() : 0;
    this.scan(from, to);
    if (this.timed) this.spentMs += performance.now() - t;
  }

  private scan(from: number, to: number): void {
    if (from < this.lo) {
      for (const h of this.hits) {
        h.starts.length = 0;
        h.ends.length = 0;
        h.texts.length = 0;
      }
      MULTI.scanRange(this.view, 0, this.view.length + 1, this.sink);
      this.full = true;
      return;
    }
    const at = Math.max(from, this.hi, this.next); // [hi, next) holds no hit
    if (from > this.hi) this.lo = from;
    if (at < to) this.next = MULTI.scanRange(this.view, at, to, this.sink);
    this.hi = to;
  }

  private of(f: CueFamily, from: number, to: number): Hits {
    this.cover(from, to);
    return this.hits[FAMILY_INDEX[f]]!;
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
    const h = this.of(f, from, to);
    for (let i = CueIndex.lower(h.starts, from); i < h.starts.length && h.starts[i]! < to; i++)
      if (h.ends[i]! <= to) return true;
    return false;
  }

  /** The last hit of family f inside [from, to), as [end, text], or null. */
  last(f: CueFamily, from: number, to: number): [number, string] | null {
    const h = this.of(f, from, to);
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
    // "Experience building SaaS apps and integration with platforms such as Salesforce": integrating is the work
    // asked when a strong ask opens the sentence before it ("our product offers integrations with X" stays a mention)
    if (INTEGRATION.test(text) && this.index.any('askStrong', this.from, end - text.length)) return null;
    return text.toLowerCase().replace(/\s+/g, ' ');
  }
}
