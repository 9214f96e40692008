/**
 * Linear-time building blocks for the markup strippers (text.ts). A regex like `<script\b[^>]*>[\s\S]*?</script>`
 * or `\*\*[\s\S]*?\S\*\*` rescans the rest of the text from every opening that has no closing, so a posting of
 * `<script` x 140,000 took minutes. These scans search forward only: once a closing is known to be absent from
 * some point on, no later opening looks for it again.
 */

/** Removes `<!-- ... -->` comments; an unclosed `<!--` and what follows it stay as written. */
export function dropComments(s: string): string {
  let i = s.indexOf('<!--');
  if (i < 0) return s;
  let out = '';
  let at = 0;
  while (i >= 0) {
    const end = s.indexOf('-->', i + 4);
    if (end < 0) break;
    out += s.slice(at, i);
    at = end + 3;
    i = s.indexOf('<!--', at);
  }
  return out + s.slice(at);
}

/**
 * Removes `<name ...> ... </name>` elements (script, style, ...): the opening tag holds no `<` or `>`, the
 * element ends at the first `</name\s*>` (case-insensitive). An opening without a closing stays.
 */
export function dropElements(s: string, names: string[]): string {
  const open = new RegExp(`<(${names.join('|')})\\b[^<>]*>`, 'gi');
  if (!open.test(s)) return s;
  open.lastIndex = 0;
  const closers = new Map(names.map((n) => [n.toLowerCase(), new RegExp(`</${n}\\s*>`, 'gi')]));
  const absentFrom = new Map<string, number>(); // name -> position from which no closing exists
  let out = '';
  let at = 0;
  for (let m = open.exec(s); m; m = open.exec(s)) {
    const name = m[1]!.toLowerCase();
    const from = open.lastIndex;
    if (from >= (absentFrom.get(name) ?? Infinity)) continue;
    const close = closers.get(name)!;
    close.lastIndex = from;
    const c = close.exec(s);
    if (!c) {
      absentFrom.set(name, from);
      continue;
    }
    out += s.slice(at, m.index);
    at = close.lastIndex;
    open.lastIndex = at;
  }
  return at === 0 ? s : out + s.slice(at);
}

/**
 * Unwraps `<d>text<d>` pairs (d = `**`, `__`, `~~`): like `(d)(?=\S)([\s\S]*?\S)\1` -> `$2`, the first closing
 * after a non-space character, but each closing is searched for once.
 */
export function unwrapPairs(s: string, d: string): string {
  let i = s.indexOf(d);
  if (i < 0) return s;
  const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
  let out = '';
  let at = 0;
  let known = -1; // a closing found at this index (valid for any opening before it)
  let none = Infinity; // no closing at or after this index
  const closing = (from: number): number => {
    if (from >= none) return -1;
    if (known >= from) return known;
    for (let j = s.indexOf(d, from); j >= 0; j = s.indexOf(d, j + 1)) if (!isSpace(s[j - 1])) return (known = j);
    none = from;
    return -1;
  };
  while (i >= 0) {
    if (!isSpace(s[i + d.length])) {
      const j = closing(i + d.length + 1);
      if (j < 0) break;
      out += s.slice(at, i) + s.slice(i + d.length, j);
      at = j + d.length;
      i = s.indexOf(d, at);
      continue;
    }
    i = s.indexOf(d, i + 1);
  }
  return at === 0 ? s : out + s.slice(at);
}

/** A heading line's text without its closing `#`s: strips trailing `[ \t]*#*[ \t]*` by hand (no backtracking). */
export function headingText(s: string): string {
  let b = s.length;
  const ws = (c: string | undefined) => c === ' ' || c === '\t';
  while (b > 0 && ws(s[b - 1])) b--;
  while (b > 0 && s[b - 1] === '#') b--;
  while (b > 0 && ws(s[b - 1])) b--;
  return s.slice(0, b);
}
