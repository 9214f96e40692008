/**
 * A character-level Aho-Corasick automaton compiled to a dense DFA (Int32Array transition table).
 * Input characters are folded (ASCII upper -> lower, whitespace and hyphens -> one SPACE symbol, runs of
 * SPACE collapsed) so `Node JS`, `node-js` and `node  js` read alike; FILLER characters are skipped.
 * One table lookup per character; outputs are pattern ids with their length in folded symbols.
 */
import { FILLER } from './prepare.ts';
import { placementOrder } from './trie-order.ts';

const OTHER = 0,
  SPACE = 1,
  SKIP = 2;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The symbols of the ASCII digits and letters (numbered first, after OTHER, SPACE and SKIP): isAlnum by symbol. */
const ALNUM0 = 3;
const isAlnumSym = (sym: number) => (sym - ALNUM0) >>> 0 < 36;
/** Above this many table cells the automaton stays sparse (about 64 MB of Int32). */
const DENSE_LIMIT = 16_000_000;

/** The last position of the run of ASCII letters and digits that holds view[p] (a letter or digit). */
function wordEnd(view: string, p: number, symOf: Uint8Array): number {
  while (p + 1 < view.length && isAlnumSym(symOf[view.charCodeAt(p + 1)]!)) p++;
  return p;
}

export interface Hit {
  pattern: number;
  start: number;
  end: number;
}

export class Automaton {
  private readonly symOf = new Uint8Array(65536);
  private nSym = 3;
  private delta: Int32Array | null = null;
  /** packed goto table (double array): slot base[s] + sym is s's child on sym when check[...] === s */
  private base: Int32Array | null = null;
  private check: Int32Array | null = null;
  /**
   * The packed table as the scan reads it: 4 Int32 per slot, [check, base, fail, outputs], so that a step
   * touches one cache line. Slots are stored as cell offsets (slot * 4); outputs = outStart * 256 + count
   * (0: none).
   */
  private cells: Int32Array | null = null;
  /**
   * The packed table in 16-bit slot numbers when they fit (fewer than 65,535 slots): one 32-bit word per slot,
   * check (parent slot, 0xffff when free) in the low half and base in the high half, so that a probe reads one
   * word that also holds the next state's base; the failure links and an output flag in their own arrays. About
   * 0.3 MB instead of the 0.7 MB of `cells` (42,284 slots): the table stays in the core's cache beside the
   * extractor's regexes (docs/extraction.md "Speed").
   */
  private words: Uint32Array | null = null;
  private fail16: Uint16Array | null = null;
  /** bit s: slot s has outputs (a bitset: 5 KB that stays cached, read at every character) */
  private hasOut: Uint32Array | null = null;
  /** outputs by slot, outStart * 256 + count (0: none) */
  private outCell: Int32Array | null = null;
  /** by slot, how many of its outputs (the first ones) are its own: patterns its trie path spells */
  private ownCount: Uint8Array | null = null;
  /** bit s: slot s has outputs of its own (ownCount > 0): 6 KB that stay cached, read at every step of a walk */
  private ownBits: Uint32Array | null = null;
  private fail!: Int32Array;
  private childStart: Int32Array | null = null;
  private childSym: Uint8Array | null = null;
  private childNext: Int32Array | null = null;
  private outStart!: Int32Array;
  private outList!: Int32Array;
  private readonly patLen: number[] = [];
  /** bit 1: the pattern starts with an ASCII letter/digit; bit 2: it ends with one (boundary prefilter in scan) */
  private patEdge = new Uint8Array(0);
  private pos = new Int32Array(4096);

  constructor(
    patterns: string[],
    /** 'packed': the double array, in 16-bit words when it fits; 'packed32': always 4 Int32 per slot; 'dense' */
    private readonly layout: 'packed' | 'packed32' | 'dense' = 'packed',
  ) {
    for (const ch of [
      ' ',
      '\t',
      '\n',
      '\r',
      '\f',
      '\v',
      '-',
      '\u00a0',
      '\u2010',
      '\u2011',
      '\u2012',
      '\u2013',
      '\u2014',
      '\u2009',
      '\u202f',
    ])
      this.symOf[ch.charCodeAt(0)] = SPACE;
    this.symOf[FILLER.charCodeAt(0)] = SKIP;
    // ASCII digits and letters take the symbols ALNUM0 .. ALNUM0 + 35 whether or not a pattern holds them, so
    // that the word-start scan reads "letter or digit" from the symbol it loads anyway (isAlnumSym)
    for (let c = 48; c <= 57; c++) this.symOf[c] = this.nSym++;
    for (let c = 97; c <= 122; c++) this.symOf[c] = this.nSym++;
    for (const p of patterns)
      for (const ch of p) {
        const c = ch.charCodeAt(0);
        if (this.symOf[c] === OTHER) {
          if (this.nSym >= 255) throw new Error('too many distinct pattern characters');
          this.symOf[c] = this.nSym++;
        }
      }
    for (let c = 65; c <= 90; c++) if (this.symOf[c + 32]) this.symOf[c] = this.symOf[c + 32]!;
    this.build(patterns);
    this.patEdge = new Uint8Array(patterns.length);
    patterns.forEach((p, id) => {
      this.patEdge[id] = (isAlnum(p.charCodeAt(0)) ? 1 : 0) | (isAlnum(p.charCodeAt(p.length - 1)) ? 2 : 0);
    });
  }

  /** Folds a pattern the way the scanner folds text. */
  static fold(s: string): string {
    return s
      .toLowerCase()
      .replace(/[\s\-\u00a0\u2010-\u2014]+/g, ' ')
      .trim();
  }

  private build(patterns: string[]): void {
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    patterns.forEach((p, id) => {
      let s = 0,
        len = 0;
      for (const ch of p) {
        const sym = this.symOf[ch.charCodeAt(0)]!;
        let nx = goto[s]!.get(sym);
        if (nx === undefined) {
          nx = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[s]!.set(sym, nx);
        }
        s = nx;
        len++;
      }
      out[s]!.push(id);
      this.patLen[id] = len;
    });
    const n = goto.length,
      k = this.nSym;
    const fail = new Int32Array(n);
    const order: number[] = [];
    for (const nx of goto[0]!.values()) order.push(nx);
    for (let qi = 0; qi < order.length; qi++) {
      const s = order[qi]!;
      for (const [sym, nx] of goto[s]!) {
        let f = fail[s]!;
        while (f !== 0 && !goto[f]!.has(sym)) f = fail[f]!;
        const g = s === 0 ? undefined : goto[f]!.get(sym);
        fail[nx] = g !== undefined && g !== nx ? g : 0;
        order.push(nx);
      }
    }
    // a state's own patterns (its path spells them) come first in its outputs, then its failure link's
    const own = out.map((o) => o.length);
    for (const s of order) out[s]!.push(...out[fail[s]!]!);
    this.fail = fail;
    let outOf = out;
    if (n * k <= DENSE_LIMIT && this.layout !== 'dense') {
      outOf = this.pack(goto, fail, out, order, own);
    } else if (n * k <= DENSE_LIMIT) {
      // dense DFA: delta[row + sym] precomputed through failure links. States are renumbered in breadth-first
      // order (the shallow states that most characters visit then share a few cache lines), and each cell
      // holds the next state's row offset (rank * k), bit-inverted (negative) when that state has outputs.
      const byRank = [0, ...order];
      const rank = new Int32Array(n);
      for (let r = 0; r < n; r++) rank[byRank[r]!] = r;
      const next = new Int32Array(n * k); // by original state id, through failure links
      for (const [sym, nx] of goto[0]!) next[sym] = nx;
      for (const s of order)
        for (let sym = 0; sym < k; sym++) next[s * k + sym] = goto[s]!.get(sym) ?? next[fail[s]! * k + sym]!;
      const delta = new Int32Array(n * k);
      for (let s = 0; s < n; s++)
        for (let sym = 0; sym < k; sym++) {
          const t = next[s * k + sym]!;
          delta[rank[s]! * k + sym] = out[t]!.length > 0 ? ~(rank[t]! * k) : rank[t]! * k;
        }
      this.delta = delta;
      outOf = byRank.map((s) => out[s]!);
    } else {
      // sparse (large imported taxonomies): children in CSR arrays, failure links followed at scan time
      this.childStart = new Int32Array(n + 1);
      let total = 0;
      for (let s = 0; s < n; s++) {
        this.childStart[s] = total;
        total += goto[s]!.size;
      }
      this.childStart[n] = total;
      this.childSym = new Uint8Array(total);
      this.childNext = new Int32Array(total);
      for (let s = 0, j = 0; s < n; s++)
        for (const [sym, nx] of goto[s]!) {
          this.childSym[j] = sym;
          this.childNext[j++] = nx;
        }
    }
    // outputs by state (by rank in the dense DFA, by original id in the sparse one)
    this.outStart = new Int32Array(outOf.length + 1);
    let total = 0;
    for (let s = 0; s < outOf.length; s++) {
      this.outStart[s] = total;
      total += outOf[s]!.length;
    }
    this.outStart[outOf.length] = total;
    this.outList = new Int32Array(total);
    for (let s = 0, j = 0; s < outOf.length; s++) for (const id of outOf[s]!) this.outList[j++] = id;
    if (this.base) this.interleave();
  }

  private interleave(): void {
    const base = this.base!,
      check = this.check!,
      fail = this.fail,
      outStart = this.outStart;
    const m = base.length;
    const cells = new Int32Array(m * 4);
    for (let s = 0; s < m; s++) {
      cells[4 * s] = check[s]! < 0 ? -1 : check[s]! * 4;
      cells[4 * s + 1] = base[s]! * 4;
      if (s >= fail.length) continue; // the padding after the last slot: never a state
      cells[4 * s + 2] = fail[s]! * 4;
      const a = outStart[s]!,
        count = outStart[s + 1]! - a;
      if (count > 255 || a >= 1 << 22) throw new Error(`automaton: ${count} outputs at slot ${s} do not fit a cell`);
      cells[4 * s + 3] = count === 0 ? 0 : a * 256 + count;
    }
    this.cells = cells;
    if (m + this.nSym >= 0xffff || this.layout === 'packed32') return;
    const words = new Uint32Array(m + this.nSym);
    for (let s = 0; s < m; s++) words[s] = ((check[s]! < 0 ? 0xffff : check[s]!) | (base[s]! << 16)) >>> 0;
    for (let s = m; s < words.length; s++) words[s] = 0xffff;
    this.words = words;
    this.fail16 = Uint16Array.from(fail.subarray(0, m));
    this.hasOut = new Uint32Array((m >>> 5) + 1);
    this.outCell = new Int32Array(m);
    for (let s = 0; s < m; s++) {
      this.outCell[s] = cells[4 * s + 3]!;
      if (cells[4 * s + 3] !== 0) this.hasOut[s >>> 5]! |= 1 << (s & 31);
    }
  }

  /**
   * The trie's goto edges packed into a double array: states are renumbered to slots (root = 0, then in
   * breadth-first order each state's children are placed at base + sym, base the first value where all of them
   * fit), check[slot] names the parent slot, fail[] the failure link's slot. About 4 Int32 per state instead of
   * a full row per state: the table fits in the L2 cache (the dense DFA's 8.5 MB did not, and its lookups inside
   * long words went to memory); a character costs one goto probe plus the failure links taken. Returns the
   * outputs by slot.
   */
  private pack(
    goto: Map<number, number>[],
    fail0: Int32Array,
    out: number[][],
    order: number[],
    own: number[],
  ): number[][] {
    const n = goto.length;
    const slotOf = new Int32Array(n).fill(-1);
    slotOf[0] = 0;
    let cap = Math.max(1024, n * 2);
    let used = new Uint8Array(cap);
    let base = new Int32Array(cap);
    let check = new Int32Array(cap).fill(-1);
    used[0] = 1;
    // slots below nSym are left to the root's children: a free slot f >= nSym fits any symbol c (base f - c >= 1)
    let firstFree = this.nSym,
      top = 1;
    const grow = (need: number) => {
      if (need < cap) return;
      let c = cap;
      while (c <= need) c *= 2;
      const u = new Uint8Array(c);
      u.set(used);
      const b = new Int32Array(c);
      b.set(base);
      const ch = new Int32Array(c).fill(-1);
      ch.set(check);
      used = u;
      base = b;
      check = ch;
      cap = c;
    };
    for (const s of placementOrder(goto, order)) {
      const kids = [...goto[s]!.keys()].sort((a, b) => a - b);
      if (kids.length === 0) continue;
      while (firstFree < cap && used[firstFree]) firstFree++;
      let b = s === 0 ? 1 : firstFree - kids[0]!;
      for (;;) {
        grow(b + kids[kids.length - 1]! + 1);
        let ok = true;
        for (const c of kids)
          if (used[b + c]) {
            ok = false;
            break;
          }
        if (ok) break;
        b++;
      }
      const ps = slotOf[s]!;
      base[ps] = b;
      for (const c of kids) {
        const t = b + c;
        used[t] = 1;
        check[t] = ps;
        slotOf[goto[s]!.get(c)!] = t;
        if (t + 1 > top) top = t + 1;
      }
    }
    const m = top;
    grow(m + this.nSym); // base + sym of any slot stays inside the arrays (a leaf's base is 0)
    this.base = base.slice(0, m + this.nSym);
    this.check = check.slice(0, m + this.nSym);
    const fail = new Int32Array(m);
    const outBySlot: number[][] = Array.from({ length: m }, () => []);
    const ownBySlot = new Uint8Array(m);
    for (let s = 0; s < n; s++) {
      fail[slotOf[s]!] = slotOf[fail0[s]!]!;
      outBySlot[slotOf[s]!] = out[s]!;
      ownBySlot[slotOf[s]!] = Math.min(255, own[s]!);
    }
    this.ownCount = ownBySlot;
    this.ownBits = new Uint32Array((m >>> 5) + 1);
    for (let t = 0; t < m; t++) if (ownBySlot[t]! > 0) this.ownBits[t >>> 5]! |= 1 << (t & 31);
    this.fail = fail;
    return outBySlot;
  }

  private stepSparse(s: number, sym: number): number {
    const { childStart, childSym, childNext, fail } = this;
    for (;;) {
      for (let j = childStart![s]!, e = childStart![s + 1]!; j < e; j++)
        if (childSym![j] === sym) return childNext![j]!;
      if (s === 0) return 0;
      s = fail[s]!;
    }
  }

  /** The table the scan reads: 'words' (16-bit double array), 'cells' (32-bit), 'dense' or 'sparse'. */
  get table(): 'words' | 'cells' | 'dense' | 'sparse' {
    return this.words ? 'words' : this.cells ? 'cells' : this.delta ? 'dense' : 'sparse';
  }

  get states(): number {
    return this.outStart.length - 1;
  }

  /**
   * All pattern occurrences in `view`; start/end are offsets into `view` (end exclusive). Occurrences glued to
   * a letter or digit on a side where the pattern itself has a letter or digit ("c" in "cloud", "go" in
   * "google") are left out here: the matcher would reject them anyway, and most hits of short aliases are such.
   */
  scan(view: string): Hit[] {
    const hits: Hit[] = [];
    if (view.length === 0) return hits;
    if (this.pos.length < view.length + 1) this.pos = new Int32Array(view.length * 2 + 16);
    if (this.words) return this.scanStarts(view, hits);
    if (this.base) return this.scanPacked(view, hits);
    return this.delta ? this.scanDense(view, hits) : this.scanSparse(view, hits);
  }

  /** The packed table's loop: a goto probe, else the failure links (the root stays the root). */
  private scanPacked(view: string, hits: Hit[]): Hit[] {
    const { symOf, pos } = this;
    const cells = this.cells!;
    const n = view.length;
    let s = 0,
      j = 0,
      prevSpace = true;
    for (let i = 0; i < n; i++) {
      const sym = symOf[view.charCodeAt(i)]!;
      if (sym === SKIP) continue;
      if (sym === SPACE) {
        if (prevSpace) continue;
        prevSpace = true;
      } else prevSpace = false;
      pos[j++] = i;
      if (sym === OTHER) {
        s = 0; // no pattern holds a character outside the alphabet
        continue;
      }
      const step = sym << 2;
      for (;;) {
        const t = cells[s + 1]! + step;
        if (cells[t] === s) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = cells[s + 2]!;
      }
      const o = cells[s + 3]!;
      if (o !== 0) this.emit(view, i, j, o >> 8, (o >> 8) + (o & 255), hits);
    }
    return hits;
  }

  /** The Aho-Corasick loop over the 16-bit table, every position (the reference of scanStarts, in tests). */
  scanEveryPosition(view: string): Hit[] {
    const hits: Hit[] = [];
    if (view.length === 0 || !this.words) return this.scan(view);
    if (this.pos.length < view.length + 1) this.pos = new Int32Array(view.length * 2 + 16);
    return this.scanWords(view, hits);
  }

  /**
   * The hits of scanWords, found by walking the trie (goto edges only, no failure links) from each position
   * where a hit can start: not inside a word when the character is a letter or digit (emit() drops such hits,
   * and a pattern starting there starts with that letter), never on a space, FILLER or a character outside the
   * alphabet. Most characters are then one compare with their neighbour instead of a table probe and the
   * failure links (the scan's cost in the extractor, docs/extraction.md "Speed"). A walk folds like the
   * automaton (FILLER skipped, a run of spaces one symbol) and reports the patterns its path spells (a slot's
   * own outputs). Hits are put back in the automaton's order (by end, then start) for the caller.
   */
  private scanStarts(view: string, hits: Hit[]): Hit[] {
    const { symOf, outList, patEdge } = this;
    const words = this.words!,
      outCell = this.outCell!,
      ownCount = this.ownCount!,
      ownBits = this.ownBits!;
    const rootBase = words[0]! >>> 16;
    const n = view.length;
    for (let p = 0; p < n; p++) {
      const sym0 = symOf[view.charCodeAt(p)]!;
      if (sym0 <= SKIP) continue; // OTHER, SPACE, SKIP start no pattern
      const alnum = isAlnumSym(sym0);
      let s = rootBase + sym0;
      let w = words[s]!;
      // the root (slot 0) has no child on it; and the rest of a word starts no hit: on after its last letter or digit
      if ((w & 0xffff) !== 0) {
        if (alnum) p = wordEnd(view, p, symOf);
        continue;
      }
      // `run`: the last position of the run of letters and digits starting at p that the walk read (p when p is
      // no letter or digit): the positions after p inside it start no hit, and the loop goes on after it
      let i = p,
        run = p,
        prevSpace = false;
      for (;;) {
        if ((ownBits[s >>> 5]! >>> (s & 31)) & 1) {
          const own = ownCount[s]!;
          const nextAlnum = i + 1 < n && isAlnum(view.charCodeAt(i + 1));
          const a = outCell[s]! >> 8;
          for (let o = a, e = a + own; o < e; o++) {
            const id = outList[o]!;
            if (!(nextAlnum && patEdge[id]! & 2)) hits.push({ pattern: id, start: p, end: i + 1 });
          }
        }
        // the next symbol (FILLER skipped, a space run read once)
        let sym = SKIP;
        while (++i < n) {
          sym = symOf[view.charCodeAt(i)]!;
          if (sym === SKIP) continue;
          if (sym === SPACE) {
            if (prevSpace) continue;
            prevSpace = true;
          } else prevSpace = false;
          break;
        }
        if (i >= n) break;
        if (run === i - 1 && alnum && isAlnumSym(sym)) run = i;
        if (sym === OTHER) break;
        const t = (w >>> 16) + sym;
        const wt = words[t]!;
        if ((wt & 0xffff) !== s) break;
        s = t;
        w = wt;
      }
      p = alnum ? wordEnd(view, run, symOf) : run;
    }
    // the automaton's order: by end, and at one end the longer (earlier) start first
    for (let x = 1; x < hits.length; x++) {
      const h = hits[x]!;
      let y = x - 1;
      while (y >= 0 && (hits[y]!.end > h.end || (hits[y]!.end === h.end && hits[y]!.start > h.start))) {
        hits[y + 1] = hits[y]!;
        y--;
      }
      hits[y + 1] = h;
    }
    return hits;
  }

  /** scanPacked over the 16-bit table (`words`): a probe reads the word of slot base + sym. */
  private scanWords(view: string, hits: Hit[]): Hit[] {
    const { symOf, pos } = this;
    const words = this.words!,
      fail = this.fail16!,
      hasOut = this.hasOut!;
    const rootBase = words[0]! >>> 16;
    const n = view.length;
    let s = 0,
      b = rootBase,
      j = 0,
      prevSpace = true;
    for (let i = 0; i < n; i++) {
      const sym = symOf[view.charCodeAt(i)]!;
      if (sym === SKIP) continue;
      if (sym === SPACE) {
        if (prevSpace) continue;
        prevSpace = true;
      } else prevSpace = false;
      pos[j++] = i;
      if (sym === OTHER) {
        s = 0; // no pattern holds a character outside the alphabet
        b = rootBase;
        continue;
      }
      for (;;) {
        const t = b + sym;
        const w = words[t]!;
        if ((w & 0xffff) === s) {
          s = t;
          b = w >>> 16;
          break;
        }
        if (s === 0) break;
        s = fail[s]!;
        b = words[s]! >>> 16;
      }
      if ((hasOut[s >>> 5]! >>> (s & 31)) & 1) {
        const o = this.outCell![s]!;
        this.emit(view, i, j, o >> 8, (o >> 8) + (o & 255), hits);
      }
    }
    return hits;
  }

  /** The dense DFA's loop: `row` is the state's row offset; a negative cell marks a state with outputs. */
  private scanDense(view: string, hits: Hit[]): Hit[] {
    const { symOf, outStart, pos } = this;
    const delta = this.delta!;
    const k = this.nSym;
    const n = view.length;
    let row = 0,
      j = 0,
      prevSpace = true;
    for (let i = 0; i < n; i++) {
      const sym = symOf[view.charCodeAt(i)]!;
      if (sym === SKIP) continue;
      if (sym === SPACE) {
        if (prevSpace) continue;
        prevSpace = true;
      } else prevSpace = false;
      pos[j++] = i;
      const t = delta[row + sym]!;
      if (t >= 0) {
        row = t;
        continue;
      }
      row = ~t;
      const s = row / k;
      this.emit(view, i, j, outStart[s]!, outStart[s + 1]!, hits);
    }
    return hits;
  }

  private scanSparse(view: string, hits: Hit[]): Hit[] {
    const { symOf, outStart, pos } = this;
    const n = view.length;
    let s = 0,
      j = 0,
      prevSpace = true;
    for (let i = 0; i < n; i++) {
      const sym = symOf[view.charCodeAt(i)]!;
      if (sym === SKIP) continue;
      if (sym === SPACE) {
        if (prevSpace) continue;
        prevSpace = true;
      } else prevSpace = false;
      pos[j++] = i;
      s = this.stepSparse(s, sym);
      const a = outStart[s]!,
        b = outStart[s + 1]!;
      if (a !== b) this.emit(view, i, j, a, b, hits);
    }
    return hits;
  }

  /** The outputs outList[a..b) ending at view[i] (j symbols read so far), minus those glued to a word. */
  private emit(view: string, i: number, j: number, a: number, b: number, hits: Hit[]): void {
    const { outList, patLen, pos, patEdge } = this;
    const nextAlnum = i + 1 < view.length && isAlnum(view.charCodeAt(i + 1));
    for (let o = a; o < b; o++) {
      const id = outList[o]!;
      const edge = patEdge[id]!;
      if (nextAlnum && edge & 2) continue;
      const start = pos[j - patLen[id]!]!;
      if (edge & 1 && start > 0 && isAlnum(view.charCodeAt(start - 1))) continue;
      hits.push({ pattern: id, start, end: i + 1 });
    }
  }
}
