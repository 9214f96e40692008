/**
 * The first-character tests that let decide.ts skip an anchored rule regex (first-char.ts) never skip a rule
 * that fires: each guarded rule is shown firing where its text starts with an allowed character (either case,
 * after white space of any kind) and not firing where the skip applies. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { mayClose, mayOpen } from '../../../pipeline/extract/first-char.ts';
import { decide } from '../../../pipeline/extract/decide.ts';
import { evidenceOf } from '../../helpers/evidence.ts';
import { CueIndex } from '../../../pipeline/extract/cues.ts';
import type { Kind } from '../../../pipeline/extract/kinds.ts';
import type { Zone } from '../../../pipeline/extract/zones.ts';

describe('mayOpen / mayClose', () => {
  it('pass a listed letter in either case, a listed mark, any white space', () => {
    expect(mayOpen('meetups', 'mcsuh')).toBe(true);
    expect(mayOpen('Hackathon', 'mcsuh')).toBe(true);
    expect(mayOpen('-community', 'mcsuh', '-')).toBe(true);
    expect(mayOpen(' professionals', '')).toBe(true);
    expect(mayOpen('\u00a0Robotics', '')).toBe(true);
    expect(mayOpen('\u3000x', '')).toBe(true);
    expect(mayClose('Engineers', 'rstde')).toBe(true);
    expect(mayClose('Developer', 'rstde')).toBe(true);
  });
  it('reject any other first (last) character, and an empty text', () => {
    expect(mayOpen(', Rust and Go', 'mcsuh', '-')).toBe(false);
    expect(mayOpen('Python', 'mcsuh')).toBe(false);
    expect(mayOpen('@x', 'm')).toBe(false); // '@' | 32 is '`', no letter
    expect(mayOpen('', 'abc', ',')).toBe(false);
    expect(mayClose('Kubernetes ', 'rstde')).toBe(true);
    expect(mayClose('Python', 'rstde')).toBe(false);
    expect(mayClose('', 'rstde')).toBe(false);
  });
});

/** The decision for `surface` between `before` and `after` (one sentence, no cue index hits needed). */
function decideIn(before: string, surface: string, after: string, kind: Kind = 'tech', zone: Zone = 'other') {
  const view = `${before}${surface}${after}`;
  return decide(
    evidenceOf({
      kind,
      zone,
      before,
      after,
      cues: new CueIndex(view).window(0, before.length),
      surface,
      sentenceStart: before,
    }),
  );
}

describe('decide with the first-character skips', () => {
  it('drops an event, an audience, a company name and a negation after the skill, keeps it otherwise', () => {
    expect(decideIn('Come to our ', 'Kubernetes', ' Meetups in Berlin.').why).toBe('mention:event');
    expect(decideIn('Come to the ', 'Rust', '-hackathon nights.').why).toBe('mention:event');
    expect(decideIn('We build tools for ', 'marketing', ' professionals.', 'domain').why).toBe('mention:audience');
    expect(decideIn('We partner with ', 'Unity', ' Technologies on tooling.').why).toBe('name');
    expect(decideIn('Knowing ', 'Java', ' is not required.').why).toBe('negation');
    expect(decideIn('Knowing ', 'Java', ', not required.').why).toBe('negation');
    for (const after of [', Rust and Go.', ' and Rust.', '.'])
      expect(decideIn('You will write ', 'Python', after, 'tech', 'role').keep).toBe(true);
  });
  it('drops "level design" after high-, GitHub as a profile, crypto as cryptography; keeps the others', () => {
    expect(decideIn('Strong high-', 'level design', ' skills.', 'method', 'requirements').why).toBe('compound-word');
    expect(decideIn('Strong ', 'level design', ' skills.', 'method', 'requirements').keep).toBe(true);
    expect(decideIn('Find us on ', 'GitLab', '.').why).toBe('code-host');
    expect(decideIn('We use ', 'GitLab', ' for CI.').keep).toBe(true);
    expect(decideIn('Experience with public key ', 'Crypto', ' libraries.').why).toBe('sense:crypto-cryptography');
  });
  it('drops a role noun surface, keeps an area', () => {
    expect(decideIn('We hire ', 'Data Scientists', ' and more.', 'domain', 'requirements').why).toBe('role-title');
    expect(decideIn('Experience in ', 'data science', ' is a plus.', 'domain', 'requirements').keep).toBe(true);
  });
});

describe('the guards let through every first letter their rule can start with', () => {
  it('(an after text right against the surface: the letters, not a blank, carry the match)', () => {
    for (const after of ['meetups', 'Conferences', 'summit', 'user group', 'hackathon'])
      expect(decideIn('the ', 'Go', after).why).toBe('mention:event');
    for (const after of [
      'experience is not required',
      'knowledge is not required',
      "isn't required",
      "aren't needed",
      'not required',
      'never required',
    ])
      expect(decideIn('Knowing ', 'Java', after).why).toBe('negation');
    expect(decideIn('Knowing ', 'Java', ')not required').why).toBe('negation');
  });
});
