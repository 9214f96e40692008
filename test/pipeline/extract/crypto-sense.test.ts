/** "crypto" meaning cryptography, not the Blockchain alias (domprec2 round, crypto-sense.ts), tested both ways. */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { cryptoAsCryptography } from '../../../pipeline/extract/crypto-sense.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Security Engineer | Remote\n\n';

describe('cryptoAsCryptography', () => {
  it('is true for a key kind before it, a cryptography noun after it, TLS beside it', () => {
    expect(cryptoAsCryptography('crypto', 'servers e.g. Public key ', ', reproducible builds')).toBe(true);
    expect(cryptoAsCryptography('crypto', 'experience using modern ', ' libraries')).toBe(true);
    expect(cryptoAsCryptography('crypto', 'knowledge of TLS/', ' and PKI')).toBe(true);
  });
  it('is false for the coin sense, and for another surface', () => {
    expect(cryptoAsCryptography('crypto', 'experience with ', ' and DeFi protocols')).toBe(false);
    expect(cryptoAsCryptography('crypto', 'interacting with various ', ' primitives like DeFi and NFT contracts')).toBe(
      false,
    );
    expect(cryptoAsCryptography('crypto', 'contributions to ', ' protocols')).toBe(false);
    expect(cryptoAsCryptography('cryptocurrency', 'applied ', ' libraries')).toBe(false);
  });
});

describe('decide: no Blockchain for cryptography\'s "crypto"', () => {
  it('drops Blockchain for "public key crypto", keeps it for "crypto and DeFi"', () => {
    expect(ids(`${co}Requirements: - Knowledge of public key crypto and reproducible builds`).has('blockchain')).toBe(
      false,
    );
    expect(ids(`${co}Requirements: - Experience with crypto and DeFi protocols`).has('blockchain')).toBe(true);
  });
});
