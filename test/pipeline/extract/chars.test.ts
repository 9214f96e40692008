import { describe, expect, it } from 'vitest';
import { maySpace } from '../../../pipeline/extract/chars.ts';

describe('maySpace', () => {
  it('is true for every code unit \\s matches (a quick rejection never misses a space)', () => {
    const missed: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (/\s/.test(String.fromCharCode(c)) && !maySpace(c)) missed.push(c);
    expect(missed).toEqual([]);
  });
  it('is false for letters, digits, marks and Han', () => {
    for (const ch of 'aZ09:-_#好') expect(maySpace(ch.charCodeAt(0))).toBe(false);
  });
});
