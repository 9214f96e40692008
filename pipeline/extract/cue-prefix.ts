/**
 * A prefilter for case-insensitive cue regexes: from each regex's source, the set of strings (up to K
 * characters) that every match must begin with, compiled into one small trie shared by the families; a scan
 * then asks a regex only at the positions where one of its strings starts, instead of letting one big
 * alternation try its ~200 branches at every position (the cost of zoning's cue phrases and of the cue index,
 * docs/extraction.md "Speed").
 *
 * Soundness is the point: a position the prefilter rejects is one where the regex cannot match, so a scan
 * over the accepted positions finds exactly the matches of a scan over all positions. The analysis therefore
 * only ever widens: a construct it does not model (\w, \s, '.', a large class, a backreference) ends the known
 * prefix there ("the match starts with what was read so far"), assertions and look-arounds are read as
 * matching the empty string, and a source it cannot parse leaves its family tried at every position.
 * Case: a regex with the i flag (and no u flag) compares Canonicalize(c) (ES spec: toUpperCase, unless that
 * turns a non-ASCII character into ASCII); strings and text are compared through the same function.
 */

/** ES Canonicalize for /i without /u: the character the regex engine compares. */
export function canon(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const cu = u.charCodeAt(0);
  return cu < 128 ? c : cu;
}

interface Prefix {
  s: string;
  /** the node's match may be exactly `s`: what follows the node continues the prefix */
  open: boolean;
}

/** Classes larger than this are read as "any character" (the prefix ends before them). */
const CLASS_LIMIT = 64;
const WILD: Prefix[] = [{ s: '', open: false }];
const EMPTY: Prefix[] = [{ s: '', open: true }];

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly k: number,
  ) {}

  parse(): Prefix[] {
    const p = this.alternation();
    if (this.i !== this.src.length) throw new Error(`cue-prefix: unexpected '${this.src[this.i]}' at ${this.i}`);
    return p;
  }

  private alternation(): Prefix[] {
    let out = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      out = union(out, this.sequence());
    }
    return out;
  }

  private sequence(): Prefix[] {
    let out = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.quantified(this.atom());
      out = this.concat(out, atom);
    }
    return out;
  }

  private quantified(p: Prefix[]): Prefix[] {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (c === '+') [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return p; // a literal '{'
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
      this.i += m[0].length - 1;
    } else return p;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: the same strings
    // exactly one repetition keeps the atom's strings open; more may follow the first: the prefix ends there
    const once = max === 1 ? p : p.map((x) => ({ s: x.s, open: false }));
    return min === 0 ? union(once, EMPTY) : once;
  }

  private atom(): Prefix[] {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.chars(this.classSet());
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return WILD;
    if (c === '^' || c === '$') return EMPTY;
    return this.chars([c.charCodeAt(0)]);
  }

  private group(): Prefix[] {
    this.i++;
    let zeroWidth = false;
    if (this.src[this.i] === '?') {
      const kind = this.src.slice(this.i, this.i + 3);
      if (kind.startsWith('?:')) this.i += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.i += 2;
        zeroWidth = true;
      } else if (kind === '?<=' || kind === '?<!') {
        this.i += 3;
        zeroWidth = true;
      } else if (kind.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Error('cue-prefix: unterminated group name');
        this.i = close + 1;
      } else throw new Error(`cue-prefix: unsupported group (${kind}`);
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Error('cue-prefix: unterminated group');
    this.i++;
    return zeroWidth ? EMPTY : inner;
  }

  private escape(): Prefix[] {
    const e = this.src[this.i + 1];
    if (e === undefined) throw new Error('cue-prefix: trailing backslash');
    this.i += 2;
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'd') return this.chars(range(48, 57));
    if ('wWsSD'.includes(e) || /[1-9k]/.test(e)) return WILD; // classes left unmodelled, backreferences
    const code = this.escapedChar(e);
    return code === null ? WILD : this.chars([code]);
  }

  /** The character of escape `\e` (the backslash and e already read), or null when it is not a single character. */
  private escapedChar(e: string): number | null {
    if (e === 'n') return 10;
    if (e === 't') return 9;
    if (e === 'r') return 13;
    if (e === 'f') return 12;
    if (e === 'v') return 11;
    if (e === 'u' || e === 'x') {
      const n = e === 'u' ? 4 : 2;
      const hex = this.src.slice(this.i, this.i + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return null;
      this.i += n;
      return Number.parseInt(hex, 16);
    }
    if (/[a-zA-Z0-9]/.test(e)) return null; // \c, \p, \0 ...: not modelled
    return e.charCodeAt(0); // \( \. \? \+ \- \/ ...
  }

  /** The characters of a class `[...]` (null: negated, unmodelled or larger than CLASS_LIMIT). */
  private classSet(): number[] | null {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const set: number[] = [];
    let known = !negated;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let lo = this.classChar();
      if (lo === -1) known = false;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.classChar();
        if (lo < 0 || hi < 0) known = false;
        else {
          if (hi - lo > CLASS_LIMIT) known = false;
          else set.push(...range(lo, hi));
          lo = -2;
        }
      }
      if (lo >= 0) set.push(lo);
    }
    if (this.src[this.i] !== ']') throw new Error('cue-prefix: unterminated class');
    this.i++;
    return known && set.length <= CLASS_LIMIT ? set : null;
  }

  /** One class member: its code, -1 for an escape that stands for many characters (\w, \s, \d...). */
  private classChar(): number {
    const c = this.src[this.i]!;
    this.i++;
    if (c !== '\\') return c.charCodeAt(0);
    const e = this.src[this.i]!;
    this.i++;
    if (e === 'b') return 8; // backspace inside a class
    if ('dDwWsS'.includes(e)) return -1;
    return this.escapedChar(e) ?? -1;
  }

  /** One character out of `codes` (null: any character). */
  private chars(codes: number[] | null): Prefix[] {
    if (codes === null) return WILD;
    const seen = new Set<number>();
    for (const c of codes) seen.add(canon(c));
    return [...seen].map((c) => ({ s: String.fromCharCode(c), open: true }));
  }

  private concat(a: Prefix[], b: Prefix[]): Prefix[] {
    const out: Prefix[] = [];
    for (const x of a) {
      if (!x.open || x.s.length >= this.k) {
        out.push(x);
        continue;
      }
      for (const y of b) {
        const s = x.s + y.s;
        out.push(s.length >= this.k ? { s: s.slice(0, this.k), open: false } : { s, open: y.open });
      }
    }
    return dedupe(out);
  }
}

const range = (lo: number, hi: number) => Array.from({ length: Math.max(0, hi - lo + 1) }, (_, j) => lo + j);
const union = (a: Prefix[], b: Prefix[]) => dedupe([...a, ...b]);
function dedupe(p: Prefix[]): Prefix[] {
  const seen = new Map<string, Prefix>();
  for (const x of p) {
    const key = `${x.open ? 1 : 0}${x.s}`;
    if (!seen.has(key)) seen.set(key, x);
  }
  return [...seen.values()];
}

/**
 * The strings (Canonicalize'd, at most k characters) one of which starts every match of `source` read with
 * the i flag; [''] when nothing is known (a match may start anywhere), also when the source is not understood.
 */
export function leadingStrings(source: string, k: number): string[] {
  let p: Prefix[];
  try {
    p = new Parser(source, k).parse();
  } catch {
    return [''];
  }
  const set = new Set(p.map((x) => x.s));
  return set.has('') ? [''] : [...set].sort();
}

const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * The compiled prefilter over several families (at most 31): a trie of their leading strings, whose nodes
 * carry the bit mask of the families that have a string ending there. A family whose source is `\b(...)` with
 * nothing but word characters first (every cue family) is asked only at word starts.
 */
export class CuePrefix {
  /** children of node n over ASCII: asciiNext[n * 128 + c] (0: none; node 0 is the root) */
  private asciiNext: Int32Array;
  private readonly otherNext = new Map<number, number>();
  private readonly endMask: number[] = [0];
  /** families that may also start inside a word */
  private readonly midWordMask: number;
  private readonly depth: number;

  constructor(sources: string[], k = 3) {
    if (sources.length > 31) throw new Error('CuePrefix: at most 31 families');
    this.depth = k;
    this.asciiNext = new Int32Array(128 * 64);
    let midWord = 0;
    sources.forEach((src, f) => {
      const strings = leadingStrings(src, k);
      const wordStart =
        src.startsWith('\\b') && !topLevelBar(src) && strings.every((s) => s !== '' && isWordCode(s.charCodeAt(0)));
      if (!wordStart) midWord |= 1 << f;
      for (const s of strings) this.add(s, f);
    });
    this.midWordMask = midWord;
  }

  private add(s: string, f: number): void {
    let n = 0;
    for (let d = 0; d < s.length; d++) {
      const c = s.charCodeAt(d);
      let next = c < 128 ? this.asciiNext[n * 128 + c]! : (this.otherNext.get(n * 65536 + c) ?? 0);
      if (next === 0) {
        next = this.endMask.length;
        this.endMask.push(0);
        if ((next + 1) * 128 > this.asciiNext.length) {
          const grown = new Int32Array(this.asciiNext.length * 2);
          grown.set(this.asciiNext);
          this.asciiNext = grown;
        }
        if (c < 128) this.asciiNext[n * 128 + c] = next;
        else this.otherNext.set(n * 65536 + c, next);
      }
      n = next;
    }
    this.endMask[n]! |= 1 << f;
  }

  /** The families that may match at position `at` of `text` (a bit per family; 0: none can). */
  maskAt(text: string, at: number): number {
    const inWord = at > 0 && isWordCode(text.charCodeAt(at - 1));
    if (inWord && this.midWordMask === 0) return 0;
    let mask = this.endMask[0]!;
    let n = 0;
    for (let d = 0; d < this.depth && at + d < text.length; d++) {
      const c = canon(text.charCodeAt(at + d));
      n = c < 128 ? this.asciiNext[n * 128 + c]! : (this.otherNext.get(n * 65536 + c) ?? 0);
      if (n === 0) break;
      mask |= this.endMask[n]!;
    }
    return inWord ? mask & this.midWordMask : mask;
  }

  /** The mask of the position `next` returned last. */
  mask = 0;

  /**
   * The first position in [at, to) where some family may match (its families in `mask`), or -1. Positions
   * inside a word are skipped in one compare when no family may start there (the common case).
   */
  next(text: string, at: number, to: number): number {
    const end = Math.min(to, text.length);
    const midWord = this.midWordMask;
    let inWord = at > 0 && isWordCode(text.charCodeAt(at - 1));
    for (; at < end; at++) {
      const c = text.charCodeAt(at);
      const word = isWordCode(c);
      if (inWord && midWord === 0) {
        inWord = word;
        continue;
      }
      inWord = word;
      const m = this.maskAt(text, at);
      if (m !== 0) {
        this.mask = m;
        return at;
      }
    }
    return -1;
  }
}

/** A `|` outside every group and class of a regex source. */
function topLevelBar(src: string): boolean {
  let depth = 0,
    inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
