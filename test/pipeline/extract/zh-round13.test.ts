/**
 * Chinese forms of round 13 (issue 15, zhzh: skills written in Chinese characters, from unlabelled Chinese rebase
 * postings): the `# zhzh` block of data/taxonomy/src/zh-aliases.tsv and 系统安全性 in cjk.ts LONGER_WORDS, each family
 * tested both ways (kept where asked, not found where the words mean something else or are only mentioned).
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const company = (t: string) => new Set(m.extract(`公司介绍:\n${t}`).map((x) => x.id));

describe('round 13 Chinese forms', () => {
  it('日志收集 is logging; 数据抓取 is web scraping', () => {
    expect(ids('5. 熟悉 ELK 等日志收集与分析系统的设计与运维').has('logging')).toBe(true);
    expect(ids('- 区块链数据抓取能力，熟悉链上数据').has('web-scraping')).toBe(true);
    // the company's own product, not the hire's skill
    expect(company('我们是一家提供数据抓取服务的公司，服务全球客户。').has('web-scraping')).toBe(false);
  });
  it('锁机制 / 死锁 / 无锁编程 are concurrency, not 锁仓 (a token lock-up)', () => {
    expect(ids('- 深入理解其内核机制、锁机制、事务模型').has('concurrency')).toBe(true);
    expect(ids('- 熟悉无锁编程、CPU cache、NUMA').has('concurrency')).toBe(true);
    expect(ids('- 能排查死锁等线上问题').has('concurrency')).toBe(true);
    expect(ids('- 熟悉代币锁仓与解锁机制的经济模型').has('concurrency')).toBe(false);
  });
  it('系统安全 is cybersecurity; 系统安全性 (a quality the work improves) is not', () => {
    expect(ids('- 对计算机系统安全有一定了解者优先').has('cybersecurity')).toBe(true);
    expect(ids('3. 精通Linux/Unix系统安全').has('cybersecurity')).toBe(true);
    expect(ids('- 保持学习技术并不断优化系统安全性，性能，可用性').has('cybersecurity')).toBe(false);
    const ops = ids('拥有大规模高并发系统安全运维经验者优先');
    expect(ops.has('cybersecurity')).toBe(false);
    expect(ops.has('secops')).toBe(true);
  });
  it('概率统计 is statistics; 可靠性工程 is SRE', () => {
    expect(ids('- 扎实的概率统计、时间序列与数据分析基础').has('statistics')).toBe(true);
    expect(ids('加分项：熟悉大型系统开发（尤其是网络、性能、存储或可靠性工程）').has('sre')).toBe(true);
    expect(ids('- 保障系统的可靠性与稳定性').has('sre')).toBe(false);
  });
});
