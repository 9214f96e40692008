/**
 * "crypto" meaning cryptography, not cryptocurrency (domprec2 round, on the unlabelled HN corpus and the tune half):
 * "Public key crypto, reproducible builds, TPM", "crypto libraries", "applied crypto", "TLS/crypto". The taxonomy
 * has "crypto" as an alias of Blockchain (the usual sense in postings: "a crypto exchange", "crypto and DeFi"), so
 * decide.ts drops the Blockchain match when the words around it are cryptography's: a key or cipher kind before it
 * ("public-key", "elliptic-curve", "applied", "symmetric"), a cryptography noun after it ("libraries", "primitives",
 * "algorithms", "code", "APIs"; not "protocols", often Bitcoin's), or TLS / PKI / encryption / hashing beside it in a list.
 */
import { mayOpen } from './first-char.ts';

/** a kind of key or cipher, or "applied", right before the surface */
const CIPHER_BEFORE =
  /\b(?:public[- ]key|private[- ]key|elliptic[- ]curve|applied|symmetric|asymmetric|post[- ]quantum|modern|low[- ]level)\s+$/i;
/** a cryptography noun right after it */
const CRYPTO_NOUN_AFTER =
  /^\s*(?:libraries|library|libs?|primitives?|algorithms?|apis?|code|implementations?|modules?|hardware|operations|routines|schemes?|accelerators?)\b/i;
/** TLS, PKI, encryption or hashing beside it in a list: "TLS/crypto", "crypto, hashing" */
const CRYPTO_LIST_BEFORE = /\b(?:tls|ssl|pki|encryption|hashing|ciphers?|signatures?)\s*[,/&]\s*(?:and\s+)?$/i;
const CRYPTO_LIST_AFTER = /^\s*(?:[,/&]|and)\s*(?:tls|ssl|pki|encryption|hashing|ciphers?|signatures?)\b/i;

/** the chain sense named right after all the same: "crypto primitives like DeFi and NFT contracts" */
const CHAIN_AFTER = /\b(?:defi|nfts?|tokens?|chains?|wallets?|smart contracts?|bitcoin|ethereum|exchanges?|trading)\b/i;

/** the surface "crypto", blanks around it allowed (as trimmed: \s is trim's white space) */
const CRYPTO_SURFACE = /^\s*crypto\s*$/i;

/** True when the surface is "crypto" (or "Crypto") used for cryptography. `before`/`after`: decide.ts Evidence. */
export function cryptoAsCryptography(surface: string, before: string, after: string): boolean {
  if (!mayOpen(surface, 'c') || !CRYPTO_SURFACE.test(surface) || CHAIN_AFTER.test(after)) return false;
  return (
    CIPHER_BEFORE.test(before) ||
    CRYPTO_NOUN_AFTER.test(after) ||
    CRYPTO_LIST_BEFORE.test(before) ||
    CRYPTO_LIST_AFTER.test(after)
  );
}
