/**
 * Precision rules found on the unlabelled HN corpus (preccorp round: domain and soft false positives judged on a
 * random sample of postings outside the blind sets), each tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Senior Engineer | Remote\n\n';

describe('another role or team named beside the hire (role-lists.ts)', () => {
  it('drops an area that fills an item of a list of role titles', () => {
    const t = ids(
      `${co}Open roles:\n* Backend Engineer\n* Data Scientist\n* ML Engineering\n* Research Scientist\n* Product Strategy\n\nEmail me.`,
    );
    expect(t.has('machine-learning')).toBe(false);
    expect(t.has('product-strategy')).toBe(false);
  });
  it('keeps a specialty in brackets and an item that asks', () => {
    const t = ids(
      `${co}Open Roles: Senior Backend Engineers <> Research Scientists (PhD with focus in ML/NLP) <> Solutions Engineer`,
    );
    expect(t.has('nlp')).toBe(true);
    expect(ids(`${co}Requirements:\n* Senior Engineer\n* Experience in product strategy`).has('product-strategy')).toBe(
      true,
    );
  });
  it('drops the items after a plural role noun and a dash', () => {
    const t = ids(
      `${co}To grow, we are looking for stellar marketers - Demand Generation, Product Marketing, Content Marketing - to tell our story.`,
    );
    expect(t.has('product-marketing')).toBe(false);
    expect(t.has('content-marketing')).toBe(false);
  });
  it('keeps a header specialty after a role and a dash', () => {
    expect(
      ids('AImotive | Research Engineers/Scientists - Planning, Control, Image Processing | Budapest\n\nJoin us.').has(
        'computer-vision',
      ),
    ).toBe(true);
  });
  it('drops a second area after "Head of" and an area before Associate / Representative', () => {
    expect(
      ids(`${co}Looking for:\nFull stack web engineers\nHead of Marketing & Social Media`).has(
        'social-media-marketing',
      ),
    ).toBe(false);
    expect(
      ids(`${co}* Product Manager\n* Public Relations Associate\nApply at our site.`).has('public-relations'),
    ).toBe(false);
    expect(ids(`${co}Requirements: experience in public relations and media.`).has('public-relations')).toBe(true);
  });
  it('drops the team the hire joins by its name ("our data science group")', () => {
    expect(
      ids(`${co}Looking for Senior Data Scientists to join our growing and high-impact data science group.`).has(
        'data-science',
      ),
    ).toBe(false);
    expect(ids(`${co}Requirements: 3+ years of data science experience.`).has('data-science')).toBe(true);
  });
  it('drops the teams the hire works closely with', () => {
    const t = ids(
      `${co}You will design the boards, working closely with product management, mechanical engineering, firmware engineering and operations.`,
    );
    expect(t.has('product-management')).toBe(false);
    expect(t.has('mechanical-engineering')).toBe(false);
    expect(
      ids(`${co}You will work closely with our engineering, pre-sales and customer success teams.`).has(
        'solutions-engineering',
      ),
    ).toBe(false);
  });
  it('keeps the work done together and an ask of working with it', () => {
    expect(ids(`${co}You will collaborate with designers on machine learning features.`).has('machine-learning')).toBe(
      true,
    );
    expect(ids(`${co}Requirements: experience working with machine learning models.`).has('machine-learning')).toBe(
      true,
    );
  });
});

describe("the company's own expertise (company-expertise.ts)", () => {
  it('drops "its X expertise" and "its knowledge of X"', () => {
    const t = ids(
      `${co}Requirements:\nWith device makers, MedSec leverages its cybersecurity expertise. MedSec leverages its intimate knowledge of medical devices to offer software.`,
    );
    expect(t.has('cybersecurity')).toBe(false);
    expect(t.has('medical-devices')).toBe(false);
    expect(ids(`${co}We combine our deep expertise in robotics with great design.`).has('robotics')).toBe(false);
  });
  it("keeps the hire's expertise", () => {
    expect(
      ids(`${co}Requirements:\n- Cybersecurity expertise\n- Knowledge of medical devices`).has('medical-devices'),
    ).toBe(true);
    expect(ids(`${co}Requirements:\n- Your expertise in cybersecurity`).has('cybersecurity')).toBe(true);
  });
});

describe("the company's or team's culture (soft-culture.ts)", () => {
  it('drops the values the company lists', () => {
    const t = ids(
      `${co}Our engineering values include being product minded, taking ownership of your work, collaborating across the org, being pragmatic and creative, and having low ego.`,
    );
    expect(t.has('pragmatism')).toBe(false);
    expect(t.has('humility')).toBe(false);
    expect(
      ids(`${co}We have a strong culture that focuses on Ownership, Humility, and Knowing the Data.`).has('humility'),
    ).toBe(false);
    expect(ids(`${co}We value freedom, autonomy, ownership, good communication.`).has('communication')).toBe(false);
  });
  it('drops the team described by the trait and a team that leads with it', () => {
    expect(
      ids(`${co}Our team (currently 52 strong) is ambitious yet humble, and driven by a mission.`).has('humility'),
    ).toBe(false);
    expect(ids(`${co}If you want to work on a team that leads with empathy, join us!`).has('empathy')).toBe(false);
    expect(
      ids('Customer-focused and values-driven engineering company seeks talented developers.').has('customer-focus'),
    ).toBe(false);
  });
  it('keeps the trait asked of the hire', () => {
    expect(ids(`${co}We love product-minded engineers that can own a feature.`).has('product-sense')).toBe(true);
    expect(ids(`${co}We're looking for humble, curious engineers.`).has('humility')).toBe(true);
    expect(ids(`${co}Requirements:\n- Strong communication skills\n- Humble and curious`).has('humility')).toBe(true);
    expect(ids(`${co}You are humble, collaborative and a fast learner.`).has('humility')).toBe(true);
  });
});

describe('an industry word in a sentence whose subject is the company (company-subject.ts)', () => {
  it('drops it in the requirements zone when the sentence has no ask', () => {
    expect(
      ids(`${co}Requirements:\nSpinDance, a leader in custom Internet of Things (IoT) software, is growing fast.`).has(
        'iot',
      ),
    ).toBe(false);
    expect(
      ids(`${co}Requirements:\nAs a company, we're designing and manufacturing satellites at a rapid pace.`).has(
        'aerospace',
      ),
    ).toBe(false);
  });
  it('keeps it when the sentence asks or names the hire', () => {
    expect(ids(`${co}Requirements:\nYou have built IoT firmware and gateways.`).has('iot')).toBe(true);
    expect(ids(`${co}Requirements:\n- Experience with IoT devices and protocols`).has('iot')).toBe(true);
  });
});

describe('a negated ask further from the skill (negation-wide.ts)', () => {
  it('drops the skill the posting says is not needed', () => {
    expect(
      ids(`${co}Requirements:\nYou do not need to have any previous experience in information security.`).has(
        'cybersecurity',
      ),
    ).toBe(false);
    expect(ids(`${co}Requirements:\nWe don't require any previous crypto/web3 experience.`).has('blockchain')).toBe(
      false,
    );
    expect(
      ids(`${co}NOTE that prior experience in bioinformatics or biology is NOT required.`).has('bioinformatics'),
    ).toBe(false);
  });
  it('keeps the skill after a clause break or when required', () => {
    expect(
      ids(`${co}Requirements:\nYou don't need to know Go, but distributed systems experience is a must.`).has(
        'distributed-systems',
      ),
    ).toBe(true);
    expect(
      ids(`${co}Requirements:\nPrior experience in bioinformatics or biology is required.`).has('bioinformatics'),
    ).toBe(true);
  });
});

describe('the teams the hire collaborates heavily with (role-lists.ts)', () => {
  it('drops them, keeps the ask', () => {
    expect(
      ids(`${co}You will collaborate heavily with Product Management + Design on the roadmap.`).has(
        'product-management',
      ),
    ).toBe(false);
    expect(ids(`${co}Requirements:\n- Product management experience`).has('product-management')).toBe(true);
  });
});

describe('soft words that are an invitation, a care of the company or a perk (soft-culture.ts)', () => {
  it('drops them', () => {
    expect(ids(`${co}If you're curious about how we work, check out our blog.`).has('curiosity')).toBe(false);
    expect(
      ids(`${co}Our stack: Python. If you're curious, please feel free to shoot me a note.`).has('curiosity'),
    ).toBe(false);
    expect(ids(`${co}We care about teamwork, delivering value and positivity.`).has('teamwork')).toBe(false);
    expect(
      ids(`${co}For you:\n- A startup with impact\n- Highly motivated and friendly colleagues`).has('self-motivation'),
    ).toBe(false);
  });
  it('keeps the asks', () => {
    expect(ids(`${co}Join us if you are curious and love to build things.`).has('curiosity')).toBe(true);
    expect(ids(`${co}Requirements:\n- The ability to effectively collaborate with colleagues`).has('teamwork')).toBe(
      true,
    );
    expect(ids(`${co}Requirements:\n- Highly motivated, with a positive attitude`).has('self-motivation')).toBe(true);
  });
});

describe('a culture noun after a verb phrase or a culture the hire is to like is no company trait', () => {
  it('keeps the ask', () => {
    expect(
      ids(`${co}We're looking for an engineer who likes to take ownership and shape the company they work in.`).has(
        'ownership',
      ),
    ).toBe(true);
    expect(ids(`${co}The ideal candidate loves a customer-centric culture.`).has('customer-focus')).toBe(true);
  });
  it('still drops the company trait', () => {
    expect(ids(`${co}Our collaborative culture is our strength.`).has('teamwork')).toBe(false);
  });
});

describe('what the company was built on or already has (company-expertise.ts)', () => {
  it('drops it', () => {
    expect(
      ids(
        `${co}Heliax is a lab which was built on years of pioneering experience across distributed systems and cryptography.`,
      ).has('distributed-systems'),
    ).toBe(false);
    expect(
      ids(`${co}We also have decades of visual design and product management experience.`).has('product-management'),
    ).toBe(false);
  });
  it('keeps the years asked of the hire', () => {
    expect(ids(`${co}Requirements:\n- Years of experience across distributed systems`).has('distributed-systems')).toBe(
      true,
    );
    expect(ids(`${co}You have years of product management experience.`).has('product-management')).toBe(true);
  });
});

describe('the duty after a role and a dash is no role list', () => {
  it('keeps "Site Reliability Engineers - help scale our systems"', () => {
    expect(
      ids(`${co}We're hiring:\n* Site Reliability Engineers - help scale our systems and monitoring!`).has(
        'scalability',
      ),
    ).toBe(true);
  });
});
