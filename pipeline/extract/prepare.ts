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

const URL_RE = /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s<>"'`]+|\bwww\.[^\s<>"'`]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|ai|co|dev|app|gg|me|us|uk|de|fr|eu|ca|jobs|careers|xyz|tech|so|sh|ly|to|vc|nl|se|ch|be|at|es|it|pl|in|il|sg|jp|au|nz|br|fi|dk|no|ie|pt|info|biz|edu|gov|team|cloud|run|page|site|is|im|fm|tv|cc|ws)\/[^\s<>"'`]*|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+/gi;
const TAG_RE = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const ENTITY_RE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/gi;
const ESCAPE_RE = /\\([+#*_.\-()[\]!`])/g;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-', rsquo: "'", lsquo: "'",
  ldquo: '"', rdquo: '"', hellip: '.', bull: ' ', middot: ' ', plus: '+', num: '#', sol: '/', period: '.',
  comma: ',', colon: ':', semi: ';', lpar: '(', rpar: ')', excl: '!', ast: '*', lowbar: '_', hyphen: '-',
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
  let v = text;
  if (v.includes('&')) v = v.replace(ENTITY_RE, decodeEntity);
  if (v.includes('<')) v = v.replace(TAG_RE, blank);
  if (v.includes('\\')) v = v.replace(ESCAPE_RE, (_m, c: string) => FILLER + c);
  if (v.includes('://') || v.includes('www.') || v.includes('@') || v.includes('/')) v = v.replace(URL_RE, blank);
  return v;
}
