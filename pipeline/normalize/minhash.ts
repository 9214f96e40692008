/**
 * MinHash over word 5-shingles. The text is lower-cased and split on anything that is not a letter or digit;
 * each word gets a 32-bit FNV-1a hash, each shingle (5 consecutive words; the whole text if it has fewer)
 * a 32-bit hash mixed from its word hashes. The signature is a one-permutation MinHash (see
 * minhashSignature) with fixed seeds: the same text always gives the same signature, and
 * P(sig_a[i] = sig_b[i]) ~ Jaccard(shingles_a, shingles_b). docs/normalization.md#dedup.
 */
const SHINGLE = 5;
const MAX_K = 1024;
const EMPTY = 0xffffffff;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// per-position seeds for densification, from a fixed sequence
const A = new Int32Array(MAX_K);
for (let i = 0, s = 0x9e3779b9; i < MAX_K; i++) {
  s = (s + 0x9e3779b9) | 0;
  A[i] = fmix32(s) | 1;
}

/** Letters and digits (any script) are word characters; ASCII and general punctuation, symbols, spaces are not. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xb2 && c <= 0xb3) || c === 0xb9;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, box drawing
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji etc.)
  if (c >= 0xfe00 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return true;
}

/** 32-bit FNV-1a hashes of the lower-cased words (runs of letters and digits) of the text. */
export function wordHashes(text: string): Uint32Array {
  const out = new Uint32Array(Math.ceil(text.length / 2) + 1);
  let n = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isWordCode(c)) {
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) c = text[i]!.toLowerCase().charCodeAt(0);
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out[n++] = h >>> 0;
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out[n++] = h >>> 0;
  return out.subarray(0, n);
}

const MIX = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1];

/** Hashes of the word 5-shingles (one shingle of all words when there are fewer than 5; none when no word). */
export function shingleHashes(text: string): Uint32Array {
  const w = wordHashes(text);
  if (w.length === 0) return new Uint32Array(0);
  const n = Math.max(1, w.length - SHINGLE + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    const end = Math.min(w.length, i + SHINGLE);
    for (let j = i; j < end; j++) h = (h + Math.imul(w[j]!, MIX[j - i]!)) | 0;
    out[i] = fmix32(h ^ (end - i));
  }
  return out;
}

/**
 * One-permutation MinHash with rotation densification (Shrivastava 2017): shingle hash x goes to bin
 * floor(x * k / 2^32); the bin keeps the minimum of g(x) = fmix32(x XOR seed) over its shingles. An empty bin
 * copies the next non-empty bin to its right (circularly), mixed with the distance, so two texts with the same
 * shingle set get the same signature. Cost O(shingles + k) instead of O(shingles * k).
 */
export function minhashSignature(text: string, k = 64): number[] {
  if (!Number.isInteger(k) || k < 1 || k > MAX_K)
    throw new RangeError(`minhashSignature: k must be an integer in 1..${MAX_K}, got ${k}`);
  const sh = shingleHashes(text);
  const mins = new Uint32Array(k).fill(EMPTY);
  const filled = new Uint8Array(k);
  for (let s = 0; s < sh.length; s++) {
    const x = sh[s]!;
    const bin = Math.floor((x * k) / 4294967296);
    const g = fmix32((x ^ 0x5bd1e995) >>> 0);
    if (filled[bin] === 0 || g < mins[bin]!) {
      mins[bin] = g;
      filled[bin] = 1;
    }
  }
  if (sh.length === 0) return Array.from(mins);
  const out = Array.from(mins);
  for (let i = 0; i < k; i++) {
    if (filled[i] === 1) continue;
    let j = 1;
    while (filled[(i + j) % k] === 0) j++;
    out[i] = fmix32((mins[(i + j) % k]! + Math.imul(j, A[i]!)) | 0);
  }
  return out;
}

/** Fraction of positions where the signatures agree (an estimate of the Jaccard similarity). */
export function signatureSimilarity(a: number[], b: number[]): number {
  if (a.length !== b.length)
    throw new RangeError(`signatureSimilarity: signatures differ in length (${a.length} vs ${b.length})`);
  if (a.length === 0) return 1;
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return eq / a.length;
}
