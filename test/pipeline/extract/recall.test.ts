/**
 * Recall of method, domain and soft skills (issue 11, helper recall): a head noun written once for a coordinated
 * list (shared-head.ts), the everyday surface forms of existing skills (taxonomy aliases), and a duty told as a
 * numbered item or after "manage" / "optimize" (decide.ts WORK_BEFORE), each tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { latinHeadHits } from '../../../pipeline/extract/shared-head.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Software Engineer | Remote | https://acme.example\n\n';

describe('a head noun written once for a list (shared-head.ts)', () => {
  const forms = new Set(['web applications', 'mobile applications', 'distributed systems', 'frontend']);
  const hits = (t: string) => latinHeadHits(t, (f) => forms.has(f)).map((h) => `${h.form}@${h.start}`);
  it('finds an earlier item as the form it makes with the head', () => {
    expect(hits('build web and mobile applications')).toEqual(['web applications@6']);
    expect(hits('web/mobile applications')).toEqual(['web applications@0']);
    expect(hits('distributed, embedded and real-time systems')).toEqual(['distributed systems@0']);
  });
  it('skips an item that is a form alone, makes no form, or a verb; and a list naming roles', () => {
    expect(hits('frontend and web applications')).toEqual([]);
    expect(hits('desktop and mobile applications')).toEqual([]);
    expect(hits('shipping and web applications')).toEqual([]);
    expect(hits('we are hiring for web and mobile applications teams')).toEqual([]);
    expect(latinHeadHits('advising on architecture and developing design patterns', () => true)).toEqual([]);
  });
  it('keeps both kinds of work the hire builds, and neither when the list names roles', () => {
    const built = ids(`${co}You will build and maintain our web and mobile applications.`);
    expect(built.has('web-development')).toBe(true);
    expect(built.has('mobile-development')).toBe(true);
    const both = ids(`${co}We're looking for developers with experience in Web, Mobile and Backend development.`);
    expect(both.has('web-development') && both.has('mobile-development')).toBe(true);
    const roles = ids(`${co}German is required for project and product management roles.`);
    expect(roles.has('project-management')).toBe(false);
  });
});

describe('everyday surface forms of soft skills', () => {
  it('keeps them asked of the hire', () => {
    expect(
      ids(`${co}Requirements:\n- A passion for solving challenging technical problems`).has('problem-solving'),
    ).toBe(true);
    expect(ids(`${co}Requirements:\n- Creative, out-of-the-box thinking`).has('creativity')).toBe(true);
    expect(ids(`${co}What you'll do:\n* Lead and grow an engineering team as we scale`).has('leadership')).toBe(true);
    expect(ids(`${co}Requirements:\n- A strong product focus is a huge plus`).has('product-sense')).toBe(true);
    expect(ids(`${co}Requirements:\n- Some customer interaction required`).has('customer-focus')).toBe(true);
    expect(
      ids(`${co}Requirements:\n- Success in a remote, largely asynchronous work environment`).has(
        'remote-collaboration',
      ),
    ).toBe(true);
  });
  it('drops them where they describe the company or its product', () => {
    expect(ids(`${co}Our product helps teams in customer interaction analytics platforms.`).has('customer-focus')).toBe(
      false,
    );
    expect(ids(`${co}Our founders lead and grow companies in Europe. We sell software.`).has('leadership')).toBe(false);
    expect(ids(`${co}We are a team of self-starters. Our app helps dentists.`).has('self-motivation')).toBe(false);
  });
});

describe('everyday surface forms of method and domain skills', () => {
  it('keeps the duty', () => {
    expect(
      ids(`${co}You will:\n* Track down and fix bugs, and help debug issues on prototype hardware`).has('debugging'),
    ).toBe(true);
    expect(ids(`${co}Requirements:\n- Fluency in testing frameworks such as RSpec`).has('software-testing')).toBe(true);
    expect(ids(`${co}You will:\n- Design terabyte-scale data pipelines`).has('big-data')).toBe(true);
    expect(ids(`${co}You will:\n- Optimize for performance and scalability`).has('performance-optimization')).toBe(
      true,
    );
    expect(ids(`${co}What you'll do:\n- Build our web/mobile applications`).has('web-development')).toBe(true);
    expect(
      ids(`${co}Requirements:\n- Work with product managers to understand and translate requirements`).has(
        'requirements-analysis',
      ),
    ).toBe(true);
    expect(ids(`${co}Role:\nYou will architect and prototype AI solutions for banks.`).has('rapid-prototyping')).toBe(
      true,
    );
  });
  it('drops the product or the company business', () => {
    expect(ids(`${co}Acme is a debug tooling company. Our platform does log search for banks.`).has('debugging')).toBe(
      false,
    );
    expect(ids(`${co}Our platform stores petabytes of data for hospitals. We are hiring.`).has('big-data')).toBe(false);
    expect(
      ids(`${co}Acme sells a tool that helps product teams translate requirements into tickets. We raised $5M.`).has(
        'requirements-analysis',
      ),
    ).toBe(false);
  });
});

describe('a duty told as a numbered item or after manage / optimize (decide.ts WORK_BEFORE)', () => {
  it('keeps the kind of work', () => {
    expect(
      ids(`${co}Responsibilities:\n1. Develop web apps 2. Write scalable and testable code`).has('scalability'),
    ).toBe(true);
    expect(ids(`${co}Role:\n* Manage and scale infrastructure on AWS`).has('scalability')).toBe(true);
  });
  it('not a number in prose', () => {
    expect(ids(`${co}Role:\nWe raised 2. Scalable systems are our business.`).has('scalability')).toBe(false);
  });
});

describe('a broad practice asked in the requirements (decide.ts generic+requirements-practice)', () => {
  it('keeps code quality and technical leadership asked of the hire', () => {
    expect(ids(`${co}Requirements:\n- Attention to the quality and readability of your code`).has('code-quality')).toBe(
      true,
    );
    expect(
      ids(`${co}Requirements:\n- Experience leading projects from design to launch`).has('technical-leadership'),
    ).toBe(true);
    expect(ids(`${co}Requirements:\n- Collaborators who can bridge technology and business`).has('teamwork')).toBe(
      true,
    );
  });
  it('drops them outside the asks, and a role title', () => {
    expect(ids(`${co}Acme builds high-quality software for dentists.`).has('code-quality')).toBe(false);
    expect(ids(`${co}About us:\nOur founders lead projects for NASA.`).has('technical-leadership')).toBe(false);
    expect(
      ids(`${co}Requirements:\n- 5 years of experience\nWe are also hiring a Tech Lead.`).has('technical-leadership'),
    ).toBe(false);
  });
});

describe('more everyday forms of soft skills: hats, communicating, learning fast, drive, collaboration', () => {
  it('keeps them asked of the hire', () => {
    const asked = (t: string, id: string) => ids(`${co}Requirements:\n- ${t}`).has(id);
    expect(asked('You are willing to wear many hats', 'adaptability')).toBe(true);
    expect(asked('Ability to communicate complex ideas simply', 'communication')).toBe(true);
    expect(asked('You are prepared to learn it quickly', 'learning-ability')).toBe(true);
    expect(asked('A structured, curious and driven individual', 'self-motivation')).toBe(true);
    expect(asked('We value collaboration: pair programming and teaching', 'teamwork')).toBe(true);
    expect(asked('You are a highly skilled developer, able to get things done', 'execution')).toBe(true);
    expect(asked('A self-starter and a critical thinker who writes well', 'critical-thinking')).toBe(true);
    expect(asked('Scrappy, analytical, and above all a leader who inspires results', 'leadership')).toBe(true);
  });
  it('drops them where they tell the company, its founders or its product', () => {
    expect(ids(`${co}About us:\nOur founders wear many hats and sold two companies.`).has('adaptability')).toBe(false);
    expect(
      ids(`${co}Acme is a platform that helps sales teams communicate with stakeholders. We raised $5M.`).has(
        'communication',
      ),
    ).toBe(false);
    expect(ids(`${co}Acme is a platform that helps teams get things done. We raised $5M.`).has('execution')).toBe(
      false,
    );
    expect(ids(`${co}Our tool is built for fast learning in schools. Acme raised $5M.`).has('learning-ability')).toBe(
      false,
    );
  });
});

describe("an industry word listed in the hire's stack (decide.ts industry+stack-list)", () => {
  it('keeps it as an item of the stack list', () => {
    const t = `${co}Role:\nYou will work on a backpack for foresters. Our stack includes LiDAR, Vision, SLAM, and Rust.`;
    expect(ids(t).has('robotics')).toBe(true);
  });
  it('not the business told beside a stack', () => {
    const t = `${co}About us:\nAcme builds robots for farms. We sell to fintech firms, and our stack includes Go and Rust.`;
    expect(ids(t).has('fintech')).toBe(false);
  });
});

describe('bare "APIs" as the thing the hire builds (rules.ts api-design/APIs)', () => {
  it('keeps it after a build verb', () => {
    expect(ids(`${co}Role:\n* Develop backend services and APIs with Go`).has('api-design')).toBe(true);
    expect(
      ids(`${co}Requirements:\n- Experience building scalable applications, services, and APIs`).has('api-design'),
    ).toBe(true);
  });
  it('drops APIs consumed or built upon', () => {
    expect(
      ids(`${co}Requirements:\n- Experience with JavaScript to consume data from robust APIs`).has('api-design'),
    ).toBe(false);
    expect(
      ids(`${co}Sequin is the fastest way to build applications on top of APIs. We raised $5M.`).has('api-design'),
    ).toBe(false);
  });
});

describe('bare "architecture" as the hire\'s say in it (rules.ts system-design/architecture)', () => {
  it('keeps owning, shaping or deciding it', () => {
    expect(
      ids(`${co}Role:\nYou will own the architecture of our backend and ship core features.`).has('system-design'),
    ).toBe(true);
    expect(ids(`${co}Role:\nYou will own major architecture decisions.`).has('system-design')).toBe(true);
  });
  it('drops the company telling its own', () => {
    expect(
      ids(`${co}About us:\nOur architecture is event-driven and we love it. We raised $5M.`).has('system-design'),
    ).toBe(false);
  });
});
