/**
 * Arbeitnow's public job-board API, `GET {baseUrl}?page=N` -> `{data: [{slug, company_name, title,
 * description (HTML), remote, url, tags, job_types, location, created_at (Unix seconds)}], links: {next},
 * meta: {current_page, per_page, terms, info}}`. Pure. The next page is built from `baseUrl` (a `links.next`
 * pointing elsewhere is not followed).
 */
import type { PostingInput } from '../../record.ts';
import { htmlToText } from '../../html.ts';
import { isoTime, jobsArray, str } from '../ats/common.ts';
import type { ListingPage } from '../ats/crawl.ts';
import { employmentOf, workModeOf } from '../../work-terms.ts';

export const ARBEITNOW_SOURCE = 'arbeitnow';

export function arbeitnowUrl(baseUrl: string, page = 1): string {
  return `${baseUrl}${baseUrl.includes('?') ? '&' : '?'}page=${page}`;
}

export function parseArbeitnow(body: unknown, baseUrl: string): ListingPage {
  const postings: PostingInput[] = [];
  for (const raw of jobsArray(body, ARBEITNOW_SOURCE, 'data')) {
    if (raw === null || typeof raw !== 'object') continue;
    const j = raw as Record<string, unknown>;
    const id = str(j.slug);
    if (!id) continue;
    const title = str(j.title);
    const remote = typeof j.remote === 'boolean' ? j.remote : null;
    const created = typeof j.created_at === 'number' ? j.created_at * 1000 : j.created_at;
    postings.push({
      id,
      source: ARBEITNOW_SOURCE,
      posted_at: isoTime(created) ?? '',
      text: [title, str(j.description) ? htmlToText(j.description as string) : null].filter(Boolean).join('\n\n'),
      title,
      company: str(j.company_name),
      location: str(j.location) ?? (remote ? 'Remote' : null),
      country: null,
      url: str(j.url),
      extra: {
        employment_type: Array.isArray(j.job_types)
          ? (j.job_types as unknown[]).filter((t) => typeof t === 'string').join(', ') || null
          : null,
        remote,
        work_mode: workModeOf({ remote }),
        employment: employmentOf(j.job_types),
        tags: Array.isArray(j.tags) ? (j.tags as unknown[]).filter((t) => typeof t === 'string') : [],
        attribution: 'Arbeitnow (arbeitnow.com)',
      },
    });
  }
  const o = body as Record<string, unknown>;
  const links = (o.links ?? {}) as Record<string, unknown>;
  const meta = (o.meta ?? {}) as Record<string, unknown>;
  const page = typeof meta.current_page === 'number' ? meta.current_page : 1;
  const next = str(links.next) && postings.length > 0 ? arbeitnowUrl(baseUrl, page + 1) : null;
  return { postings, next };
}
