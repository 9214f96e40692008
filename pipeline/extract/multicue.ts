/**
 * Several cue families found in ONE regex pass: the families' alternations are joined into one global regex
 * that finds every position where some family may match; at each such position every family is tried with a
 * sticky copy of its own regex, so overlapping cues of different families ("experience with" is both a stack
 * and an ask cue) are all recorded. One pass over the text instead of one per family (or per sentence and
 * family) is what keeps zoning and the decisions within the speed budget (docs/extraction.md "Speed").
 */
export interface CueHit {
  start: number;
  end: number;
  family: number;
  text: string;
}

export class MultiCue {
  private readonly any: RegExp;
  private readonly sticky: RegExp[];

  constructor(families: RegExp[]) {
    this.any = new RegExp(families.map((re) => `(?:${re.source})`).join('|'), 'gi');
    this.sticky = families.map((re) => new RegExp(re.source, 'iy'));
  }

  /** All hits, ordered by start (and family order at the same start). */
  scan(text: string): CueHit[] {
    const out: CueHit[] = [];
    const any = this.any;
    any.lastIndex = 0;
    for (let m = any.exec(text); m; m = any.exec(text)) {
      const at = m.index;
      for (let f = 0; f < this.sticky.length; f++) {
        const re = this.sticky[f]!;
        re.lastIndex = at;
        const s = re.exec(text);
        if (s && s[0].length > 0) {
          out.push({ start: at, end: at + s[0].length, family: f, text: s[0] });
        }
      }
      // continue at the next position: a cue may start inside a longer one
      any.lastIndex = at + 1;
    }
    return out;
  }
}
