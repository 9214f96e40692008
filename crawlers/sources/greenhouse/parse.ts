/**
 * Greenhouse Job Board API, `GET {baseUrl}/{board}/jobs?content=true&pay_transparency=true` -> `{jobs:[...]}`.
 * Pure. `pay_input_ranges` -> `extra.pay` (crawlers/pay.ts).
 * `content` is entity-escaped HTML (`&lt;p&gt;`): decoded once to HTML, then to text.
 */
import type { PostingInput } from '../../record.ts';
import { decodeEntities, htmlToText } from '../../html.ts';
import { countryCode, isoTime, jobsArray, str } from '../ats/common.ts';
import { greenhousePay } from '../../pay.ts';

export const greenhouseSource = (board: string): string => `greenhouse:${board}`;

export function greenhouseUrl(baseUrl: string, board: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(board)}/jobs?content=true&pay_transparency=true`;
}

export function parseGreenhouse(body: unknown, board: string): PostingInput[] {
  const out: PostingInput[] = [];
  for (const raw of jobsArray(body, `greenhouse:${board}`, 'jobs')) {
    if (raw === null || typeof raw !== 'object') continue;
    const j = raw as Record<string, unknown>;
    if (j.id === undefined || j.id === null) continue;
    const html = decodeEntities(typeof j.content === 'string' ? j.content : '');
    const location = str((j.location as Record<string, unknown> | null)?.name);
    const title = str(j.title);
    const text = [title, htmlToText(html)].filter(Boolean).join('\n\n');
    const offices = Array.isArray(j.offices) ? (j.offices as Record<string, unknown>[]) : [];
    const officeLoc = str(offices[0]?.location);
    const departments = Array.isArray(j.departments)
      ? (j.departments as Record<string, unknown>[]).map((d) => str(d?.name)).filter(Boolean)
      : [];
    out.push({
      id: String(j.id),
      source: greenhouseSource(board),
      posted_at: isoTime(j.first_published) ?? isoTime(j.updated_at) ?? '',
      text,
      title,
      company: str(j.company_name) ?? board,
      location,
      country: countryCode(officeLoc?.split(',').at(-1)),
      url: str(j.absolute_url),
      extra: { departments, updated_at: str(j.updated_at), ...greenhousePay(j.pay_input_ranges) },
    });
  }
  return out;
}
