/**
 * Chinese and mixed forms of frequently asked tech skills (zh-aliases.tsv, round 3: written from the taxonomy's
 * skills as a Chinese job ad writes them, not from tune misses), each with a sentence where it is asked and, where
 * the form has a neighbour with another meaning, one where it is not.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));

describe('Chinese forms of tech skills (round 3)', () => {
  it.each([
    ['熟悉分布式计算、分布式事务和分布式锁', 'distributed-systems'],
    ['熟悉Kafka等消息中间件', 'message-queues'],
    ['熟悉Redis/MQ等中间件', 'message-queues'],
    ['熟悉云原生技术', 'cloud-architecture'],
    ['熟悉容器编排', 'kubernetes'],
    ['熟悉阿里云', 'alibaba-cloud'],
    ['理解内存管理和垃圾回收机制', 'memory-management'],
    ['熟悉哈希算法、数字签名等密码学原理', 'cryptography'],
    ['了解HTTP协议', 'networking-protocols'],
    ['熟悉区块链网络通讯', 'networking'],
    ['有运维开发经验', 'devops'],
    ['有服务器端开发经验', 'backend'],
    ['熟练使用正则表达式', 'regex'],
    ['熟悉领域驱动设计', 'ddd'],
    ['有微前端实践经验', 'micro-frontends'],
    ['熟悉服务端渲染', 'ssr'],
    ['了解工作量证明和权益证明', 'consensus'],
    ['熟悉Hardhat、Truffle', 'hardhat'],
    ['有H5页面开发经验', 'html'],
    ['熟悉DEX、AMM机制', 'defi'],
    ['有P2P网络开发经验', 'p2p'],
    ['有DDoS防护经验', 'network-security'],
    ['有RN开发经验', 'react-native'],
    ['有数据挖掘经验', 'data-mining'],
    ['熟悉强化学习', 'reinforcement-learning'],
    ['熟悉语音识别', 'speech'],
    ['熟悉搜索引擎和全文检索', 'search-engines'],
    ['有图像处理、目标检测经验', 'computer-vision'],
    ['熟悉卷积神经网络', 'cnn'],
    ['熟悉神经网络', 'deep-learning'],
    ['熟悉模型量化和知识蒸馏', 'model-compression'],
    ['熟悉非关系型数据库', 'nosql'],
    ['有链路追踪经验', 'tracing'],
    ['熟悉单片机开发', 'microcontrollers'],
    ['熟练使用办公软件', 'ms-office'],
    ['熟悉JDK', 'java'],
    ['了解ZK技术', 'zero-knowledge-proofs'],
    ['熟悉LoadRunner、JMeter', 'load-testing'],
    ['有测试管理经验', 'test-management'],
    ['能熟练编写测试脚本', 'test-automation'],
    ['理解线程模型和异步编程', 'concurrency'],
    ['掌握接口测试、系统测试的方法', 'software-testing'],
    ['熟悉微信小程序开发', 'wechat-mini-programs'],
    ['有数据库优化经验', 'query-optimization'],
    ['熟悉自动化部署流程', 'ci-cd'],
    ['有跨端开发、混合开发经验', 'cross-platform'],
    ['了解安全编码规范', 'appsec'],
    ['熟悉反洗钱', 'fraud-prevention'],
    ['有数据埋点经验', 'product-analytics'],
    ['有Agent开发经验', 'ai-agents'],
    ['熟悉提示词设计', 'prompt-engineering'],
    ['熟练使用 Cursor、Copilot', 'ai-coding-tools'],
    ['熟悉汇编语言', 'assembly'],
    ['熟悉等保2.0合规要求', 'security-compliance'],
    ['熟悉Linux内核配置', 'operating-systems'],
    ['了解数据隐私保护法规', 'privacy-engineering'],
  ])('%s -> %s', (t, id) => {
    expect(ids(t).has(id)).toBe(true);
  });

  it('a longer word keeps its own skill: 搜索引擎优化/排名 is SEO, 模型量化 is no quant, 非关系型 is no relational, 分布式缓存 is caching', () => {
    expect(ids('有搜索引擎优化经验').has('search-engines')).toBe(false);
    expect(ids('负责Google搜索引擎排名优化').has('seo')).toBe(true);
    expect(ids('负责Google搜索引擎排名优化').has('search-engines')).toBe(false);
    expect(ids('熟悉模型量化').has('quant')).toBe(false);
    expect(ids('熟悉非关系型数据库').has('relational-db')).toBe(false);
    expect(ids('有分布式缓存经验').has('caching')).toBe(true);
    expect(ids('我们是一个分布式团队').has('distributed-systems')).toBe(false);
  });

  it('forms left out for another sense: bare H5 (a role title), bare P2P (P2P trading), 逆向工程 (not malware analysis)', () => {
    expect(ids('前端开发工程师(H5方向)').has('html')).toBe(false);
    expect(ids('具有P2P BD经验').has('p2p')).toBe(false);
    expect(ids('熟练掌握逆向工程').has('malware-analysis')).toBe(false);
    expect(ids('扫描小程序码进入').has('wechat-mini-programs')).toBe(false);
    expect(ids('将资料汇编成册').has('assembly')).toBe(false);
    // Cursor is Chinese-only (zh-only.ts): in English text it is also a database cursor
    expect(m.extract('Requirements:\n- experience with Cursor and Postgres').map((x) => x.id)).not.toContain(
      'ai-coding-tools',
    );
  });
});
