/**
 * Chinese recall of round 10 (issue 15, zhrec3: gaps of the unlabelled Chinese rebase postings, words no kept match
 * covered), each tested both ways: bare 网络 as an item of a list of computer fundamentals (pipeline/extract/zh-rec.ts)
 * and the forms of the `# zhrec3` block of data/taxonomy/src/zh-aliases.tsv.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { zhRecDrop } from '../../../pipeline/extract/zh-rec.ts';
import { sharedHeadHits } from '../../../pipeline/extract/zh-shared-head.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const duty = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));

describe('bare 网络 is networking only as an item of a list of computer fundamentals (zh-rec.ts)', () => {
  // ?网络 needs context (a neighbouring skill, an ask cue), so a dropped 网络 gives no list evidence to others
  it('kept in a list with operating systems, databases, storage or concurrency', () => {
    expect(ids('1. 具备扎实的计算机基础，掌握操作系统、网络、并发编程、常用算法').has('networking')).toBe(true);
    expect(ids('2. 扎实的基础设施知识（系统、网络、存储及中间件）').has('networking')).toBe(true);
    expect(ids('3. 扎实的计算机基础（操作系统 / 网络 / 数据结构）').has('networking')).toBe(true);
    expect(duty('负责 Kubernetes 集群的各个方面，包括集群部署、网络、存储和故障排除').has('networking')).toBe(true);
    expect(zhRecDrop('网络', '掌握操作系统、', '、并发编程')).toBeNull();
  });
  it('dropped inside another word, alone, or in a list of what is optimised', () => {
    expect(ids('1. 熟悉网络安全，了解区块链网络').has('networking')).toBe(false);
    expect(duty('负责神经网络训练和社交网络运营').has('networking')).toBe(false);
    expect(ids('2. 对去中心化的网络有热情').has('networking')).toBe(false);
    expect(duty('持续关注并优化性能、内存、网络与页面流畅度').has('networking')).toBe(false);
    expect(ids('3. 对 Android 性能优化有实践经验，包括内存、卡顿、网络等').has('networking')).toBe(false);
    // a list with no area word: 网络 names no knowledge (网络、社群、线下渠道 are channels)
    expect(duty('通过网络、社群、线下渠道推广品牌').has('networking')).toBe(false);
    expect(zhRecDrop('网络', '区块链', '，存储')).toBe('zh:bare-network');
    // the dropped 网络 lends no list evidence: Rollup after it stays ambiguous (the L2 rollup, not the bundler)
    expect(duty('开发模块化高性能Layer-2/3网络（Rollup,Validium）').has('rollup')).toBe(false);
    // other forms are not this rule's
    expect(zhRecDrop('计算机网络', '熟悉', '原理')).toBeNull();
  });
});

describe('zhrec3 forms (zh-aliases.tsv)', () => {
  it('高频交易 is trading systems (HFT)', () => {
    expect(ids('1. 有高频交易相关经验优先').has('trading-systems')).toBe(true);
    expect(ids('1. 熟悉高频使用的 AI 工具').has('trading-systems')).toBe(false);
  });
  it('回测 and 套利策略 are quant research; 返回测试 and abuse arbitrage are not', () => {
    expect(duty('设计并开发策略相关的回测平台').has('quant')).toBe(true);
    expect(ids('熟练使用 Python 进行研究与回测').has('quant')).toBe(true);
    expect(duty('开发及优化趋势、套利策略和信号').has('quant')).toBe(true);
    expect(duty('调用接口并返回测试结果').has('quant')).toBe(false);
    expect(duty('识别用户异常交易行为，如刷量套利、羊毛党').has('quant')).toBe(false);
  });
  it('日志管理 is logging; 日志 alone is not', () => {
    expect(duty('搭建日志管理系统与性能监控平台').has('logging')).toBe(true);
    expect(duty('每周撰写工作日志').has('logging')).toBe(false);
  });
  it('异步任务 / 异步处理 / 异步 IO are async programming (concurrency); 异步协作 and 异步化 are not', () => {
    expect(ids('2. 熟练使用数据库、缓存,异步任务等').has('concurrency')).toBe(true);
    expect(ids('3. 熟悉 CPU cache、异步 IO').has('concurrency')).toBe(true);
    expect(m.extract('福利待遇:\n全职远程,异步协作为主').some((x) => x.id === 'concurrency')).toBe(false);
    expect(duty('推动服务的异步化改造').has('concurrency')).toBe(false);
  });
  it('TG among other platforms is Telegram; the contact label TG: @name is not', () => {
    expect(ids('1. 负责Web3项目的X运营和 TG、Discord全球社群运营').has('telegram')).toBe(true);
    expect(ids('2. 负责社媒体系搭建,包括Facebook、X、TG 等').has('telegram')).toBe(true);
    expect(m.extract('联系方式:TG:@abc_hr ;WeChat:abc').some((x) => x.id === 'telegram')).toBe(false);
    expect(duty('负责社群运营,有问题可 TG 联系').has('telegram')).toBe(false);
  });
  it('问题分析与解决 is problem solving; 问题分析 alone is not', () => {
    expect(ids('5. 具备良好的问题分析和解决能力').has('problem-solving')).toBe(true);
    expect(ids('4. 优秀的问题分析与解决能力，沟通协作能力强').has('problem-solving')).toBe(true);
    expect(duty('撰写问题分析报告').has('problem-solving')).toBe(false);
  });
});

describe('a head noun written once for a list (zh-shared-head.ts)', () => {
  it('an earlier item is found as the form it makes with the head', () => {
    expect(duty('设计并主导核心数据库架构（关系型/缓存/向量数据库）').has('relational-db')).toBe(true);
    expect(ids('2. 掌握关系型/非关系型数据库设计原则').has('relational-db')).toBe(true);
    const t = ids('1. 负责核心系统的功能、回归、接口及性能测试');
    expect(t.has('manual-testing')).toBe(true);
    expect(t.has('api-testing')).toBe(true);
    expect(duty('参与web、插件和移动端钱包的开发').has('crypto-wallets')).toBe(true);
    const forms = new Set(['关系型数据库', 'api测试']);
    expect(sharedHeadHits('熟悉Web/API/鉴权等测试', (f) => forms.has(f))).toEqual([
      { form: 'api测试', start: 6, end: 9 },
    ]);
  });
  it('not across a clause, after a bare head, in a run of phrases, or for heads that list roles', () => {
    expect(duty('编写和部署智能合约代码,建立自动化测试框架').has('software-testing')).toBe(false);
    expect(duty('根据需求编写合约代码,实现前端设计、开发、部署、测试').has('software-testing')).toBe(false);
    expect(ids('了解 JVM、GC、线程、CPU、内存等性能分析与调优').has('memory-management')).toBe(false);
    expect(ids('能够编写高性能、规范的sql语句,sql调优经验').has('performance-optimization')).toBe(false);
    expect(duty('对 Web 应用、系统与内网环境开展渗透测试').has('software-testing')).toBe(false);
    // 开发 is no shared head: a list of roles ("前端、后端、测试、APP开发") names no 测试开发
    expect(duty('招聘前端、后端、测试、UI、APP开发').has('software-testing')).toBe(false);
    expect(sharedHeadHits('熟悉MySQL、Oracle等数据库', () => false)).toEqual([]);
  });
});
