/**
 * HTML to plain text, the way the shared HN corpus was converted: `<p>` becomes a blank line, `<br>` a line
 * break, links become their visible text, other tags are removed, entities decoded last (so text a poster
 * wrote in angle brackets, escaped as `&lt;at&gt;`, stays literally `<at>`). Block tags of ATS descriptions
 * (`div`, `li`, headings) end a line.
 */
const named: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '\u2014', ndash: '\u2013',
  hellip: '\u2026', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201c', rdquo: '\u201d', bull: '\u2022',
  middot: '\u00b7', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', euro: '\u20ac', pound: '\u00a3',
  yen: '\u00a5', cent: '\u00a2', deg: '\u00b0', times: '\u00d7', eacute: '\u00e9', egrave: '\u00e8',
  aacute: '\u00e1', agrave: '\u00e0', oacute: '\u00f3', iacute: '\u00ed', uacute: '\u00fa', ntilde: '\u00f1',
  ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', szlig: '\u00df', laquo: '\u00ab',
  raquo: '\u00bb', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', rarr: '\u2192', larr: '\u2190',
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
  s = s.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/p\s*>/gi, '');
  s = s.replace(/<p(?:\s[^>]*)?>/gi, '\n\n');
  s = s.replace(/<li(?:\s[^>]*)?>/gi, '\n- ');
  s = s.replace(block, '\n');
  s = s.replace(/<\/?[a-zA-Z][^>]*>/g, '');
  s = s.replace(/<!--[\s\S]*?-->/g, '');
  s = decodeEntities(s);
  s = s.replace(/[ \t\u00a0]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  return s.trim();
}

/** The first non-empty line of a text (HN: `Company | Role | Place | ...`). */
export function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}
