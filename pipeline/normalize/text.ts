/**
 * Markup to plain text. htmlToText: block tags (<p>, <div>, <h1>..., <tr>) -> blank line or newline, <br> ->
 * newline, <li> -> newline + "- ", links -> their visible text, <script>/<style> dropped, other known HTML
 * tags removed, entities decoded. Unknown angle-bracket words written by posters ("<at>", "<name>") are kept.
 * Entity-escaped HTML (Greenhouse "&lt;p&gt;") is unescaped first. markdownToText: [x](url) -> x, ![alt](u) ->
 * alt, emphasis marks, heading marks, blockquote marks, code fences and backticks removed (code kept as text).
 * Every pass is linear in the text's length (linear.ts; a tag never holds `<` or `>`, a link text never holds
 * `[` or `]`), so hostile markup costs what a benign posting of the same size costs (test/hostile/strip.test.ts).
 */
import { dropComments, dropElements, headingText, unwrapPairs } from './linear.ts';
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  laquo: '«',
  raquo: '»',
  para: '¶',
  sect: '§',
  shy: '',
  zwj: '',
  zwnj: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  ccedil: 'ç',
  ntilde: 'ñ',
  oacute: 'ó',
  iacute: 'í',
  uacute: 'ú',
  aring: 'å',
  oslash: 'ø',
  aelig: 'æ',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Eacute: 'É',
  check: '✓',
  star: '☆',
  hearts: '♥',
  iexcl: '¡',
  iquest: '¿',
  prime: '′',
  Prime: '″',
};

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,9});/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? all;
  });
}

const BLOCK =
  'p|div|section|article|header|footer|main|aside|nav|h[1-6]|ul|ol|dl|table|thead|tbody|tfoot|blockquote|pre|figure|form|hr|address';
const INLINE =
  'a|abbr|b|i|u|s|em|strong|small|big|span|code|kbd|samp|var|sub|sup|mark|font|center|strike|del|ins|q|cite|dfn|time|label|img|wbr|tt|dt|dd|td|th|tr|li|br|caption|col|colgroup|picture|source|svg|path|button|input|iframe|noscript|meta|link|o:p';
const KNOWN_TAG = new RegExp(`<\\/?(?:${BLOCK}|${INLINE})(?:\\s[^<>]*)?\\/?>`, 'gi');
const LOOKS_HTML = new RegExp(`<\\/?(?:${BLOCK}|a|br|li|b|i|em|strong|span|code)(?:\\s[^<>]*)?\\/?>`, 'i');
const ESCAPED_HTML = /&lt;\/?(?:p|div|br|li|ul|ol|h[1-6]|strong|em|span|a)\b/i;

export function looksLikeHtml(s: string): boolean {
  return (s.includes('<') && LOOKS_HTML.test(s)) || (s.includes('&lt;') && ESCAPED_HTML.test(s));
}

export function htmlToText(s: string): string {
  let t = s;
  if (!LOOKS_HTML.test(t) && ESCAPED_HTML.test(t)) t = decodeEntities(t);
  t = dropElements(dropComments(t), ['script', 'style', 'head', 'template'])
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^<>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '')
    .replace(/<\/(?:tr|dt|dd|caption)\s*>/gi, '\n')
    .replace(/<(?:td|th)\b[^<>]*>/gi, ' ')
    .replace(new RegExp(`<\\/?(?:${BLOCK})(?:\\s[^<>]*)?\\/?>`, 'gi'), '\n\n')
    .replace(KNOWN_TAG, '');
  t = decodeEntities(t);
  return tidy(t);
}

/** Collapses spaces inside lines, trims lines, at most one blank line in a row. */
/** True when the text has something for tidy() to change besides leading/trailing whitespace. */
function untidy(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      const n = s.charCodeAt(i + 1);
      if (n === 32 || n === 10 || (i > 0 && s.charCodeAt(i - 1) === 10)) return true;
    } else if (c === 10) {
      if (s.charCodeAt(i + 1) === 10 && s.charCodeAt(i + 2) === 10) return true;
    } else if (
      c === 9 ||
      c === 13 ||
      c === 0xa0 ||
      (c >= 0x2000 && c <= 0x200b) ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000
    ) {
      return true;
    }
  }
  return false;
}

export function tidy(s: string): string {
  if (!untidy(s)) return s.trim();
  let t = s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
  // each maximal run of spaces is matched once (a `[ ]*[odd][ ]*` pattern backtracks through long runs)
  if (ODD_SPACE.test(t))
    t = t.replace(/[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, (run) => (ODD_SPACE.test(run) ? ' ' : run));
  if (t.includes('  ')) t = t.replace(/ {2,}/g, ' ');
  if (t.includes(' \n')) t = t.replace(/ +\n/g, '\n');
  if (t.includes('\n ')) t = t.replace(/\n +/g, '\n');
  if (t.includes('\n\n\n')) t = t.replace(/\n{3,}/g, '\n\n');
  return t.trim();
}
const ODD_SPACE = /[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]/;

export function markdownToText(s: string): string {
  let t = s;
  if (t.includes('```') || t.includes('~~~')) t = t.replace(/^[ \t]*(?:```|~~~)[^\n]*$/gm, '');
  if (t.includes('](')) {
    t = t
      .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '$1')
      .replace(/\[([^[\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1');
  }
  if (t.includes('][')) t = t.replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1');
  if (t.includes(']:')) t = t.replace(/^[ \t]*\[[^[\]\n]+\]:[ \t]+\S.*$/gm, '');
  if (t.includes('#')) t = t.replace(/^ {0,3}#{1,6}[ \t]+(.*)$/gm, (_all, rest: string) => headingText(rest));
  if (t.includes('---') || t.includes('***') || t.includes('___')) t = t.replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '');
  if (t.includes('>')) t = t.replace(/^ {0,3}>[ \t]?/gm, '');
  if (t.includes('*') || t.includes('+')) t = t.replace(/^([ \t]*)[*+][ \t]+/gm, '$1- ');
  if (t.includes('**')) t = unwrapPairs(t, '**');
  if (t.includes('__')) t = unwrapPairs(t, '__');
  if (t.includes('*')) t = t.replace(/(^|[\s(])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?=$|[\s).,;:!?])/gm, '$1$2');
  if (t.includes('_')) t = t.replace(/(^|[\s(])_(?=[^\s_])([^_\n]*?[^\s_])_(?=$|[\s).,;:!?])/gm, '$1$2');
  if (t.includes('~~')) t = unwrapPairs(t, '~~');
  if (t.includes('`')) t = t.replace(/`{1,3}([^`\n]+)`{1,3}/g, '$1');
  return t === s ? s : tidy(t);
}

/** HTML (when it looks like HTML) then Markdown, to plain text. */
export function toPlainText(s: string): string {
  return markdownToText(looksLikeHtml(s) ? htmlToText(s) : tidy(s));
}
