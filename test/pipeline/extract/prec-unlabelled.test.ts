/**
 * Precision families found on unlabelled HN postings (issue 11, prec round), each tested both ways: kept where the
 * text asks the hire, dropped where it only names the role noun or the team's own background.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const co = 'Acme | Software Engineer | Remote\n\n';
const ids = (t: string) => new Set(m.extract(`${co}${t}`).map((x) => x.id));

describe('an area focused role noun is the title, not the work (area-work.ts LEAN_AFTER)', () => {
  it('keeps the lean of a role and of a full-stack developer', () => {
    expect(ids('This is primarily a backend focused role.').has('backend')).toBe(true);
    expect(ids("We're looking for a backend-leaning fullstack dev to join us.").has('backend')).toBe(true);
  });
  it('drops the area that only modifies the engineer or developer', () => {
    expect(ids('- Frontend Engineer: junior or senior frontend focused engineer with Angular.').has('frontend')).toBe(
      false,
    );
    expect(ids("We're hiring back-end focussed developers who like Go.").has('backend')).toBe(false);
  });
});

describe('the team named by who leads it describes itself (team-voice.ts TEAM_LED_BY)', () => {
  it('drops what the leaders already have', () => {
    const t = "Team is lead by ex-Google folks who've got lots of experience building scalable production software.";
    expect(ids(t).has('scalability')).toBe(false);
    expect(ids('Our team is led by PhDs with deep experience in machine learning.').has('machine-learning')).toBe(
      false,
    );
  });
  it('keeps the same skill asked of the hire', () => {
    expect(ids('You have lots of experience building scalable production software.').has('scalability')).toBe(true);
    expect(ids('Our team is looking for engineers with experience in machine learning.').has('machine-learning')).toBe(
      true,
    );
  });
});
