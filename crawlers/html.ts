/**
 * HTML to plain text, the way the shared HN corpus was converted: `<p>` becomes a blank line, `<br>` a line
 * break, links become their visible text, other tags are removed, entities decoded last (so text a poster
 * wrote in angle brackets, escaped as `&lt;at&gt;`, stays literally `<at>`). Block tags of ATS descriptions
 * (`div`, `li`, headings) end a line. Linear in the input's length: a tag never holds `<` or `>`, and
 * script/style elements and comments are cut by forward searches that never rescan (a JSON-LD description
 * of `<a` x 200,000 once hung a crawl).
 */
const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  rsquo: '\u2019',
  lsquo: '\u2018',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  deg: '\u00b0',
  times: '\u00d7',
  eacute: '\u00e9',
  egrave: '\u00e8',
  aacute: '\u00e1',
  agrave: '\u00e0',
  oacute: '\u00f3',
  iacute: '\u00ed',
  uacute: '\u00fa',
  ntilde: '\u00f1',
  ccedil: '\u00e7',
  uuml: '\u00fc',
  ouml: '\u00f6',
  auml: '\u00e4',
  szlig: '\u00df',
  laquo: '\u00ab',
  raquo: '\u00bb',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  rarr: '\u2192',
  larr: '\u2190',
};

/** Decodes named (common set), decimal and hex character references; unknown names stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[ref] ?? named[ref.toLowerCase()] ?? whole;
  });
}

const block = /<\/(?:div|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|header|footer)\s*>/gi;

export function htmlToText(html: string): string {
  let s = html.replace(/\r\n?/g, '\n');
  s = dropElements(s, ['script', 'style']);
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/p\s*>/gi, '');
  s = s.replace(/<p(?:\s[^<>]*)?>/gi, '\n\n');
  s = s.replace(/<li(?:\s[^<>]*)?>/gi, '\n- ');
  s = s.replace(block, '\n');
  s = s.replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  s = dropComments(s);
  s = decodeEntities(s);
  // each run of spaces is matched once: `[ \t]+\n` would rescan a long run not followed by a newline
  s = s.replace(/[ \t\u00a0]+(\n)?/g, (run, nl: string | undefined) => (nl ? '\n' : run)).replace(/\n{3,}/g, '\n\n');
  return s.trim();
}

/** Removes `<!-- ... -->`; an unclosed `<!--` stays. One forward pass. */
function dropComments(s: string): string {
  let out = '';
  let at = 0;
  for (let i = s.indexOf('<!--'); i >= 0; i = s.indexOf('<!--', at)) {
    const end = s.indexOf('-->', i + 4);
    if (end < 0) break;
    out += s.slice(at, i);
    at = end + 3;
  }
  return at === 0 ? s : out + s.slice(at);
}

/** Removes `<name ...>...</name>` elements; an opening with no closing stays (searched for once per name). */
function dropElements(s: string, names: string[]): string {
  const open = new RegExp(`<(${names.join('|')})\\b[^<>]*>`, 'gi');
  const absentFrom = new Map<string, number>();
  let out = '';
  let at = 0;
  for (let m = open.exec(s); m; m = open.exec(s)) {
    const name = m[1]!.toLowerCase();
    if (open.lastIndex >= (absentFrom.get(name) ?? Infinity)) continue;
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = open.lastIndex;
    if (!close.exec(s)) {
      absentFrom.set(name, open.lastIndex);
      continue;
    }
    out += s.slice(at, m.index);
    at = open.lastIndex = close.lastIndex;
  }
  return at === 0 ? s : out + s.slice(at);
}

/** The first non-empty line of a text (HN: `Company | Role | Place | ...`). */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}
