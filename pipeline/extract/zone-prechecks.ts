/**
 * White space read by character loops where zoning (zones.ts) ran a regex or trimmed a copy: `\s` itself, a
 * range whose last character that is not white space is ':' (/:\s*$/), where trimStart() starts
 * (docs/extraction.md "Speed").
 */
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
