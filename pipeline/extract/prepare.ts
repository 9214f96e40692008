/**
 * Builds the "scan view" of a posting: a string of the SAME LENGTH as the input (so offsets carry over)
 * where text that can never be a skill is blanked and encoded characters are decoded in place:
 * - URLs (scheme://..., www...., bare domain with a path) and e-mail addresses -> spaces;
 * - HTML tags (<a href=...>, <br/>) -> spaces;
 * - HTML entities (&amp; &#43; &#x2B; &nbsp;) -> the decoded character followed by FILLER characters;
 * - Markdown backslash escapes (C\+\+, C\#) -> FILLER + the character.
 * The scanner skips FILLER, so `C&#43;&#43;` reads as `C++` with offsets spanning the entities.
 */
export const FILLER = '\u0000';
import { foldWidth } from './width.ts';

const TLD =
  /\.(?:com|org|io|ai|co|dev|app|gg|me|us|uk|de|fr|eu|ca|jobs|careers|xyz|tech|so|sh|ly|to|vc|nl|se|ch|be|at|es|it|pl|in|il|sg|jp|au|nz|br|fi|dk|no|ie|pt|info|biz|edu|gov|team|cloud|run|page|site|is|im|fm|tv|cc|ws)$/i;
const TAG_RE = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const ENTITY_RE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/gi;
const ESCAPE_RE = /\\([+#*_.\-()[\]!`])/g;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '.',
  bull: ' ',
  middot: ' ',
  plus: '+',
  num: '#',
  sol: '/',
  period: '.',
  comma: ',',
  colon: ':',
  semi: ';',
  lpar: '(',
  rpar: ')',
  excl: '!',
  ast: '*',
  lowbar: '_',
  hyphen: '-',
};

function blank(m: string): string {
  return ' '.repeat(m.length);
}

function decodeEntity(m: string, dec?: string, hex?: string, name?: string): string {
  let ch: string | undefined;
  if (dec) ch = safeChar(Number.parseInt(dec, 10));
  else if (hex) ch = safeChar(Number.parseInt(hex, 16));
  else if (name) ch = NAMED[name.toLowerCase()];
  if (ch === undefined || ch.length !== 1) return m;
  return ch + FILLER.repeat(m.length - 1);
}

function safeChar(code: number): string | undefined {
  if (!Number.isFinite(code) || code <= 0 || code > 0xffff) return undefined;
  return String.fromCharCode(code);
}

/** Same-length view of `text` for scanning (see module doc). */
export function prepare(text: string): string {
  return prepareFolded(foldWidth(text)); // cjk.ts: full-width forms and CJK punctuation, same length
}

/** prepare() of a text already folded by foldWidth (the matcher folds once for prepare and zoning). */
export function prepareFolded(folded: string): string {
  let v = folded;
  // (an entity ends in ';': "R&D" and "Q&A" alone skip the replace's scan)
  if (v.includes('&') && v.includes(';')) v = v.replace(ENTITY_RE, decodeEntity);
  if (v.includes('<')) v = v.replace(TAG_RE, blank);
  if (v.includes('\\')) v = v.replace(ESCAPE_RE, (_m, c: string) => FILLER + c);
  return maskLinks(v);
}

const WWW = /www\./gi;
/** v.includes('ww.') || v.includes('WW.'), in one scan */
const WW = /ww\.|WW\./;
const isWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** A run of URL characters: not a control or space, <, >, ", ', ` or U+00A0 (sticky: read from lastIndex). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: a URL character is above U+0020 (the space and every control character end a URL)
const URL_RUN = /[^\x00-\x20<>"'`\u00a0]*/y;

// the end of the run of URL characters from i; remembered, so `a://a://...` or `a.com/a.com/...` scans each
// run once instead of once per '://' or '/' in it (quadratic on a hostile posting). Module state (no closure
// per posting), reset by maskLinks for each text.
let runFrom = -1;
let runEnd = -1;
function urlRunEnd(v: string, i: number): number {
  if (i >= runFrom && i <= runEnd) return runEnd;
  let j = i;
  if (i < v.length) {
    URL_RUN.lastIndex = i; // one regex step instead of a test per character
    URL_RUN.test(v);
    j = URL_RUN.lastIndex;
  }
  runFrom = i;
  runEnd = j;
  return j;
}

/**
 * Blanks URLs (scheme://..., www...., domain.tld/path) and e-mail addresses with a hand-written scan around
 * each '://', 'www.', '@' and '/' (a single alternation regex was the extractor's bottleneck).
 */
function maskLinks(v: string): string {
  const n = v.length;
  let ranges: number[] | null = null;
  runFrom = -1; // urlRunEnd's memo, for this text
  runEnd = -1;
  // the URL after each '://' (its start, its end): a '/' in it adds no range (the '/' scan below skips it)
  const inner: number[] = [];
  for (let i = v.indexOf('://'); i >= 0; i = v.indexOf('://', i + 3)) {
    let a = i;
    while (a > 0) {
      const c = v.charCodeAt(a - 1);
      if (isWord(c) || c === 43 || c === 46 || c === 45) a--;
      else break;
    }
    if (a < i) {
      const b = urlRunEnd(v, i + 3);
      (ranges ??= []).push(a, b);
      inner.push(i + 3, b);
    }
  }
  if (WW.test(v)) {
    // 'www.' in any case. A case-insensitive search finds what indexOf over v.toLowerCase() found, at the same
    // offsets, without copying the text: only 'W' lower-cases to 'w', and only U+0130 changes length when
    // lower-cased (that text keeps the copy, whose offsets it shifted)
    if (v.includes('\u0130')) {
      const lower = v.toLowerCase();
      for (let i = lower.indexOf('www.'); i >= 0; i = lower.indexOf('www.', i + 4))
        if (i === 0 || !isWord(v.charCodeAt(i - 1))) (ranges ??= []).push(i, urlRunEnd(v, i + 4));
    } else {
      WWW.lastIndex = 0;
      for (let m = WWW.exec(v); m; m = WWW.exec(v)) {
        const i = m.index;
        if (i === 0 || !isWord(v.charCodeAt(i - 1))) (ranges ??= []).push(i, urlRunEnd(v, i + 4));
      }
    }
  }
  for (let i = v.indexOf('@'); i >= 0; i = v.indexOf('@', i + 1)) {
    let a = i;
    while (a > 0) {
      const c = v.charCodeAt(a - 1);
      if (isWord(c) || c === 46 || c === 43 || c === 37 || c === 45) a--;
      else break;
    }
    let b = i + 1,
      dot = false;
    while (b < n) {
      const c = v.charCodeAt(b);
      if (!(isWord(c) || c === 46 || c === 45)) break;
      if (c === 46 && b + 1 < n && isWord(v.charCodeAt(b + 1))) dot = true;
      b++;
    }
    if (a < i && dot) (ranges ??= []).push(a, b);
  }
  let u = 0;
  for (let i = v.indexOf('/'); i >= 0; i = v.indexOf('/', i + 1)) {
    // inside a URL after '://': its range would start after that URL's start (the scan back stops at ':' and '/')
    // and end where it ends (the same run of URL characters), adding nothing
    while (u < inner.length && inner[u + 1]! <= i) u += 2;
    if (u < inner.length && inner[u]! <= i) {
      i = inner[u + 1]! - 1;
      continue;
    }
    let a = i;
    while (a > 0) {
      const c = v.charCodeAt(a - 1);
      if (isWord(c) || c === 46 || c === 45) a--;
      else break;
    }
    if (a < i - 2 && v.charCodeAt(i - 1) !== 46 && TLD.test(v.slice(a, i)))
      (ranges ??= []).push(a, urlRunEnd(v, i + 1));
  }
  if (!ranges) return v;
  const r: number[] = ranges;
  // the ranges in order of start (a stable sort; the four scans above usually add them in order already)
  const order: number[] = [];
  let sorted = true;
  for (let k = 0; k < r.length / 2; k++) {
    if (k > 0 && r[2 * k]! < r[2 * k - 2]!) sorted = false;
    order.push(k);
  }
  if (!sorted)
    // stable insertion sort by start (a handful of ranges: cheaper than Array.prototype.sort and its comparator)
    for (let x = 1; x < order.length; x++) {
      const k = order[x]!;
      let y = x - 1;
      while (y >= 0 && r[2 * order[y]!]! > r[2 * k]!) {
        order[y + 1] = order[y]!;
        y--;
      }
      order[y + 1] = k;
    }
  let out = '',
    at = 0;
  for (const k of order) {
    const a = Math.max(r[2 * k]!, at),
      b = r[2 * k + 1]!;
    if (b <= a) continue;
    out += v.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return out + v.slice(at);
}
