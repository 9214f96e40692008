/**
 * The skills of data/taxonomy/src/14-zh-review.txt (asked in Chinese postings, missing before) and the scorer's
 * name resolution of id-less gold labels to them (test/eval/review-names.ts resolveReviewed).
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { resolveReviewed, reviewFiles } from '../../eval/review-names.ts';
import type { BlindLabel } from '../../eval/blind.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));

describe('14-zh-review.txt skills', () => {
  it('are in the built taxonomy with their Chinese forms', () => {
    for (const id of ['zero-knowledge-proofs', 'crypto-wallets', 'api-testing', 'middleware', 'learning-ability'])
      expect(tax.byId.has(id)).toBe(true);
    const t = '任职要求:\n熟悉零知识证明和多方安全计算;\n有钱包开发经验;\n掌握接口测试;\n良好的学习能力和执行力';
    const s = ids(t);
    for (const id of [
      'zero-knowledge-proofs',
      'multi-party-computation',
      'crypto-wallets',
      'api-testing',
      'learning-ability',
      'execution',
    ])
      expect(s.has(id)).toBe(true);
  });
  it('ordinary words are not among the forms: 钱包 alone, 活动 alone, 执行 alone', () => {
    const s = ids('任职要求:\n负责钱包的日常使用;组织公司活动;执行公司制度');
    expect(s.has('crypto-wallets')).toBe(false);
    expect(s.has('event-planning')).toBe(false);
    expect(s.has('execution')).toBe(false);
  });
  it('a contact line (Telegram:@handle) is not a skill; asked as a platform it is', () => {
    expect(ids('岗位职责:\n负责日程安排\n联系:\nTelegram:@someone').has('telegram')).toBe(false);
    expect(ids('任职要求:\n熟悉社区运营\n关注我们: [Twitter](https://twitter.com/x)').has('twitter')).toBe(false);
    expect(ids('任职要求:\n熟悉社区运营\nTelegram 中文群:https://t.me/x').has('telegram')).toBe(false);
    expect(ids('任职要求:\n有Youtube、Twitter、社群等新媒体推广经验').has('twitter')).toBe(true);
    expect(ids('岗位职责:\n负责公司社群(Telegram、Discord等)的日常管理').has('telegram')).toBe(true);
  });
});

/** A gold label of one posting with the given (name, id) skills. */
const goldOf = (
  postingId: string,
  cat: BlindLabel['skills'][number]['cat'],
  skills: [string, string | null][],
): BlindLabel => ({
  id: postingId,
  skills: skills.map(([name, id]) => ({ name, id, cat })),
  context_only: [],
});

describe('resolveReviewed (scorer: id-less labels to the review skills, by name only)', () => {
  const label = (skills: [string, string | null][]) => goldOf('rebase:1', 'domain', skills);
  it('resolves by id, label, alias, or the part before " / " or " (" ; leaves other labels alone', () => {
    const [out, n] = resolveReviewed(
      [
        label([
          ['Zero-knowledge proofs', null],
          ['MPC / TSS', null],
          ['Crypto wallets (custody/MPC/mnemonic)', null],
          ['Execution', null],
          ['Some phrase nobody added', null],
          ['Rust', 'rust'],
        ]),
      ],
      tax,
    );
    expect(out[0]!.skills.map((s) => s.id)).toEqual([
      'zero-knowledge-proofs',
      'multi-party-computation',
      'crypto-wallets',
      'execution',
      null,
      'rust',
    ]);
    expect(n).toBe(4);
  });
  it('only skills of the review file count: an id-less label naming an older skill stays id-less', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zh-review-'));
    const f = path.join(dir, 'review.txt');
    writeFileSync(f, '## Business > Business & product | knowledge\nNFTs | =NFT | id=nft\n');
    const [out, n] = resolveReviewed(
      [
        label([
          ['Cloud-native', null],
          ['NFTs', null],
          ['Layer 2', null],
        ]),
      ],
      tax,
      [f],
    );
    expect(out[0]!.skills.map((s) => s.id)).toEqual([null, 'nft', null]);
    expect(n).toBe(1);
    expect(reviewFiles.some((x) => x.endsWith('data/taxonomy/src/14-zh-review.txt'))).toBe(true);
  });
});

describe('resolveReviewed: products split out of an older skill (17-named-products.txt, `from=`)', () => {
  const label = (skills: [string, string | null][]) => goldOf('hn:1', 'tech', skills);
  it("a label naming the product with the older skill's id, or with none, becomes the product", () => {
    const [out, n] = resolveReviewed(
      [
        label([
          ['Zabbix', 'nagios'],
          ['Web3.js', 'ethers'],
          ['Truffle', null],
          ['Hardhat (Ganache, Truffle)', 'hardhat'],
          ['Nagios', 'nagios'],
          ['Zabbix', 'grafana'],
        ]),
      ],
      tax,
    );
    expect(out[0]!.skills.map((s) => s.id)).toEqual(['zabbix', 'web3js', 'truffle', 'hardhat', 'nagios', 'grafana']);
    expect(n).toBe(3);
  });
  it('the extractor finds the products as themselves', () => {
    expect(ids('熟悉Prometheus、Zabbix等监控工具').has('zabbix')).toBe(true);
    expect(ids('熟悉Prometheus、Zabbix等监控工具').has('nagios')).toBe(false);
    expect(ids('熟悉 web3.js、ethers.js').has('web3js')).toBe(true);
  });
});
