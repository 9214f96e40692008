/**
 * MinHash over word 5-shingles. The text is lower-cased and split on anything that is not a letter or digit;
 * each word gets a 32-bit FNV-1a hash, each shingle (5 consecutive words; the whole text if it has fewer)
 * a 32-bit hash mixed from its word hashes. Signature position i is min over shingles of
 * h_i(x) = fmix32((x XOR b_i) * a_i), a bijection of the 32-bit integers (a_i odd), with fixed seeds:
 * the same text always gives the same signature. P(sig_a[i] = sig_b[i]) ~ Jaccard(shingles_a, shingles_b).
 */
const SHINGLE = 5;
const MAX_K = 1024;
const EMPTY = 0xffffffff;

function fmix32(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// seeds from a fixed splitmix-like sequence
const A = new Int32Array(MAX_K);
const B = new Int32Array(MAX_K);
for (let i = 0, s = 0x9e3779b9; i < MAX_K; i++) {
  s = (s + 0x9e3779b9) | 0; A[i] = fmix32(s) | 1;
  s = (s + 0x9e3779b9) | 0; B[i] = fmix32(s);
}

/** 32-bit hashes of the words of the normalized text. */
export function wordHashes(text: string): Uint32Array {
  const s = text.toLowerCase();
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && /[\p{L}\p{N}]/u.test(s[i]!));
    if (isWord) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0); h = 0x811c9dc5; inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return Uint32Array.from(out);
}

/** Hashes of the word 5-shingles (one shingle of all words when there are fewer than 5; none when no word). */
export function shingleHashes(text: string): Uint32Array {
  const w = wordHashes(text);
  if (w.length === 0) return new Uint32Array(0);
  const n = Math.max(1, w.length - SHINGLE + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    const end = Math.min(w.length, i + SHINGLE);
    for (let j = i; j < end; j++) h = fmix32(Math.imul(h ^ w[j]!, 0x9e3779b1) + j - i);
    out[i] = h;
  }
  return out;
}

export function minhashSignature(text: string, k = 64): number[] {
  if (!Number.isInteger(k) || k < 1 || k > MAX_K) throw new RangeError(`minhashSignature: k must be an integer in 1..${MAX_K}, got ${k}`);
  const sh = shingleHashes(text);
  const mins = new Uint32Array(k).fill(EMPTY);
  for (let s = 0; s < sh.length; s++) {
    const x = sh[s]! | 0;
    for (let i = 0; i < k; i++) {
      let h = Math.imul(x ^ B[i]!, A[i]!);
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d);
      h = (h ^ (h >>> 12)) >>> 0;
      if (h < mins[i]!) mins[i] = h;
    }
  }
  return Array.from(mins);
}

/** Fraction of positions where the signatures agree (an estimate of the Jaccard similarity). */
export function signatureSimilarity(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new RangeError(`signatureSimilarity: signatures differ in length (${a.length} vs ${b.length})`);
  if (a.length === 0) return 1;
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return eq / a.length;
}
