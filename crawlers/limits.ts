/**
 * Limits of the posting record (docs/security.md): what one record, line or page may hold. A value past a
 * limit is rejected with a reason naming the field and the limit; nothing past it is parsed or stored.
 */
export const LIMITS = {
  /** Earliest and latest year of `posted_at` / `month` (a 0001 or 9999 date is a typo or an attack). */
  minYear: 1970,
  maxYear: 2100,
  /** Characters of `id` (no control characters allowed). */
  idChars: 512,
  /** Bytes of `source` as UTF-8 (it names a folder: at most 200 bytes once percent-encoded, too). */
  sourceBytes: 120,
  /** Characters of `text`. */
  textChars: 2_000_000,
  /** Characters of each other string field (title, company, location, url). */
  fieldChars: 10_000,
  /** Nesting depth of an extra attribute (objects and arrays). */
  extraDepth: 32,
  /** Characters of one import line (JSONL) or CSV record, checked while streaming. */
  lineChars: 8 * 1024 * 1024,
  /** Bytes of one crawled page or sitemap body. */
  pageBytes: 10 * 1024 * 1024,
  /** Bytes of one sitemap body. */
  sitemapBytes: 50 * 1024 * 1024,
} as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** True when a string holds a control character (tab, newline, NUL, C1, line/paragraph separators). */
export const hasControl = (s: string): boolean => CONTROL.test(s);

/**
 * Nesting depth of a JSON-like value (a scalar is 0), without recursion; stops counting past `cap`
 * so a 10,000-level value costs no more than `cap` levels of work per branch.
 */
export function depthOf(value: unknown, cap: number): number {
  if (value === null || typeof value !== 'object') return 0;
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > cap) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>))
      if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
  }
  return max;
}
