/** A soft trait describing the team the hire joins (domprec2 round, soft-team-trait.ts), tested both ways. */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { softTeamTrait } from '../../../pipeline/extract/soft-team-trait.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Backend Engineer | Remote\n\n';

describe('softTeamTrait', () => {
  it('is true for a trait word before "team" after "a" / "our"', () => {
    expect(softTeamTrait('hardworking', 'build ledgers in a collaborative, fun and ', ' team, then apply!')).toBe(true);
    expect(softTeamTrait('entrepreneurial', 'work directly with our experienced ', ' team, with founders')).toBe(true);
  });
  it('is false for the hire as team member or player, a role in the team, or a phrase', () => {
    expect(softTeamTrait('hardworking', 'You are a ', ' team member.')).toBe(false);
    expect(softTeamTrait('leadership', "You'll take on a ", ' role in the team.')).toBe(false);
    expect(softTeamTrait('work ethic', 'join a ', ' team')).toBe(false);
  });
});

describe('decide: the team trait is no ask', () => {
  it('drops "a collaborative, fun and hardworking team", keeps "you are hardworking"', () => {
    expect(ids(`${co}If you like Go, join a collaborative, fun and hardworking team!`).has('work-ethic')).toBe(false);
    expect(ids(`${co}Requirements: - You are hardworking and detail oriented`).has('work-ethic')).toBe(true);
  });
});
