/**
 * `+id | forms` lines of the seed files (data/taxonomy/tools/extend.ts): forms added to an older skill, an unknown id
 * named by file and line, a form the skill already has skipped; and the committed lines reach skills.tsv.
 */
import { describe, it, expect } from 'vitest';
import { extensionOf, mergeExtensions } from '../../../../data/taxonomy/tools/extend.ts';
import { loadTaxonomy } from '../../../../pipeline/extract/index.ts';

describe('+id extension lines', () => {
  it('a label with + is an extension, any other label is not', () => {
    expect(extensionOf('+solana', ['=SOL'], '16-zh-latin.txt', 9)).toEqual({
      id: 'solana',
      aliases: ['=SOL'],
      file: '16-zh-latin.txt',
      line: 9,
    });
    expect(extensionOf('Solana', ['=SOL'], '16-zh-latin.txt', 9)).toBeNull();
  });
  it('appends the forms, skipping one the skill already has (any case), and counts what it added', () => {
    const seeds = [
      { id: 'remix', aliases: ['?=Remix', 'remix.run'] },
      { id: 'p2p', aliases: ['p2p networks'] },
    ];
    const added = mergeExtensions(seeds, [
      { id: 'remix', aliases: ['remix.js', 'Remix.Run'], file: 'a.txt', line: 3 },
      { id: 'p2p', aliases: ['=P2P'], file: 'a.txt', line: 4 },
    ]);
    expect(added).toBe(2);
    expect(seeds[0]!.aliases).toEqual(['?=Remix', 'remix.run', 'remix.js']);
    expect(seeds[1]!.aliases).toEqual(['p2p networks', '=P2P']);
  });
  it('an unknown id is an error naming the file and line; every bad line is listed', () => {
    const seeds = [{ id: 'solana', aliases: [] as string[] }];
    const exts = [
      { id: 'solanna', aliases: ['=SOL'], file: '16-zh-latin.txt', line: 9 },
      { id: 'nope', aliases: ['x'], file: '16-zh-latin.txt', line: 12 },
    ];
    expect(() => mergeExtensions(seeds, exts)).toThrow(
      '16-zh-latin.txt:9: +solanna is not a skill id\n16-zh-latin.txt:12: +nope is not a skill id',
    );
  });
  it('the committed extension lines of 16-zh-latin.txt reach skills.tsv', () => {
    const tax = loadTaxonomy(undefined, { overlays: [] });
    const aliases = (id: string) => tax.byId.get(id)?.aliases ?? [];
    expect(aliases('hyperledger')).toContain('fabric');
    expect(aliases('solana')).toContain('SOL');
    expect(aliases('ethers')).toEqual(expect.arrayContaining(['web3.py', 'web3py']));
    expect(aliases('cdc')).toContain('Canal');
  });
});
