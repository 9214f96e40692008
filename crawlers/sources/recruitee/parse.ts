/**
 * Recruitee's public careers API, `GET https://{company}.recruitee.com/api/offers/` ->
 * `{offers: [{id, slug, title, description, requirements (HTML), location, city, country, country_code,
 * remote, hybrid, on_site, employment_type_code, department, careers_url, published_at, created_at,
 * salary: {min, max, period, currency}}]}`. Pure.
 */
import type { PostingInput } from '../../record.ts';
import { htmlToText } from '../../html.ts';
import { countryCode, isoTime, jobsArray, str } from '../ats/common.ts';
import { recruiteePay } from '../../pay.ts';
import { employmentOf, workModeOf } from '../../work-terms.ts';

export const recruiteeSource = (company: string): string => `recruitee:${company}`;

/** `{company}` in the base URL is the company's own host; otherwise the company is a path segment. */
export function recruiteeUrl(baseUrl: string, company: string): string {
  const c = encodeURIComponent(company);
  return baseUrl.includes('{company}')
    ? baseUrl.replaceAll('{company}', c)
    : `${baseUrl.replace(/\/+$/, '')}/${c}/api/offers/`;
}

const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

export function parseRecruitee(body: unknown, company: string): PostingInput[] {
  const out: PostingInput[] = [];
  for (const raw of jobsArray(body, recruiteeSource(company), 'offers')) {
    if (raw === null || typeof raw !== 'object') continue;
    const j = raw as Record<string, unknown>;
    if (j.id === undefined || j.id === null) continue;
    if (j.status !== undefined && j.status !== 'published') continue;
    const title = str(j.title);
    const parts = [
      title,
      str(j.description) ? htmlToText(j.description as string) : null,
      str(j.requirements) ? htmlToText(j.requirements as string) : null,
    ];
    out.push({
      id: String(j.id),
      source: recruiteeSource(company),
      posted_at: isoTime(j.published_at) ?? isoTime(j.created_at) ?? '',
      text: parts.filter(Boolean).join('\n\n'),
      title,
      company: str(j.company_name) ?? company,
      location: str(j.location) ?? ([str(j.city), str(j.country)].filter(Boolean).join(', ') || null),
      country: countryCode(j.country_code) ?? countryCode(j.country),
      url: str(j.careers_url),
      extra: {
        employment_type: str(j.employment_type_code),
        remote: bool(j.remote),
        hybrid: bool(j.hybrid),
        work_mode: workModeOf({ remote: j.remote, hybrid: j.hybrid, onsite: j.on_site }),
        employment: employmentOf(j.employment_type_code),
        department: str(j.department),
        ...recruiteePay(j.salary),
      },
    });
  }
  return out;
}
