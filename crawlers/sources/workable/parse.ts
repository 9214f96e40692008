/**
 * Workable's public widget API, `GET {baseUrl}/{account}?details=true` ->
 * `{name, description, jobs: [{shortcode, title, description (HTML), employment_type, telecommuting,
 * department, url, published_on, created_at, country, city, state, experience, locations: [{countryCode...}],
 * salary?: {salary_from, salary_to, salary_currency}}]}`. Pure. `salary` -> `extra.pay` (crawlers/pay.ts).
 */
import type { PostingInput } from '../../record.ts';
import { htmlToText } from '../../html.ts';
import { countryCode, isoTime, jobsArray, str } from '../ats/common.ts';
import { workablePay } from '../../pay.ts';
import { employmentOf, workModeOf } from '../../work-terms.ts';

export const workableSource = (account: string): string => `workable:${account}`;

export function workableUrl(baseUrl: string, account: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(account)}?details=true`;
}

export function parseWorkable(body: unknown, account: string): PostingInput[] {
  const out: PostingInput[] = [];
  const company = body && typeof body === 'object' ? str((body as Record<string, unknown>).name) : null;
  for (const raw of jobsArray(body, workableSource(account), 'jobs')) {
    if (raw === null || typeof raw !== 'object') continue;
    const j = raw as Record<string, unknown>;
    const id = str(j.shortcode) ?? str(j.id);
    if (!id) continue;
    const title = str(j.title);
    const desc = str(j.description) ? htmlToText(j.description as string) : '';
    const locs = Array.isArray(j.locations) ? (j.locations as Record<string, unknown>[]) : [];
    const loc0 = locs.find((l) => l && l.hidden !== true) ?? locs[0] ?? null;
    const location =
      [str(j.city) ?? str(loc0?.city), str(j.state) ?? str(loc0?.region), str(j.country) ?? str(loc0?.country)]
        .filter(Boolean)
        .join(', ') || null;
    const remote = typeof j.telecommuting === 'boolean' ? j.telecommuting : null;
    out.push({
      id,
      source: workableSource(account),
      posted_at: isoTime(j.published_on) ?? isoTime(j.created_at) ?? '',
      text: [title, desc].filter(Boolean).join('\n\n'),
      title,
      company: company ?? account,
      location: location ?? (remote ? 'Remote' : null),
      country: countryCode(loc0?.countryCode) ?? countryCode(j.country),
      url: str(j.url) ?? str(j.shortlink),
      extra: {
        employment_type: str(j.employment_type),
        remote,
        work_mode: workModeOf({ remote }),
        employment: employmentOf(j.employment_type),
        department: str(j.department),
        experience: str(j.experience),
        ...workablePay(j.salary),
      },
    });
  }
  return out;
}
