/** Domain and soft skills only mentioned, not asked (precision round, issue 11: department-list.ts, title-words.ts,
 *  domain-mission.ts, soft-offer.ts, soft-we-clause.ts, soft-setting.ts), each family tested both ways. */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { departmentListed } from '../../../pipeline/extract/department-list.ts';
import { titleWordsAfter } from '../../../pipeline/extract/title-words.ts';
import { domainMission } from '../../../pipeline/extract/domain-mission.ts';
import { softOffered } from '../../../pipeline/extract/soft-offer.ts';
import { softWeClause } from '../../../pipeline/extract/soft-we-clause.ts';
import { softSetting } from '../../../pipeline/extract/soft-setting.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Backend Engineer | Remote\n\n';
const has = (text: string, id: string) => ids(`${co}${text}`).has(id);

describe('departments and openings hired in (department-list.ts)', () => {
  it('drops a domain beside a department, in an openings list, or before "other roles"', () => {
    expect(
      has(
        'We are hiring professionals passionate about software development, data science, design or product management.',
        'data-science',
      ),
    ).toBe(false);
    expect(has('We have openings in engineering management, QA, data science and UX design.', 'data-science')).toBe(
      false,
    );
    expect(
      has(
        "We're hiring engineers for web and Android, as well as data engineering, SRE, and many other roles.",
        'data-engineering',
      ),
    ).toBe(false);
  });
  it('keeps the same domains asked', () => {
    expect(has('Requirements:\n- Experience in data science, design or product management', 'data-science')).toBe(true);
    expect(
      has('Requirements:\n- You have shipped data engineering pipelines and other ETL work', 'data-engineering'),
    ).toBe(true);
  });
  it('needs a hiring sentence and no ask noun', () => {
    expect(
      departmentListed('We are hiring people in data', 'hiring people in data science, ', ', marketing or sales.'),
    ).toBe(true);
    expect(departmentListed('Skills in data', 'Skills in data science, ', ', marketing or sales.')).toBe(false);
    expect(departmentListed('We build', 'we build and design ', ' tools.')).toBe(false);
  });
});

describe('title-case role titles (title-words.ts)', () => {
  it('drops the area that opens a title, keeps it asked', () => {
    expect(has('We are looking for a passionate ML Research Engineer to join us.', 'machine-learning')).toBe(false);
    expect(has('Requirements:\n- Hands-on ML work in Python', 'machine-learning')).toBe(true);
  });
  it('reads title case only', () => {
    expect(titleWordsAfter(' Research Engineer to join')).toBe(true);
    expect(titleWordsAfter(' research engineers')).toBe(false);
  });
});

describe("the company's mission (domain-mission.ts)", () => {
  it('drops the field the company sets out to change, keeps the field the hire works in', () => {
    expect(has('Join us and help us democratize computer vision for every factory.', 'computer-vision')).toBe(false);
    expect(has('Requirements:\n- Experience with computer vision models for factories', 'computer-vision')).toBe(true);
  });
  it('is false with an ask noun near', () => {
    expect(domainMission('help us democratize ', ' for all.')).toBe(true);
    expect(domainMission('experience that could transform ', ' for all.')).toBe(false);
  });
});

describe('a soft skill offered to the hire (soft-offer.ts)', () => {
  it('drops ownership and leadership offered, keeps them asked', () => {
    expect(has("You'll have ownership over the features you ship.", 'ownership')).toBe(false);
    expect(has('Requirements:\n- A strong sense of ownership', 'ownership')).toBe(true);
    expect(has('You will write Go, with room to grow into leadership.', 'leadership')).toBe(false);
    expect(has('Requirements:\n- Leadership experience', 'leadership')).toBe(true);
  });
  it('reads "you will have", not "you have"', () => {
    expect(softOffered('ownership', "you'll have lots of ")).toBe(true);
    expect(softOffered('ownership', 'You have ')).toBe(false);
  });
});

describe("the company's own practice (soft-we-clause.ts)", () => {
  it('drops a trait told in the clause of "we" / "our team", keeps the same trait asked', () => {
    expect(has('Our team works on hard problems and emphasizes collaboration and mentorship.', 'mentoring')).toBe(
      false,
    );
    expect(has('Requirements:\n- Mentorship of junior engineers', 'mentoring')).toBe(true);
    expect(has('We like Go and Kubernetes and love learning new things.', 'curiosity')).toBe(false);
    expect(has('We are looking for engineers who love learning new things.', 'curiosity')).toBe(true);
  });
  it('is false when the sentence turns to the hire or names the people hired', () => {
    expect(softWeClause('We love', 'We love ', ' engineers who ship', 'product-minded')).toBe(false);
    expect(softWeClause('We want someone', 'We want someone committed to ', ' others', 'mentoring')).toBe(false);
  });
});

describe('the setting the hire joins (soft-setting.ts)', () => {
  it('drops a culture that loves it, colleagues who have it, a trait appreciated', () => {
    expect(has('Join a startup with a culture that loves learning.', 'curiosity')).toBe(false);
    expect(has('You will write Go, surrounded by smart, pragmatic colleagues.', 'pragmatism')).toBe(false);
    expect(has('We ship fast, and creativity is highly appreciated here.', 'creativity')).toBe(false);
  });
  it('keeps the same traits asked', () => {
    expect(has('Requirements:\n- You are pragmatic and curious', 'pragmatism')).toBe(true);
    expect(has('Requirements:\n- Creativity and a love of learning', 'creativity')).toBe(true);
  });
  it('is false outside a setting clause', () => {
    expect(softSetting('creativity', 'Requirements: ', ' and drive')).toBe(false);
    expect(softSetting('loves learning', 'a culture that ', ' and rigor')).toBe(true);
    expect(softSetting('curiosity', 'a culture that ', ' and rigor')).toBe(false);
  });
});
