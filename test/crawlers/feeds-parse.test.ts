import { describe, expect, it } from 'vitest';
import { parseWorkable, workableUrl } from '../../crawlers/sources/workable/parse.ts';
import { parseRecruitee, recruiteeUrl } from '../../crawlers/sources/recruitee/parse.ts';
import {
  parseSmartRecruitersList,
  parseSmartRecruitersPosting,
  smartrecruitersUrl,
} from '../../crawlers/sources/smartrecruiters/parse.ts';
import { parseRemotive, remotiveUrl } from '../../crawlers/sources/remotive/parse.ts';
import { arbeitnowUrl, parseArbeitnow } from '../../crawlers/sources/arbeitnow/parse.ts';
import { BoardShapeError } from '../../crawlers/sources/ats/common.ts';
import { validateRecord } from '../../crawlers/record.ts';
import { fixture } from './helpers.ts';

const valid = (p: { extra?: Record<string, unknown> }) => {
  const { extra, ...fields } = p as Record<string, unknown> & { extra?: Record<string, unknown> };
  return validateRecord({ ...extra, ...fields }).ok;
};

describe('parsers of the new source types, on fixtures in each API documented shape', () => {
  it('Workable widget API', () => {
    expect(workableUrl('https://apply.workable.com/api/v1/widget/accounts/', 'acme')).toBe(
      'https://apply.workable.com/api/v1/widget/accounts/acme?details=true',
    );
    const ps = parseWorkable(fixture('workable_acme.json'), 'acme');
    expect(ps).toHaveLength(2);
    expect(ps[0]).toMatchObject({
      id: 'A1B2C3D4E5',
      source: 'workable:acme',
      posted_at: '2025-03-10',
      title: 'Senior Backend Engineer',
      company: 'Acme Robotics',
      location: 'Berlin, Berlin, Germany',
      country: 'DE',
      url: 'https://apply.workable.com/j/A1B2C3D4E5',
      text: 'Senior Backend Engineer\n\nWe use Go and PostgreSQL.\n- Kubernetes',
      extra: { employment_type: 'Full-time', remote: true, department: 'Engineering', experience: 'Mid-Senior level' },
    });
    expect(ps[1]).toMatchObject({ country: 'GR', extra: { remote: false, employment_type: 'Part-time' } });
    expect(ps.every(valid)).toBe(true);
    expect(() => parseWorkable({ error: 'not found' }, 'x')).toThrow(BoardShapeError);
  });

  it('Recruitee offers API (salary as extra.pay, remote/hybrid flags)', () => {
    expect(recruiteeUrl('https://{company}.recruitee.com/api/offers/', 'acme')).toBe(
      'https://acme.recruitee.com/api/offers/',
    );
    expect(recruiteeUrl('http://127.0.0.1:5/rt', 'acme')).toBe('http://127.0.0.1:5/rt/acme/api/offers/');
    const ps = parseRecruitee(fixture('recruitee_acme.json'), 'acme');
    expect(ps).toHaveLength(2);
    expect(ps[0]).toMatchObject({
      id: '1501',
      source: 'recruitee:acme',
      posted_at: '2025-03-01T10:00:00.000Z',
      company: 'Acme BV',
      location: 'Amsterdam, Netherlands',
      country: 'NL',
      url: 'https://acme.recruitee.com/o/frontend-engineer',
      text: 'Frontend Engineer\n\nReact and TypeScript.\n\n- 3+ years with React',
      extra: {
        employment_type: 'fulltime_permanent',
        remote: false,
        hybrid: true,
        department: 'Product',
        pay: [{ min: 60000, max: 80000, currency: 'EUR', period: 'year', field: 'salary' }],
        pay_rejected: null,
      },
    });
    expect(ps[1]).toMatchObject({
      country: null,
      location: 'Remote',
      extra: { remote: true, pay: null, pay_rejected: null, employment_type: 'contract' },
    });
    expect(ps.every(valid)).toBe(true);
    expect(() => parseRecruitee([], 'x')).toThrow(BoardShapeError);
  });

  it('SmartRecruiters postings: listing pages name postings, a posting carries the job ad', () => {
    const url = smartrecruitersUrl('https://api.smartrecruiters.com/v1/companies', 'acme');
    expect(url).toBe('https://api.smartrecruiters.com/v1/companies/acme/postings?limit=100&offset=0');
    const page = parseSmartRecruitersList(fixture('smartrecruiters_acme_list.json'), 'acme', url);
    expect(page.postings).toEqual([]);
    expect(page.next).toBeNull();
    expect(page.details).toEqual([
      {
        id: '744000050000001',
        url: 'https://api.smartrecruiters.com/v1/companies/acme/postings/744000050000001',
        version: '2025-03-05T10:11:12.000Z',
      },
      {
        id: '744000050000002',
        url: 'https://api.smartrecruiters.com/v1/companies/acme/postings/744000050000002',
        version: '2025-02-20T08:00:00.000Z',
      },
    ]);
    const more = parseSmartRecruitersList(
      {
        offset: 0,
        limit: 100,
        totalFound: 250,
        content: Array.from({ length: 100 }, (_, i) => ({ id: String(i), releasedDate: 'x' })),
      },
      'acme',
      url,
    );
    expect(more.next).toBe('https://api.smartrecruiters.com/v1/companies/acme/postings?limit=100&offset=100');
    const p = parseSmartRecruitersPosting(fixture('smartrecruiters_acme_posting.json'), 'acme', page.details![0]!);
    expect(p).toMatchObject({
      id: '744000050000001',
      source: 'smartrecruiters:acme',
      posted_at: '2025-03-05T10:11:12.000Z',
      title: 'Data Engineer',
      company: 'Acme Group',
      location: 'Lisbon, Lisbon, Portugal',
      country: 'PT',
      url: 'https://jobs.smartrecruiters.com/Acme/744000050000001-data-engineer',
      extra: {
        employment_type: 'Full-time',
        experience_level: 'Mid-Senior Level',
        department: 'Data',
        remote: false,
        hybrid: true,
      },
    });
    expect(p.text).toBe(
      'Data Engineer\n\nBuild pipelines with Spark and Airflow.\n\n- Python\n- SQL\n\nHybrid, 2 days in the office.\n\nAcme Group makes things.',
    );
    expect(valid(p)).toBe(true);
    expect(() => parseSmartRecruitersList({ message: 'Company not found' }, 'x', url)).toThrow(BoardShapeError);
  });

  it('Remotive feed: every job remote, salary text kept as pay_text, attribution kept', () => {
    expect(remotiveUrl('https://remotive.com/api/remote-jobs', 'software-dev')).toBe(
      'https://remotive.com/api/remote-jobs?category=software-dev',
    );
    const ps = parseRemotive(fixture('remotive_feed.json'), '');
    expect(ps).toHaveLength(2);
    expect(ps[0]).toMatchObject({
      id: '1901234',
      source: 'remotive',
      posted_at: '2025-03-02T12:00:48',
      company: 'Globex',
      location: 'Remote (Europe)',
      country: null,
      url: 'https://remotive.com/remote-jobs/software-dev/senior-python-developer-1901234',
      text: 'Senior Python Developer\n\nPython, Django and AWS.',
      extra: {
        employment_type: 'full_time',
        remote: true,
        pay_text: '$90k - $120k',
        category: 'Software Development',
        tags: ['python', 'django', 'aws'],
      },
    });
    expect(ps[1]).toMatchObject({ country: 'US', extra: { pay_text: null } });
    expect(ps.every(valid)).toBe(true);
  });

  it('Arbeitnow pages: Unix-seconds dates, next page built from the base URL only', () => {
    const base = 'https://www.arbeitnow.com/api/job-board-api';
    const one = parseArbeitnow(fixture('arbeitnow_page1.json'), base);
    expect(one.next).toBe(arbeitnowUrl(base, 2));
    expect(one.postings[0]).toMatchObject({
      id: 'backend-developer-php-berlin-123456',
      source: 'arbeitnow',
      posted_at: '2025-03-01T10:00:00.000Z',
      company: 'Beispiel GmbH',
      location: 'Berlin',
      extra: { employment_type: 'full time', remote: false, tags: ['Software Development'] },
    });
    const two = parseArbeitnow(fixture('arbeitnow_page2.json'), 'http://127.0.0.1:1/an');
    expect(two.next).toBeNull();
    expect(two.postings[0]).toMatchObject({ extra: { remote: true, employment_type: 'full time, working student' } });
    // a next link to another host is not followed as such: the page number is applied to our base URL
    const other = parseArbeitnow(
      { ...(fixture('arbeitnow_page1.json') as object), links: { next: 'https://evil.example/x?page=2' } },
      'http://127.0.0.1:1/an',
    );
    expect(other.next).toBe('http://127.0.0.1:1/an?page=2');
  });
});
