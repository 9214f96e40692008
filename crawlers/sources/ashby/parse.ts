/**
 * Ashby Posting API, `GET {baseUrl}/{board}?includeCompensation=true` -> `{jobs:[...]}`. Pure.
 * Unlisted jobs (`isListed: false`) are skipped. Salary components of `compensation` -> `extra.pay` (crawlers/pay.ts).
 */
import type { PostingInput } from '../../record.ts';
import { htmlToText } from '../../html.ts';
import { countryCode, isoTime, jobsArray, str } from '../ats/common.ts';
import { ashbyPay } from '../../pay.ts';
import { employmentOf, workModeOf } from '../../work-terms.ts';

export const ashbySource = (board: string): string => `ashby:${board}`;

export function ashbyUrl(baseUrl: string, board: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(board)}?includeCompensation=true`;
}

export function parseAshby(body: unknown, board: string): PostingInput[] {
  const out: PostingInput[] = [];
  for (const raw of jobsArray(body, `ashby:${board}`, 'jobs')) {
    if (raw === null || typeof raw !== 'object') continue;
    const j = raw as Record<string, unknown>;
    if (!str(j.id) || j.isListed === false) continue;
    const title = str(j.title);
    const desc = str(j.descriptionPlain) ?? (str(j.descriptionHtml) ? htmlToText(j.descriptionHtml as string) : '');
    const postal = ((j.address as Record<string, unknown> | null)?.postalAddress ?? null) as Record<
      string,
      unknown
    > | null;
    out.push({
      id: j.id as string,
      source: ashbySource(board),
      posted_at: isoTime(j.publishedAt) ?? '',
      text: [title, desc].filter(Boolean).join('\n\n'),
      title,
      company: board,
      location: str(j.location),
      country: countryCode(postal?.addressCountry),
      url: str(j.jobUrl),
      extra: {
        department: str(j.department),
        team: str(j.team),
        employment_type: str(j.employmentType),
        is_remote: typeof j.isRemote === 'boolean' ? j.isRemote : null,
        workplace_type: str(j.workplaceType),
        work_mode: workModeOf({ type: j.workplaceType, remote: j.isRemote }),
        employment: employmentOf(j.employmentType),
        ...ashbyPay(j.compensation),
      },
    });
  }
  return out;
}
