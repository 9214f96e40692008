/**
 * schema.org `JobPosting` in JSON-LD (pure): found at the top level, in arrays, inside `@graph` and nested
 * (e.g. an ItemList's `itemListElement[].item`). Sitemaps: `<loc>` of a urlset or a sitemapindex.
 */
import type { PostingInput } from '../../record.ts';
import { decodeEntities, htmlToText } from '../../html.ts';
import { countryCode, isoTime, str } from '../ats/common.ts';
import { jsonLdPay } from '../../pay.ts';
import { employmentOf, workModeOf } from '../../work-terms.ts';

export const jsonldName = (src: { name?: string; startUrls: string[] }): string =>
  src.name ?? new URL(src.startUrls[0]!).host;

const isJobPosting = (node: Record<string, unknown>): boolean => {
  const t = node['@type'];
  return t === 'JobPosting' || (Array.isArray(t) && t.includes('JobPosting'));
};

/** Every JobPosting node inside a parsed JSON-LD value (depth-limited walk). */
export function findJobPostings(
  value: unknown,
  depth = 0,
  out: Record<string, unknown>[] = [],
): Record<string, unknown>[] {
  if (depth > 8 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) findJobPostings(v, depth + 1, out);
    return out;
  }
  const node = value as Record<string, unknown>;
  if (isJobPosting(node)) {
    out.push(node);
    return out;
  }
  for (const v of Object.values(node)) if (v !== null && typeof v === 'object') findJobPostings(v, depth + 1, out);
  return out;
}

const name = (v: unknown): string | null =>
  str(v) ?? (v && typeof v === 'object' ? str((v as Record<string, unknown>).name) : null);

function place(loc: unknown): { text: string | null; country: string | null } {
  const first = Array.isArray(loc) ? loc[0] : loc;
  if (!first || typeof first !== 'object') return { text: str(first), country: null };
  const addr = (first as Record<string, unknown>).address;
  if (!addr || typeof addr !== 'object') return { text: str(addr) ?? name(first), country: null };
  const a = addr as Record<string, unknown>;
  const country = name(a.addressCountry);
  const parts = [str(a.addressLocality), str(a.addressRegion), country].filter(Boolean);
  return { text: parts.length ? parts.join(', ') : null, country: countryCode(country) };
}

function identifier(node: Record<string, unknown>): string | null {
  const id = node.identifier;
  if (typeof id === 'string' || typeof id === 'number') return String(id);
  if (id && typeof id === 'object') {
    const o = id as Record<string, unknown>;
    const v = o.value ?? o['@id'];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return str(node['@id']);
}

/** Descriptions come as HTML, entity-escaped HTML or plain text. */
function descriptionText(d: string): string {
  return htmlToText(!/<[a-z]/i.test(d) && /&lt;[a-z]/i.test(d) ? decodeEntities(d) : d);
}

export function toPosting(node: Record<string, unknown>, source: string, pageUrl: string): PostingInput {
  const title = str(node.title) ?? str(node.name);
  const loc = place(node.jobLocation);
  const remote = node.jobLocationType === 'TELECOMMUTE';
  const url = str(node.url) ?? pageUrl;
  const description = str(node.description);
  return {
    id: identifier(node) ?? url,
    source,
    posted_at: isoTime(node.datePosted) ?? '',
    text: [title, description ? descriptionText(description) : null].filter(Boolean).join('\n\n'),
    title,
    company: name(node.hiringOrganization),
    location: loc.text ?? (remote ? 'Remote' : null),
    country: loc.country,
    url,
    extra: {
      valid_through: str(node.validThrough),
      employment_type: Array.isArray(node.employmentType)
        ? node.employmentType.filter((t) => typeof t === 'string').join(', ') || null
        : str(node.employmentType),
      remote: remote || null,
      work_mode: workModeOf({ type: node.jobLocationType }),
      employment: employmentOf(node.employmentType),
      page_url: pageUrl,
      ...jsonLdPay(node.baseSalary),
    },
  };
}

/** Postings from the JSON-LD script texts of one page; a script that is not JSON is reported, not fatal. */
export function parseJsonLdScripts(
  scripts: string[],
  source: string,
  pageUrl: string,
): { postings: PostingInput[]; errors: string[] } {
  const postings: PostingInput[] = [];
  const errors: string[] = [];
  scripts.forEach((text, i) => {
    let value: unknown;
    try {
      value = JSON.parse(text.trim().replace(/^<!--|-->$/g, ''));
    } catch (err) {
      errors.push(`JSON-LD script ${i + 1}: malformed JSON (${(err as Error).message.slice(0, 80)})`);
      return;
    }
    for (const node of findJobPostings(value)) {
      // one bad posting (a value no converter expected) is that posting's error, not the page's
      try {
        postings.push(toPosting(node, source, pageUrl));
      } catch (err) {
        errors.push(`JSON-LD script ${i + 1}: a JobPosting could not be read (${(err as Error).message.slice(0, 80)})`);
      }
    }
  });
  return { postings, errors };
}

/** `<loc>` URLs of a sitemap; `index` true for a sitemapindex (its locs are sitemaps). */
export function parseSitemap(xml: string): { index: boolean; urls: string[] } {
  const index = /<sitemapindex[\s>]/i.test(xml);
  // `[^<]*` then trim: a lazy `([^<]+?)\s*` rescanned long whitespace runs (quadratic)
  const urls: string[] = [];
  for (const m of xml.matchAll(/<loc>([^<]*)<\/loc>/gi)) {
    const u = m[1]!.trim();
    if (u) urls.push(decodeEntities(u));
  }
  return { index, urls };
}
