/**
 * The literal starts of a regex source: texts one of which every match begins with (`we offer`, `you have`,
 * `experience with`), read off the source without running it, for a prefilter that finds the positions where
 * a cue family may match (start-scan.ts) before its regex is tried there. A start is a literal text the match
 * must begin with, not the whole match: `you(?:'ll)? work\b` has the starts `you'll work` and `you work`,
 * `\d+ ?years` the ten digits, `tech(?:nology)? stack` both spellings. Zero-width parts (`\b`, look-arounds,
 * `^`) are stepped over (they only narrow the matches); a part that is not a literal text (`\w`, `.`, a long or
 * negated class, a backreference) ends the start there. Sound, not tight: what a match begins with is always
 * one of the starts (the prefilter may report a position where the regex then fails, never miss one).
 */

/** A start being read: its text, whether the literal part may go on, whether a `\b` precedes its first character. */
interface Item {
  text: string;
  open: boolean;
  boundary: boolean;
}

export interface LiteralStarts {
  /** the literal texts (as written: the scanner folds case) */
  starts: string[];
  /** every match starts at a `\b` before a word character: its position is a word start */
  wordStart: boolean;
}

const MAX_ITEMS = 256;
const MAX_LENGTH = 16;
const MAX_CLASS = 12;
const WORD = /^[A-Za-z0-9_]$/;

/** The literal starts of `src`, or null when some match may begin anywhere (a path with an empty start). */
export function literalStarts(src: string): LiteralStarts | null {
  const items = alternation(src, 0, src.length);
  if (items === null || items.some((x) => x.text === '')) return null;
  const starts = [...new Set(items.map((x) => x.text))];
  return { starts, wordStart: items.every((x) => x.boundary && WORD.test(x.text[0]!)) };
}

/** The starts of src[from, to), an alternation. */
function alternation(src: string, from: number, to: number): Item[] | null {
  const out: Item[] = [];
  let at = from;
  for (let i = from; i <= to; i++) {
    if (i === to || src[i] === '|') {
      const seq = sequence(src, at, i);
      if (seq === null) return null;
      out.push(...seq);
      at = i + 1;
    } else if (src[i] === '\\') i++;
    else if (src[i] === '[') i = classEnd(src, i);
    else if (src[i] === '(') i = groupEnd(src, i);
  }
  return out;
}

/** The starts of src[from, to), a sequence of terms without a top-level `|`. */
function sequence(src: string, from: number, to: number): Item[] | null {
  let items: Item[] = [{ text: '', open: true, boundary: false }];
  let i = from;
  while (i < to && items.some((x) => x.open)) {
    const t = term(src, i, to);
    if (t === null) return null;
    i = t.end;
    if (t.zeroWidth) {
      if (t.boundary) for (const x of items) if (x.open && x.text === '') x.boundary = true;
      continue;
    }
    const q = quantifier(src, i);
    i = q.end;
    // not a literal text, or repeated any number of times from none: the starts end before it
    if (t.items === null || (q.min === 0 && q.max > 1)) return close(items);
    // optional: with it and without it; repeated: its first time only
    const alts = q.min === 0 ? [...t.items, { text: '', open: true, boundary: false }] : t.items;
    items = join(items, alts, q.max === 1);
  }
  return items;
}

/** Each open item followed by each alternative (closed when the term may repeat: its repeats are not read). */
function join(items: Item[], alts: Item[], once: boolean): Item[] {
  const out: Item[] = [];
  for (const x of items) {
    if (!x.open) {
      out.push(x);
      continue;
    }
    for (const a of alts) {
      const text = x.text + a.text;
      const boundary = x.text === '' ? x.boundary || a.boundary : x.boundary;
      out.push({ text: text.slice(0, MAX_LENGTH), open: a.open && once && text.length < MAX_LENGTH, boundary });
    }
  }
  // too many: the starts end before this term, or (when a start would be empty) right after it
  if (out.length <= MAX_ITEMS) return out;
  return items.some((x) => x.open && x.text === '') ? close(out) : close(items);
}

const close = (items: Item[]): Item[] => items.map((x) => ({ ...x, open: false }));

interface Term {
  end: number;
  /** the term's starts (a literal: one closed-over character), null when it is not a literal text */
  items: Item[] | null;
  zeroWidth: boolean;
  boundary: boolean;
}

/** The term at src[i] (before its quantifier). */
function term(src: string, i: number, to: number): Term | null {
  const c = src[i]!;
  const lit = (ch: string, end: number): Term => ({
    end,
    items: [{ text: ch, open: true, boundary: false }],
    zeroWidth: false,
    boundary: false,
  });
  const zero = (end: number, boundary = false): Term => ({ end, items: null, zeroWidth: true, boundary });
  const other = (end: number): Term => ({ end, items: null, zeroWidth: false, boundary: false });
  if (c === '^' || c === '$') return zero(i + 1);
  if (c === '.') return other(i + 1);
  if (c === '[') {
    const end = classEnd(src, i) + 1;
    const chars = classChars(src, i + 1, end - 1);
    return chars === null
      ? other(end)
      : {
          end,
          items: chars.map((ch) => ({ text: ch, open: true, boundary: false })),
          zeroWidth: false,
          boundary: false,
        };
  }
  if (c === '(') {
    const close = groupEnd(src, i);
    if (close < 0 || close >= to) return null;
    if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) return zero(close + 1); // a look-ahead or look-behind
    const inner = src.startsWith('(?:', i) ? i + 3 : src.startsWith('(?<', i) ? src.indexOf('>', i) + 1 : i + 1;
    const items = alternation(src, inner, close);
    return items === null ? null : { end: close + 1, items, zeroWidth: false, boundary: false };
  }
  if (c === '\\') {
    const e = escaped(src, i);
    if (e === 'boundary') return zero(i + 2, src[i + 1] === 'b');
    if (e === 'digit') {
      const digits = [...'0123456789'].map((ch) => ({ text: ch, open: true, boundary: false }));
      return { end: i + 2, items: digits, zeroWidth: false, boundary: false };
    }
    return e === null ? other(i + 2) : lit(e.ch, e.end);
  }
  return lit(c, i + 1);
}

/** An escape at src[i] ('\'): a literal character, `\b`/`\B`, `\d`, or null (a class or a backreference). */
function escaped(src: string, i: number): { ch: string; end: number } | 'boundary' | 'digit' | null {
  const e = src[i + 1]!;
  if (e === 'b' || e === 'B') return 'boundary';
  if (e === 'd') return 'digit';
  const ctl: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
  if (ctl[e]) return { ch: ctl[e]!, end: i + 2 };
  if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6)))
    return { ch: String.fromCharCode(Number.parseInt(src.slice(i + 2, i + 6), 16)), end: i + 6 };
  if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4)))
    return { ch: String.fromCharCode(Number.parseInt(src.slice(i + 2, i + 4), 16)), end: i + 4 };
  if (/[A-Za-z0-9]/.test(e)) return null; // \w \s \D \W \S \k \1 \c ... : not one literal character
  return { ch: e, end: i + 2 };
}

/** The characters of a class body src[from, to) when it is a short list of literals and ranges, else null. */
function classChars(src: string, from: number, to: number): string[] | null {
  if (src[from] === '^') return null;
  const out: string[] = [];
  for (let i = from; i < to; ) {
    let ch = src[i]!;
    let next = i + 1;
    if (ch === '\\') {
      const e = escaped(src, i);
      if (e === null || typeof e === 'string') return null;
      ch = e.ch;
      next = e.end;
    }
    if (src[next] === '-' && next + 1 < to) {
      const hi = src[next + 1]!;
      if (hi === '\\') return null;
      for (let c = ch.charCodeAt(0); c <= hi.charCodeAt(0); c++) out.push(String.fromCharCode(c));
      next += 2;
    } else out.push(ch);
    if (out.length > MAX_CLASS) return null;
    i = next;
  }
  return out;
}

/** The quantifier after a term at src[i]: its bounds (max Infinity when unbounded) and where it ends. */
function quantifier(src: string, i: number): { min: number; max: number; end: number } {
  const c = src[i];
  let q = { min: 1, max: 1, end: i };
  if (c === '?') q = { min: 0, max: 1, end: i + 1 };
  else if (c === '*') q = { min: 0, max: Number.POSITIVE_INFINITY, end: i + 1 };
  else if (c === '+') q = { min: 1, max: Number.POSITIVE_INFINITY, end: i + 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (m) {
      const max = m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
      q = { min: Number(m[1]), max, end: i + m[0].length };
    }
  }
  if (q.end > i && src[q.end] === '?') q.end++; // lazy: the same matches may start the same way
  return q;
}

/** The index of the ']' closing the class opened at src[open] (as JavaScript reads it: `[]` is an empty class). */
function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return src.length - 1;
}

/** The index of the ')' closing the group opened at src[open], or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
