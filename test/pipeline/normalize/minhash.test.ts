import { describe, expect, it } from 'vitest';
import { minhashSignature, signatureSimilarity } from '../../../pipeline/normalize/index.ts';
import { shingleHashes } from '../../../pipeline/normalize/minhash.ts';

const base = `Acme Robotics | Senior Backend Engineer | Berlin, Germany | Onsite | Full-time
We build warehouse robots that pick and pack orders for online shops across Europe. Our backend is written in Go
and TypeScript, runs on Kubernetes in two regions and talks to a fleet of four thousand robots over gRPC. You will
design the order routing service, own its reliability, and mentor two junior engineers. We offer a salary of
70 to 90 thousand euros, thirty days of holiday, a yearly learning budget and help with relocation and visas.
Apply with a short note about a system you are proud of at jobs at acme robotics dot com.`;
const other = `Bakery Blum is looking for a pastry chef for our shop in Vienna. Early mornings, sourdough, croissants,
and seasonal cakes. You have trained as a baker or confectioner, you like working with your hands, and you can
lift flour sacks. We pay above the collective agreement, the team eats together at noon, and Sundays are free.
Come by the shop any afternoon with your portfolio of cakes or send pictures of your work to the owner directly.`;

describe('minhashSignature', () => {
  it('has k uint32 values and is deterministic', () => {
    const s = minhashSignature(base);
    expect(s).toHaveLength(64);
    for (const v of s) expect(Number.isInteger(v) && v >= 0 && v <= 0xffffffff).toBe(true);
    expect(minhashSignature(base)).toEqual(s);
    expect(minhashSignature(base, 128)).toHaveLength(128);
  });
  it('ignores case, punctuation and spacing', () => {
    expect(
      signatureSimilarity(minhashSignature(base), minhashSignature(base.toUpperCase().replace(/[,.|]/g, ' '))),
    ).toBe(1);
  });
  it('identical -> 1, a small edit -> > 0.8, unrelated -> < 0.2', () => {
    const a = minhashSignature(base);
    expect(signatureSimilarity(a, minhashSignature(base))).toBe(1);
    const edited = base.replace('two junior engineers', 'three junior engineers'); // 5 of 103 shingles change: J = 98/108
    expect(signatureSimilarity(a, minhashSignature(edited))).toBeGreaterThan(0.8);
    expect(signatureSimilarity(a, minhashSignature(other))).toBeLessThan(0.2);
  });
  it('estimates the Jaccard similarity of the shingle sets', () => {
    // word lists with a known overlap: 200 shared shingles of 300 -> J ~ 200/400 = 0.5
    const words = Array.from({ length: 404 }, (_, i) => `w${i}`);
    const a = words.slice(0, 304).join(' ');
    const b = words.slice(100, 404).join(' ');
    const j = 200 / 400;
    const sim = signatureSimilarity(minhashSignature(a, 512), minhashSignature(b, 512));
    expect(Math.abs(sim - j)).toBeLessThan(0.08);
  });
  it('handles short and empty texts', () => {
    expect(shingleHashes('three short words')).toHaveLength(1);
    expect(signatureSimilarity(minhashSignature('three short words'), minhashSignature('Three, short words!'))).toBe(1);
    expect(minhashSignature('')).toEqual(new Array(64).fill(0xffffffff));
  });
  it('rejects a bad k and mismatched signatures', () => {
    expect(() => minhashSignature('x', 0)).toThrow(/k must be/);
    expect(() => signatureSimilarity([1, 2], [1])).toThrow(/differ in length/);
  });
});
