/**
 * The character an anchored rule regex must start (or end) with, tested by code unit before the regex runs
 * (decide.ts): most candidates fail a rule on its first character (", Rust and Go" after a technology), and
 * a regex call costs many times a character test. A quick test may pass where the regex then fails, never the
 * reverse: `letters` are lower-case ASCII, matched either case (what a non-unicode /i regex matches), `marks`
 * are matched as written, and any character that may be white space passes (chars.ts maySpace, a superset of \s).
 */
import { maySpace } from './chars.ts';

function mayBe(c: number, letters: string, marks: string): boolean {
  if (maySpace(c)) return true;
  const lower = c | 32;
  for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) === lower) return true;
  for (let i = 0; i < marks.length; i++) if (marks.charCodeAt(i) === c) return true;
  return false;
}

/** The first character of s may start the regex (false for an empty s). */
export const mayOpen = (s: string, letters: string, marks = ''): boolean =>
  s.length > 0 && mayBe(s.charCodeAt(0), letters, marks);

/** The last character of s may end the regex (false for an empty s). */
export const mayClose = (s: string, letters: string, marks = ''): boolean =>
  s.length > 0 && mayBe(s.charCodeAt(s.length - 1), letters, marks);
