/**
 * A character-level Aho-Corasick automaton compiled to a dense DFA (Int32Array transition table).
 * Input characters are folded (ASCII upper -> lower, whitespace and hyphens -> one SPACE symbol, runs of
 * SPACE collapsed) so `Node JS`, `node-js` and `node  js` read alike; FILLER characters are skipped.
 * One table lookup per character; outputs are pattern ids with their length in folded symbols.
 */
import { FILLER } from './prepare.ts';

const OTHER = 0, SPACE = 1, SKIP = 2;

export interface Hit { pattern: number; start: number; end: number }

export class Automaton {
  private readonly symOf = new Uint8Array(65536);
  private nSym = 3;
  private delta!: Int32Array;
  private outStart!: Int32Array;
  private outList!: Int32Array;
  private readonly patLen: number[] = [];
  private pos = new Int32Array(4096);

  constructor(patterns: string[]) {
    for (const ch of [' ', '\t', '\n', '\r', '\f', '\v', '-', '\u00a0', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2009', '\u202f'])
      this.symOf[ch.charCodeAt(0)] = SPACE;
    this.symOf[FILLER.charCodeAt(0)] = SKIP;
    for (const p of patterns) for (const ch of p) {
      const c = ch.charCodeAt(0);
      if (this.symOf[c] === OTHER) {
        if (this.nSym >= 255) throw new Error('too many distinct pattern characters');
        this.symOf[c] = this.nSym++;
      }
    }
    for (let c = 65; c <= 90; c++) if (this.symOf[c + 32]) this.symOf[c] = this.symOf[c + 32]!;
    this.build(patterns);
  }

  /** Folds a pattern the way the scanner folds text. */
  static fold(s: string): string {
    return s.toLowerCase().replace(/[\s\-\u00a0\u2010-\u2014]+/g, ' ').trim();
  }

  private build(patterns: string[]): void {
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    patterns.forEach((p, id) => {
      let s = 0, len = 0;
      for (const ch of p) {
        const sym = this.symOf[ch.charCodeAt(0)]!;
        let nx = goto[s]!.get(sym);
        if (nx === undefined) { nx = goto.length; goto.push(new Map()); out.push([]); goto[s]!.set(sym, nx); }
        s = nx; len++;
      }
      out[s]!.push(id);
      this.patLen[id] = len;
    });
    const n = goto.length, k = this.nSym;
    const delta = new Int32Array(n * k);
    const fail = new Int32Array(n);
    const order: number[] = [];
    for (let sym = 0; sym < k; sym++) {
      const nx = goto[0]!.get(sym);
      delta[sym] = nx ?? 0;
      if (nx !== undefined) { fail[nx] = 0; order.push(nx); }
    }
    for (let qi = 0; qi < order.length; qi++) {
      const s = order[qi]!;
      out[s]!.push(...out[fail[s]!]!);
      for (let sym = 0; sym < k; sym++) {
        const nx = goto[s]!.get(sym);
        if (nx !== undefined) {
          fail[nx] = delta[fail[s]! * k + sym]!;
          delta[s * k + sym] = nx;
          order.push(nx);
        } else delta[s * k + sym] = delta[fail[s]! * k + sym]!;
      }
    }
    this.delta = delta;
    this.outStart = new Int32Array(n + 1);
    let total = 0;
    for (let s = 0; s < n; s++) { this.outStart[s] = total; total += out[s]!.length; }
    this.outStart[n] = total;
    this.outList = new Int32Array(total);
    for (let s = 0, j = 0; s < n; s++) for (const id of out[s]!) this.outList[j++] = id;
  }

  get states(): number {
    return this.outStart.length - 1;
  }

  /** All pattern occurrences in `view`; start/end are offsets into `view` (end exclusive). */
  scan(view: string): Hit[] {
    const hits: Hit[] = [];
    if (this.pos.length < view.length + 1) this.pos = new Int32Array(view.length * 2 + 16);
    const { symOf, delta, outStart, outList, patLen, pos } = this;
    const k = this.nSym;
    let s = 0, j = 0, prevSpace = true;
    for (let i = 0; i < view.length; i++) {
      const sym = symOf[view.charCodeAt(i)]!;
      if (sym === SKIP) continue;
      if (sym === SPACE) { if (prevSpace) continue; prevSpace = true; } else prevSpace = false;
      pos[j++] = i;
      s = delta[s * k + sym]!;
      const a = outStart[s]!, b = outStart[s + 1]!;
      for (let o = a; o < b; o++) {
        const id = outList[o]!;
        hits.push({ pattern: id, start: pos[j - patLen[id]!]!, end: i + 1 });
      }
    }
    return hits;
  }
}
