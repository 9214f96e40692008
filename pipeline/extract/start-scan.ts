/**
 * Where cue families may match: an automaton over the families' literal starts (literal-starts.ts), folded as
 * the regex engine folds case under the 'i' flag, finds in one pass over a text every position where some
 * family's start begins, with the set of those families (a bit per family). Every family's matches begin at a
 * word start (a `\b` before a word character), so the automaton is Aho-Corasick with its root split in two:
 * ROOT after a non-word character (a start may begin at the next one) and IN_WORD after a word character (none
 * may), which it leaves only at the next non-word character. Inside a word that no start begins with it reads
 * one character class per character and no table. The regexes are then tried only at the positions found
 * (multicue.ts) instead of the engine trying a hundred branches at each word boundary (docs/extraction.md
 * "Speed").
 */
import { literalStarts } from './literal-starts.ts';

/** The case fold of the 'i' flag without 'u' (ECMA-262 Canonicalize): the upper case, unless it leaves ASCII. */
function canonical(code: number): number {
  const u = String.fromCharCode(code).toUpperCase();
  if (u.length !== 1) return code;
  const cu = u.charCodeAt(0);
  return code >= 128 && cu < 128 ? code : cu;
}

/** \w without the 'u' flag */
const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** How much of each literal start the automaton reads (longer ones add states, hardly fewer positions). */
const READ = 8;
const ROOT = 0;
const IN_WORD = 1;
/** the symbols of the characters no start holds */
const OTHER_WORD = 0;
const OTHER = 1;

export class StartScanner {
  /** symbol of each UTF-16 code unit */
  private readonly sym = new Uint16Array(0x10000);
  /** next state on a symbol: delta[s + y] for state s (states are numbered times the symbol count) */
  private readonly delta: Uint16Array | Int32Array;
  /** states from here on end a start (the others do not) */
  private readonly outBase: number;
  /** the starts ending in state s (numbered times the symbol count): outLength/outMask[outFrom[s / Y] ..) */
  private readonly outFrom: Int32Array;
  private readonly outLength: Int32Array;
  private readonly outMask: Int32Array;
  private readonly symbols: number;
  /** the longest start: a start beginning before `to` ends before to + longest */
  private readonly longest: number;
  /** the hits of the last scan, by position (their count is what scan() returns; grown as needed) */
  hitStart = new Int32Array(64);
  hitMask = new Int32Array(64);

  /** Null when a family (at most 31) has no literal starts or may match elsewhere than at a word start. */
  static of(sources: string[]): StartScanner | null {
    if (sources.length > 31) return null;
    const families = sources.map(literalStarts);
    if (families.some((f) => f === null || !f.wordStart)) return null;
    // (the first READ characters of each: still a text every match begins with, and a third of the states)
    return new StartScanner(families.map((f) => [...new Set(f!.starts.map((x) => x.slice(0, READ)))]));
  }

  private constructor(starts: string[][]) {
    // symbols: the canonical codes of the starts' characters, after the two for the others
    const canon = new Map<number, number>();
    for (const list of starts)
      for (const s of list)
        for (let i = 0; i < s.length; i++) {
          const k = canonical(s.charCodeAt(i));
          if (!canon.has(k)) canon.set(k, canon.size + 2);
        }
    const Y = (this.symbols = canon.size + 2);
    const wordSym = new Array<boolean>(Y).fill(false);
    wordSym[OTHER_WORD] = true;
    // (a code unit from U+0080 on is no word character, and folds to no ASCII one: read only when a start holds one)
    const wide = [...canon.keys()].some((k) => k >= 128);
    for (let c = 0; c < (wide ? 0x10000 : 128); c++) {
      const y = canon.get(canonical(c)) ?? (isWordCode(c) ? OTHER_WORD : OTHER);
      this.sym[c] = y;
      if (isWordCode(c)) wordSym[y] = true;
    }
    if (!wide) this.sym.fill(OTHER, 128);
    const words = starts.map((list) => list.map((s) => Array.from(s, (ch) => this.sym[ch.charCodeAt(0)]!)));
    // the trie below ROOT (IN_WORD has no children)
    const next: Map<number, number>[] = [new Map(), new Map()];
    const own: Map<number, number>[] = [new Map(), new Map()]; // length -> mask of the starts ending here
    let longest = 0;
    words.forEach((list, f) => {
      for (const w of list) {
        let s = ROOT;
        for (const y of w) {
          let t = next[s]!.get(y);
          if (t === undefined) {
            t = next.length;
            next[s]!.set(y, t);
            next.push(new Map());
            own.push(new Map());
          }
          s = t;
        }
        own[s]!.set(w.length, (own[s]!.get(w.length) ?? 0) | (1 << f));
        longest = Math.max(longest, w.length);
      }
    });
    this.longest = longest;
    // failure links breadth-first into a full transition table: a state fails to the longest proper suffix of
    // its text that begins at a word start (ROOT or IN_WORD when none, after a non-word or a word character)
    const n = next.length;
    const go = new Int32Array(n * Y);
    const fail = new Int32Array(n);
    const outs = own.map((m) => new Map(m));
    const queue: number[] = [];
    for (let y = 0; y < Y; y++) {
      go[IN_WORD * Y + y] = wordSym[y] ? IN_WORD : ROOT;
      const t = next[ROOT]!.get(y);
      go[ROOT * Y + y] = t ?? (wordSym[y] ? IN_WORD : ROOT);
      if (t !== undefined) {
        fail[t] = wordSym[y] ? IN_WORD : ROOT;
        queue.push(t);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [len, mask] of outs[fail[s]!]!) outs[s]!.set(len, (outs[s]!.get(len) ?? 0) | mask);
      for (let y = 0; y < Y; y++) {
        const t = next[s]!.get(y);
        const via = go[fail[s]! * Y + y]!;
        if (t === undefined) go[s * Y + y] = via;
        else {
          fail[t] = via;
          go[s * Y + y] = t;
          queue.push(t);
        }
      }
    }
    // renumbered: the states that end a start last (one compare per character tells them), times Y
    const order = [...Array(n).keys()].sort((a, b) => Number(outs[a]!.size > 0) - Number(outs[b]!.size > 0) || a - b);
    const id = new Int32Array(n);
    order.forEach((s, i) => {
      id[s] = i;
    });
    // (16 bits a slot when the numbers fit: half the cache lines, which the rest of the extractor contends for)
    const delta = (this.delta = n * Y <= 0x10000 ? new Uint16Array(n * Y) : new Int32Array(n * Y));
    for (let s = 0; s < n; s++) for (let y = 0; y < Y; y++) delta[id[s]! * Y + y] = id[go[s * Y + y]!]! * Y;
    const firstOut = order.findIndex((s) => outs[s]!.size > 0);
    this.outBase = (firstOut < 0 ? n : firstOut) * Y;
    this.outFrom = new Int32Array(n + 1);
    const lengths: number[] = [],
      masks: number[] = [];
    order.forEach((s, i) => {
      this.outFrom[i] = lengths.length;
      for (const [len, mask] of outs[s]!) {
        lengths.push(len);
        masks.push(mask);
      }
    });
    this.outFrom[n] = lengths.length;
    this.outLength = Int32Array.from(lengths);
    this.outMask = Int32Array.from(masks);
  }

  /**
   * The positions in [from, to) where a start of some family begins (reading from `from` on, as the text's
   * characters around it say), into hitStart/hitMask ordered by position, one entry per position; returns
   * their count. The reading goes on past `to` up to the next start: `quietUntil` is then a position at or
   * after `to` before which no start begins (text.length + 1 when none does). `alone`: text.slice(from, to) is
   * read as a text of its own (nothing before `from` or from `to` on).
   */
  scan(text: string, from: number, to: number, alone = false): number {
    this.after = text.length + 1;
    const { sym, delta, outBase, longest } = this;
    const len = alone ? to : text.length;
    // every start beginning before `to` has ended before here; past it, reading stops at the first start found
    const done = Math.min(len, to + longest - 1);
    let s = !alone && from > 0 && isWordCode(text.charCodeAt(from - 1)) ? IN_WORD * this.symbols : ROOT;
    let count = 0;
    let i = from;
    for (; i < len; i++) {
      if (i >= done && this.after <= len) break;
      s = delta[s + sym[text.charCodeAt(i)]!]!;
      if (s >= outBase) count = this.record(s, i, to, count);
    }
    // (a start not seen yet ends at i or later: it begins at i + 1 - longest or later)
    this.quietUntil = i >= len ? this.after : Math.max(to, Math.min(this.after, i + 1 - longest));
    return count;
  }

  /** the first start found at or after `to` in the last scan */
  private after = 0;
  /** after the last scan: no start begins in [to, quietUntil) */
  quietUntil = 0;

  /** Adds the starts ending at text[i] in state s that begin before `to`, in order of position. */
  private record(s: number, i: number, to: number, count: number): number {
    const q = s / this.symbols;
    const o0 = this.outFrom[q]!,
      oe = this.outFrom[q + 1]!;
    while (count + oe - o0 > this.hitStart.length) this.grow();
    const starts = this.hitStart,
      masks = this.hitMask;
    for (let o = o0; o < oe; o++) {
      const at = i + 1 - this.outLength[o]!;
      if (at >= to) {
        if (at < this.after) this.after = at;
        continue;
      }
      // hits come by end: a longer start may begin before the last one recorded
      let k = count;
      while (k > 0 && starts[k - 1]! > at) k--;
      if (k > 0 && starts[k - 1] === at) masks[k - 1] = masks[k - 1]! | this.outMask[o]!;
      else {
        starts.copyWithin(k + 1, k, count);
        masks.copyWithin(k + 1, k, count);
        starts[k] = at;
        masks[k] = this.outMask[o]!;
        count++;
      }
    }
    return count;
  }

  /** Twice the room for hits. */
  private grow(): void {
    const starts = new Int32Array(this.hitStart.length * 2),
      masks = new Int32Array(this.hitMask.length * 2);
    starts.set(this.hitStart);
    masks.set(this.hitMask);
    this.hitStart = starts;
    this.hitMask = masks;
  }
}
