/**
 * Cheap rejections before zoning's regexes (zones.ts): character loops that answer exactly what a regex would
 * for the blocks it cannot match, so that most blocks never run it (docs/extraction.md "Speed").
 */
import { maySpace } from './chars.ts';

/** `\s` of a regex: ECMA-262 WhiteSpace and LineTerminator. */
export const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** /:\s*$/.test(s.slice(from, to)): the last character there that is not white space is a ':'. */
export function endsWithColon(s: string, from = 0, to = s.length): boolean {
  for (let i = to - 1; i >= from; i--) {
    const c = s.charCodeAt(i);
    if (c === 58) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** The index of the first character of s that is not white space (s.length when none): where trimStart() starts. */
export function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * False only when zones.ts's INLINE_LABEL cannot match: its ':' or dash comes before every character that is
 * neither a letter, white space, nor a mark of the label or its markup (- * • · < > / ' ’ &). Most blocks are
 * prose whose first comma, dot or digit comes first: this keeps them from the regex's lazy label (tried at
 * every length).
 */
export function mayBeLabel(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 58 /* : */ || c === 0x2013 || c === 0x2014) return true;
    const l = c | 32;
    if ((l >= 97 && l <= 122) || maySpace(c) || LABEL_MARKS.includes(c)) continue;
    return false;
  }
  return false;
}
const LABEL_MARKS = [45, 42, 0x2022, 0xb7, 60, 62, 47, 39, 0x2019, 38]; // - * • · < > / ' ’ &
