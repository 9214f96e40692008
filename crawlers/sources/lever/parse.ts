/**
 * Lever Postings API, `GET {baseUrl}/{company}?mode=json` -> a JSON array. Pure.
 * `createdAt` is epoch milliseconds; `text` is the job title. `salaryRange` -> `extra.pay` (crawlers/pay.ts),
 * `salaryDescriptionPlain` -> `extra.pay_text` (the pipeline reads pay from it as from a pay field).
 */
import type { PostingInput } from '../../record.ts';
import { htmlToText } from '../../html.ts';
import { countryCode, isoTime, jobsArray, str } from '../ats/common.ts';
import { leverPay } from '../../pay.ts';
import { employmentOf, workModeOf } from '../../work-terms.ts';

export const leverSource = (company: string): string => `lever:${company}`;

export function leverUrl(baseUrl: string, company: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(company)}?mode=json`;
}

export function parseLever(body: unknown, company: string): PostingInput[] {
  const out: PostingInput[] = [];
  for (const raw of jobsArray(body, `lever:${company}`, null)) {
    if (raw === null || typeof raw !== 'object') continue;
    const j = raw as Record<string, unknown>;
    if (!str(j.id)) continue;
    const cat = (j.categories ?? {}) as Record<string, unknown>;
    const parts: string[] = [];
    const title = str(j.text);
    if (title) parts.push(title);
    const desc = str(j.descriptionPlain) ?? (str(j.description) ? htmlToText(j.description as string) : null);
    if (desc) parts.push(desc);
    if (Array.isArray(j.lists))
      for (const l of j.lists as Record<string, unknown>[]) {
        const head = str(l?.text);
        const body = str(l?.content) ? htmlToText(l.content as string) : null;
        if (head || body) parts.push([head, body].filter(Boolean).join('\n'));
      }
    const more = str(j.additionalPlain) ?? (str(j.additional) ? htmlToText(j.additional as string) : null);
    if (more) parts.push(more);
    out.push({
      id: j.id as string,
      source: leverSource(company),
      posted_at: isoTime(j.createdAt) ?? '',
      text: parts.join('\n\n'),
      title,
      company,
      location: str(cat.location),
      country: countryCode(j.country),
      url: str(j.hostedUrl),
      extra: {
        team: str(cat.team),
        department: str(cat.department),
        commitment: str(cat.commitment),
        workplace_type: str(j.workplaceType),
        work_mode: workModeOf({ type: j.workplaceType }),
        employment: employmentOf(cat.commitment),
        ...leverPay(j.salaryRange),
        pay_text: str(j.salaryDescriptionPlain),
      },
    });
  }
  return out;
}
