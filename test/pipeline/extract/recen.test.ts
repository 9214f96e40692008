/**
 * English recall rules of the recen round (issue 11: kinds of work and soft skills asked of the hire), each tested
 * both ways: kept where the text describes the hire doing it, dropped where it is only a title or a mention.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Software Engineer | Remote\n\n';
const req = (t: string) => ids(`${co}Requirements:\n${t}`);
const role = (t: string) => ids(`${co}${t}`);

describe('a software area named as the work the hire does (area-work.ts)', () => {
  it('keeps the activity itself, a coordination before "development", work across / on it, and the lean', () => {
    expect(req('- Key skills: Python, Django, HTMX, full stack development.').has('full-stack')).toBe(true);
    const both = req('- 5+ years in front end and back end web development');
    expect(both.has('frontend')).toBe(true);
    expect(both.has('backend')).toBe(true);
    expect(
      req('You should be comfortable working across backend, frontend, and mobile client stacks.').has('frontend'),
    ).toBe(true);
    expect(role('The work is mostly on the back-end, but some front-end skills are welcome.').has('backend')).toBe(
      true,
    );
    expect(role("We're looking for a backend-leaning fullstack dev to join us.").has('backend')).toBe(true);
    expect(role('You will also contribute to both backend systems and frontend interfaces.').has('frontend')).toBe(
      true,
    );
  });
  it('drops titles, teams, courses and the company business', () => {
    expect(ids('Acme | Full Stack Engineer | Remote\n\nWe build tools for dentists.').has('full-stack')).toBe(false);
    expect(role('We are hiring: * Senior Backend Engineer * Frontend Engineer').has('backend')).toBe(false);
    expect(ids('Acme | Web Development Instructor | Remote\n\nTeach our students.').has('web-development')).toBe(false);
    expect(
      ids(
        'Acme | Engineer | Remote\n\nAcme is one of the leading web and mobile app development agencies in town.',
      ).has('mobile-development'),
    ).toBe(false);
    expect(
      role('Come join a team developing AI-based web applications focused on reducing emissions.').has(
        'web-development',
      ),
    ).toBe(false);
  });
});

describe("a soft verb phrase said as the hire's duty (soft-duty.ts)", () => {
  const other = (t: string) => ids(`${co}${t}`);
  it('keeps it after you / will / a hire "to", a dash bullet, or a duty list addressing the hire', () => {
    expect(
      other('As a Full Stack developer, you will collaborate with a broad array of engineers.').has('teamwork'),
    ).toBe(true);
    expect(
      other("We're hiring a data scientist who will collaborate with our faculty and students.").has('teamwork'),
    ).toBe(true);
    expect(other('// You: a Lead Software Engineer to take ownership of engineering.').has('ownership')).toBe(true);
    expect(
      other('What you do: – Write clean TypeScript code – Collaborate with our CTO to bridge design.').has('teamwork'),
    ).toBe(true);
    expect(
      other("You'll develop new interfaces and maintain our frontend, collaborate with design and backend teams.").has(
        'teamwork',
      ),
    ).toBe(true);
    expect(other('Responsibilities: * Collaborate with product owners, designers and engineers.').has('teamwork')).toBe(
      true,
    );
  });
  it("drops the company's people, its business and the team's task", () => {
    expect(
      other('We knew we could deliver better software faster by collaborating with clients in real time.').has(
        'teamwork',
      ),
    ).toBe(false);
    expect(other('We empower our engineers to solve problems end-to-end.').has('problem-solving')).toBe(false);
    expect(
      other('Our teams share a passion to solve problems of today to innovate for tomorrow.').has('problem-solving'),
    ).toBe(false);
    expect(
      other(
        'Enigma links data sources to surface insights that inform decisions, solve problems and unlock opportunities.',
      ).has('problem-solving'),
    ).toBe(false);
  });
});

describe('a surface naming two skills (companions.ts)', () => {
  it('keeps UI design and UX design for a kept "UI/UX" on the same span', () => {
    const got = m.extract(`${co}Requirements:\n- A passion for UI/UX and React.`).filter((x) => x.surface === 'UI/UX');
    expect(got.map((x) => x.id).sort()).toEqual(['ui-design', 'ux-design']);
    expect(new Set(got.map((x) => x.start)).size).toBe(1);
  });
  it('drops both where the surface is dropped, and leaves other design words alone', () => {
    const title = ids('Acme | Sr. UI/UX Designer | Remote\n\nWe build tools for dentists.');
    expect(title.has('ux-design') || title.has('ui-design')).toBe(false);
    expect(req('- Strong visual design skills').has('ux-design')).toBe(false);
  });
});

describe('ask phrasings added to the taxonomy (recen)', () => {
  it('finds building APIs, defining the architecture, taking initiative, team-oriented, working across the stack', () => {
    expect(role('You will be developing APIs to expose our data to customers.').has('api-design')).toBe(true);
    expect(role("You'll help define the architecture and tooling for complex backends.").has('system-design')).toBe(
      true,
    );
    expect(req('- You enjoy taking initiative and owning projects').has('self-motivation')).toBe(true);
    expect(req('- good knowledge of an OO language; team-oriented; strong math skills').has('teamwork')).toBe(true);
    expect(role("You'll work across the stack, from the database to the UI.").has('full-stack')).toBe(true);
  });
  it('leaves the company text and the product alone', () => {
    expect(
      ids('Acme | Engineer | Remote\n\nAbout us: Acme builds APIs for banks. We are a team of 5.').has('api-design'),
    ).toBe(false);
    expect(
      ids('Acme | Engineer | Remote\n\nBenefits: we take the initiative to pay for your gym.').has('self-motivation'),
    ).toBe(false);
    expect(role('We are hiring engineers across the stack at all levels.').has('full-stack')).toBe(false);
    expect(role('We use Clojure across the stack.').has('full-stack')).toBe(false);
  });
});

describe('a trait of the person hired in a who-clause (soft-duty.ts personWho)', () => {
  it('keeps it after someone / candidates / an engineer who', () => {
    expect(role('Side gig for someone who loves teaching and mentoring.').has('mentoring')).toBe(true);
    expect(
      role('This is an ideal role for someone who is a self-starter and passionate about clean code.').has(
        'self-motivation',
      ),
    ).toBe(true);
  });
  it("drops the company's own people", () => {
    expect(role('Our engineers who love to collaborate built this.').has('teamwork')).toBe(false);
    expect(role('The founders, who are self-starters, built Acme in 2019.').has('self-motivation')).toBe(false);
  });
  it('finds the added phrasings: solving hard problems, love learning, thrive in a fast-paced environment', () => {
    expect(role('You will be solving hard problems.').has('problem-solving')).toBe(true);
    expect(req('- You thrive in a fast-paced environment.').has('adaptability')).toBe(true);
    expect(role("You'll get to architect, build and scale our primary product.").has('scalability')).toBe(true);
    expect(
      ids('Acme | Engineer | Remote\n\nAbout us: we help companies build and scale their teams.').has('scalability'),
    ).toBe(false);
  });
});
