/**
 * zone-prechecks.ts: the character loops that spare zoning a regex answer exactly what the regex answers (they
 * may pass a block the regex then rejects, never reject one it matches).
 */
import { describe, expect, it } from 'vitest';
import { endsWithColon, firstNonSpace, isSpace } from '../../../pipeline/extract/zone-prechecks.ts';
import { zonePosting } from '../../../pipeline/extract/zones.ts';

const SPACES = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => /\s/.test(ch));

describe('isSpace', () => {
  it('is \\s on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('endsWithColon', () => {
  it('answers like /:\\s*$/ with every white space character, and others, after the colon', () => {
    const tails = [...SPACES, '', 'x', '.', '\u200b', '*', ':'];
    for (const a of tails)
      for (const b of tails)
        for (const s of [`Requirements:${a}${b}`, `Requirements${a}${b}`, `:${a}`, `${a}:${b}`, a]) {
          expect(endsWithColon(s), JSON.stringify(s)).toBe(/:\s*$/.test(s));
        }
  });
});

describe('endsWithColon over a range, firstNonSpace', () => {
  it('a range answers like its slice; firstNonSpace is where trimStart() starts', () => {
    const t = ` \u3000Stack:\u00a0 Go: x :\n${SPACES.join('')}`;
    for (let a = 0; a <= t.length; a++)
      for (let b = a; b <= t.length; b++) {
        expect(endsWithColon(t, a, b), `${a} ${b}`).toBe(/:\s*$/.test(t.slice(a, b)));
        const s = t.slice(a, b);
        expect(firstNonSpace(s)).toBe(s.length - s.trimStart().length);
      }
  });
});

describe('zoning without dense characters keeps the contact-line cue', () => {
  it('a Telegram line of an English posting is an apply sentence, with or without the offsets asked for', () => {
    const text = 'Acme | Backend | Remote\n\nWe build payroll in Go.\n\nTelegram: @acme_jobs';
    const at = text.indexOf('Telegram');
    const eager = zonePosting(text).find((s) => s.start <= at && at < s.end);
    expect(eager).toMatchObject({ zone: 'apply', by: 'cue:contact-line' });
    expect(zonePosting(text, [at]).find((s) => s.start <= at && at < s.end)).toEqual(eager);
  });
});
