/**
 * English recall rules of the recall3 round (issue 11: all-category recall), each tested both ways: kept where the
 * text gives the hire the work or asks it, dropped where it is only a title, a team or the company's own work.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Software Engineer | Remote\n\n';
const role = (t: string) => ids(`${co}${t}`);

describe('a software area the hire builds or keeps (area-work.ts built)', () => {
  it('keeps the area after a build or upkeep verb of the hire', () => {
    expect(
      role('This job consists of everything from building the frontend tools to our billing.').has('frontend'),
    ).toBe(true);
    expect(role('You will:\n- Building full stack web products for clinics').has('full-stack')).toBe(true);
    expect(role("You'll develop new interfaces and maintain our frontend.").has('frontend')).toBe(true);
    expect(role('You will help rebuild the back-end of our booking system.').has('backend')).toBe(true);
  });
  it('drops a team built, the company building it, and a plain mention', () => {
    expect(role('You will help build the frontend team from scratch.').has('frontend')).toBe(false);
    expect(role('We are developing a fullstack platform for landlords.').has('full-stack')).toBe(false);
    expect(role('We are hiring a frontend engineer to join us.').has('frontend')).toBe(false);
    expect(
      role('In addition to building our back end in Rust, we are also solving hard problems.').has('backend'),
    ).toBe(false);
  });
});
