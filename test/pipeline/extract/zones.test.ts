import { describe, it, expect } from 'vitest';
import { cueZone, headingZone, segmentAt, zonePosting, type Zone } from '../../../pipeline/extract/zones.ts';

/** [zone, text] for each segment, blank segments skipped. */
const zones = (text: string): [Zone, string][] =>
  zonePosting(text).map((s) => [s.zone, text.slice(s.start, s.end).trim()]);
const zoneOf = (text: string, needle: string): Zone => {
  const seg = segmentAt(zonePosting(text), text.indexOf(needle));
  if (!seg) throw new Error(`no segment at "${needle}"`);
  return seg.zone;
};

// Fixtures written for these tests in the shapes real postings use (not copied from any posting).
const HN_ONE_LINER = 'Quillbyte | Senior Backend Engineer | Go, Postgres | Remote (EU) | https://quillbyte.example';

const HN_LONG = `Quillbyte | Backend Engineer | Berlin or Remote | Full-time

Quillbyte is a fast-growing fintech that helps small shops get paid. We're backed by Example Ventures and our customers include Acme and Globex.

You will build our payment APIs in Go and run them on Kubernetes. Our stack: Go, PostgreSQL, Kafka.

You have 3+ years of experience with distributed systems. Bonus points if you know Rust.

We offer a competitive salary, equity and 30 days of vacation.

To apply, email jobs@quillbyte.example and mention HN.`;

const ATS_HTML = `<h2>About us</h2><p>We are a robotics company building warehouse robots.</p>
<h2>What you'll do</h2><ul><li>Write C++ for our motion planner</li><li>Own the ROS 2 stack</li></ul>
<h3>Requirements</h3><ul><li>5+ years of C++</li><li>Linux</li></ul>
<h3>Nice to have</h3><ul><li>CUDA</li></ul>
<h3>Benefits</h3><ul><li>Health insurance</li><li>MacBook Pro</li></ul>
<p><strong>Equal Opportunity Employer</strong></p><p>We are an equal opportunity employer and value diversity.</p>`;

const MARKDOWN = `**Who we are**
We're a small team of engineers.

**What we're looking for:**
- Experience with TypeScript
- You enjoy writing tests

**Perks**
- Remote first`;

describe('zoning: HN one-liners', () => {
  it('a first line with | is the header', () => {
    expect(zones(HN_ONE_LINER)).toEqual([['header', HN_ONE_LINER]]);
  });
  it('a one-line posting without | is classified by its cues', () => {
    expect(zones('We are hiring engineers with experience in Go.')[0]![0]).toBe('requirements');
  });
});

describe('zoning: HN long form by cue phrases', () => {
  it.each([
    ['Quillbyte | Backend Engineer', 'header'],
    ['is a fast-growing fintech', 'company'],
    ['backed by Example Ventures', 'company'],
    ['You will build our payment APIs', 'role'],
    ['Our stack: Go', 'role'],
    ['You have 3+ years', 'requirements'],
    ['Bonus points if you know Rust', 'nice_to_have'],
    ['We offer a competitive salary', 'benefits'],
    ['To apply, email', 'apply'],
  ] as const)('"%s" -> %s', (needle, zone) => expect(zoneOf(HN_LONG, needle)).toBe(zone));
  it('segments cover the text in order and do not overlap', () => {
    const segs = zonePosting(HN_LONG);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBeGreaterThanOrEqual(segs[i - 1]!.end);
    expect(segs.every((s) => s.end > s.start)).toBe(true);
  });
});

describe('zoning: ATS HTML with headings', () => {
  it.each([
    ['warehouse robots', 'company'],
    ['Write C++', 'role'],
    ['Own the ROS 2', 'role'],
    ['5+ years of C++', 'requirements'],
    ['Linux', 'requirements'],
    ['CUDA', 'nice_to_have'],
    ['MacBook Pro', 'benefits'],
    ['value diversity', 'legal'],
  ] as const)('"%s" -> %s', (needle, zone) => expect(zoneOf(ATS_HTML, needle)).toBe(zone));
  it('Markdown bold headings and bullet runs under them', () => {
    expect(zoneOf(MARKDOWN, 'small team of engineers')).toBe('company');
    expect(zoneOf(MARKDOWN, 'Experience with TypeScript')).toBe('requirements');
    expect(zoneOf(MARKDOWN, 'You enjoy writing tests')).toBe('requirements');
    expect(zoneOf(MARKDOWN, 'Remote first')).toBe('benefits');
  });
  it('"Label: text" at the start of a block zones that block', () => {
    const t = 'What we do: Acme ships parcels.\n\nWhat you would do: maintain our ETL pipeline.';
    expect(zoneOf(t, 'Acme ships')).toBe('company');
    expect(zoneOf(t, 'maintain our ETL')).toBe('role');
  });
  it('prose with its own cue ends a heading run', () => {
    const t =
      'What we offer:\n\n- Stock options\n\n- Unlimited vacation\n\nWe are looking for engineers with experience in Ruby on Rails, Linux and Docker, in all of these roles.';
    expect(zoneOf(t, 'Stock options')).toBe('benefits');
    expect(zoneOf(t, 'Ruby on Rails')).toBe('requirements');
  });
});

describe('zoning: heading and cue classifiers', () => {
  it.each([
    ['Requirements', 'requirements'],
    ['What you will do', 'role'],
    ['Nice to have', 'nice_to_have'],
    ['Bonus', 'nice_to_have'],
    ['What we offer', 'benefits'],
    ['Perks', 'benefits'],
    ['About us', 'company'],
    ['How to apply', 'apply'],
    ['Equal opportunity', 'legal'],
  ] as const)('heading "%s" -> %s', (h, z) => expect(headingZone(h)).toBe(z));
  it('a heading naming no part is not a heading', () => expect(headingZone('Berlin')).toBeNull());
  it.each([
    ['We are a Series B startup.', 'company'],
    ['Our customers include banks.', 'company'],
    ['You will own the API.', 'role'],
    ['You have shipped React apps.', 'requirements'],
    ['Kafka is a plus.', 'nice_to_have'],
    ['We offer equity.', 'benefits'],
    ['Email me at a@b.example.', 'apply'],
    ['We are an equal opportunity employer.', 'legal'],
    ['A quick summary of the benefits of working at Acme:', 'benefits'],
    ['You get the stability and benefits of an established business.', 'benefits'],
  ] as const)('cue in "%s" -> %s', (s, z) => expect(cueZone(s)?.[0]).toBe(z));
  // "benefits" that a company brings to the world is no benefits cue (its sentence kept the hire's stack out)
  it.each([
    'We are firm believers in the benefits of open source and use Python.',
    'Our mission is to bring the benefits of prescriptive analytics to farms.',
    'We deliver the benefits of self-driving technology to cities.',
  ])('no benefits cue in "%s"', (s) => expect(cueZone(s)?.[0]).not.toBe('benefits'));
  // "CV" is the résumé when sent, computer vision in a list of fields
  it.each(['Please send your CV to jobs@acme.example.', 'CV and portfolio to jobs@acme.example.'])(
    'apply cue in "%s"',
    (s) => expect(cueZone(s)?.[0]).toBe('apply'),
  );
  it.each([
    'Experience in NLP, CV or speech models.',
    'You will build CV models for retail shelves.',
    '有NLP、CV、推荐系统经验者优先',
    'CV算法工程师',
  ])('no apply cue in "%s"', (s) => expect(cueZone(s)?.[0]).not.toBe('apply'));
});
