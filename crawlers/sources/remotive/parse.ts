/**
 * Remotive's public remote-jobs feed, `GET {baseUrl}[?category=...]` -> `{"0-legal-notice", "job-count",
 * jobs: [{id, url, title, company_name, category, tags, job_type, publication_date,
 * candidate_required_location, salary, description (HTML)}]}`. Every job is remote. Pure.
 * `salary` is free text ("$60k - $80k") -> `extra.pay_text`; the pipeline reads pay from it as from a pay field.
 */
import type { PostingInput } from '../../record.ts';
import { htmlToText } from '../../html.ts';
import { countryCode, isoTime, jobsArray, str } from '../ats/common.ts';
import { employmentOf } from '../../work-terms.ts';

/** The whole feed is `remotive`; a category feed `remotive:<category>`. */
export const remotiveSource = (category: string): string => (category ? `remotive:${category}` : 'remotive');

export function remotiveUrl(baseUrl: string, category: string): string {
  return category ? `${baseUrl}${baseUrl.includes('?') ? '&' : '?'}category=${encodeURIComponent(category)}` : baseUrl;
}

export function parseRemotive(body: unknown, category: string): PostingInput[] {
  const out: PostingInput[] = [];
  for (const raw of jobsArray(body, remotiveSource(category), 'jobs')) {
    if (raw === null || typeof raw !== 'object') continue;
    const j = raw as Record<string, unknown>;
    if (j.id === undefined || j.id === null) continue;
    const title = str(j.title);
    const where = str(j.candidate_required_location);
    out.push({
      id: String(j.id),
      source: remotiveSource(category),
      posted_at: isoTime(j.publication_date) ?? '',
      text: [title, str(j.description) ? htmlToText(j.description as string) : null].filter(Boolean).join('\n\n'),
      title,
      company: str(j.company_name),
      location: where ? `Remote (${where})` : 'Remote',
      country: countryCode(where),
      url: str(j.url),
      extra: {
        employment_type: str(j.job_type),
        remote: true,
        work_mode: 'remote',
        employment: employmentOf(j.job_type),
        pay_text: str(j.salary),
        category: str(j.category),
        tags: Array.isArray(j.tags) ? (j.tags as unknown[]).filter((t) => typeof t === 'string') : [],
        attribution: 'Remotive (remotive.com)',
      },
    });
  }
  return out;
}
