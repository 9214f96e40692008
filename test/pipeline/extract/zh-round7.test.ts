/**
 * Chinese recall rules of round 7 (issue 15, zhrec: tech misses of the tune half and names no alias covered in
 * unlabelled rebase postings, bench/zh-recall-audit.ts), each tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { zhListMarkDot, zhPlusJoin } from '../../../pipeline/extract/joins.ts';
import { latinTokens } from '../../../bench/zh-recall-audit.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const en = (t: string) => new Set(m.extract(`Requirements:\n${t}`).map((x) => x.id));

describe('marks glued to a Latin name in Chinese postings (joins.ts)', () => {
  it('a list number glued to a name ("1.Java") is no part of a word', () => {
    expect(ids('1.Java基础扎实，熟练使用Springboot').has('java')).toBe(true);
    expect(ids('2.Redis集群经验\n3.Kafka').has('redis')).toBe(true);
    // a version or a file name before the dot still is ("v1.Java", "web3.js" is not JavaScript glued to "web3")
    expect(zhListMarkDot('v1.Java', 2)).toBe(false);
    expect(zhListMarkDot('3.5.Java', 3)).toBe(false);
    expect(zhListMarkDot('\n12.Redis', 3)).toBe(true);
    expect(zhListMarkDot('123.Redis', 3)).toBe(false);
    // English text keeps its boundaries
    expect(en('see section 1.Java for details').has('java')).toBe(false);
  });
  it('a "+" joining two names ("html+JavaScript", "NLP+RAG") ends the first one', () => {
    const s = ids('有html+JavaScript网站开发经验优先，主要是NLP+RAG');
    expect(s.has('html')).toBe(true);
    expect(s.has('nlp')).toBe(true);
    expect(zhPlusJoin('Vue3+TS', 4)).toBe(true);
    // C++ and a grade are no join
    expect(zhPlusJoin('C++开发', 1)).toBe(false);
    expect(zhPlusJoin('评级A+以上', 3)).toBe(false);
    expect(zhPlusJoin('Java+ ', 4)).toBe(false);
    expect(ids('熟悉C++开发').has('c')).toBe(false);
    expect(ids('熟悉C++开发').has('cpp')).toBe(true);
  });
});

describe('"RN" next to cross-platform names is React Native', () => {
  it('reads RN near Flutter, Electron, iOS or 跨平台 as React Native, not the nurse licence', () => {
    const s = ids('5. 掌握跨平台开发，对Electron, Flutter或者RN有相关经验');
    expect(s.has('react-native')).toBe(true);
    expect(s.has('rn-license')).toBe(false);
    expect(ids('至少精通 RN 或 Flutter，熟悉状态管理').has('react-native')).toBe(true);
    // RN with no mobile neighbour is left to its own rule (not read as React Native)
    expect(ids('需要持有 RN 执照，护理经验').has('react-native')).toBe(false);
  });
});

describe('GA among analytics tools (Chinese postings only)', () => {
  it('is Google Analytics in a list of tools or before 加分, not a GA release', () => {
    expect(ids('有数据分析经验，会SQL，GA加分').has('google-analytics')).toBe(true);
    expect(ids('熟悉数据分析工具（如SQL、GA）').has('google-analytics')).toBe(true);
    expect(ids('产品GA上线后负责运营').has('google-analytics')).toBe(false);
    expect(en('Experience with SQL, GA, Looker').has('google-analytics')).toBe(false);
  });
});

describe('zhrec forms and skills', () => {
  it('finds the added forms in their asks', () => {
    const s = ids('4.熟练部署Nginx，熟悉负载均衡，反向代理配置；熟悉阿里云、甲骨文云等主流云平台');
    expect(s.has('reverse-proxy')).toBe(true);
    expect(s.has('oracle-cloud')).toBe(true);
    expect(ids('2. chrome插件开发经验').has('browser-extensions')).toBe(true);
    expect(en('Experience with messaging systems (e.g., Kafka, RabbitMQ)').has('message-queues')).toBe(true);
    const d = ids('熟悉如Uniswap, Synthetix, GMX, dYdX等DEX的产品逻辑；理解 BTC UTXO 模型');
    for (const id of ['synthetix', 'gmx', 'utxo']) expect(d.has(id)).toBe(true);
    const t = ids('熟悉 GoFrame、Go-Zero；熟悉 MySQL、Kafka、OpenResty 等技术栈；Scrapy、Httpx、Requests 等爬虫框架');
    for (const id of ['goframe', 'openresty', 'httpx']) expect(t.has(id)).toBe(true);
    expect(ids('熟悉常见 Web3 工具（如 wagmi、RainbowKit、viem 等）').has('rainbowkit')).toBe(true);
    const c = ids('2.熟练掌握阿里云、AWS、华为云、腾讯云等云平台；能使用版本控制等项目管理工具');
    for (const id of ['huawei-cloud', 'tencent-cloud', 'git']) expect(c.has(id)).toBe(true);
  });
  it('finds the second batch (HarmonyOS/ArkTS, Taro, uni-app, Jotai, DeepSeek, RBAC)', () => {
    const s = ids('3、精通 TypeScript 或 arkTS；了解跨端框架（如 React Native、Flutter、uni-app、taro、kmp）');
    for (const id of ['harmonyos', 'uni-app', 'taro']) expect(s.has(id)).toBe(true);
    const t = ids(
      '熟悉状态管理方案（如 Zustand, Redux Toolkit 或 Jotai）；熟悉 OpenAI、DeepSeek 等大模型；实施并维护RBAC',
    );
    for (const id of ['jotai', 'deepseek', 'identity-access']) expect(t.has(id)).toBe(true);
  });
  it('leaves the near misses', () => {
    // Taro is case-sensitive: the word "taro" in an English sentence is no framework
    expect(en('We love taro bubble tea on Fridays').has('taro')).toBe(false);
    // EOS and GMX are case-sensitive names: the words "eos" / "gmx" in a path or a handle are not
    expect(ids('联系: gmx.net 邮箱').has('gmx')).toBe(false);
    expect(ids('熟悉 Geos 库').has('eos')).toBe(false);
    // 版本管理 alone (a product's version management) is no Git form
    expect(ids('负责产品的版本管理与发布节奏').has('git')).toBe(false);
    // UTXO is case-sensitive too: a lower-case word is no name
    expect(ids('熟悉 utxo 之外的 account 模型').has('utxo')).toBe(false);
  });
});

describe('zh-recall-audit tokens', () => {
  it('lists Latin words with dots, + and # as one token', () => {
    const t = latinTokens('熟悉web3.js、C++和C#，Vue3+TS').map((x) => x.token);
    expect(t).toEqual(['web3.js', 'C++', 'C#', 'Vue3', 'TS']);
  });
});

describe('Chinese ask cues for technologies of every family', () => {
  it('熟悉 before a Business-domain technology accepts it (Hardhat, Tenderly sit under Business)', () => {
    expect(ids('3，熟悉hardhat本地和链上的调试').has('hardhat')).toBe(true);
    expect(ids('- 熟悉 tenderly / cast debug / evm trace').has('tenderly')).toBe(true);
    // a lower-case name with no cue and no list stays out
    expect(new Set(m.extract('## 团队介绍\n我们的 hardhat 插件已开源').map((x) => x.id)).has('hardhat')).toBe(false);
  });
  it('"对 X 有一定了解" asks for X', () => {
    expect(ids('4. 对主流mq有一定了解，至少使用过其中一种').has('message-queues')).toBe(true);
    // a near miss: mq with no cue after it
    expect(ids('4. 公司的mq团队负责运维').has('message-queues')).toBe(false);
  });
});

describe('a Chinese duty verb before a Latin domain name in the duties', () => {
  const duty = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));
  it('keeps the name the hire works with (优化...UTXO管理, 处理 ERC-20 代币, 实现MEV保护)', () => {
    expect(duty('- 优化钱包交易签名、地址生成、UTXO 管理等逻辑').has('utxo')).toBe(true);
    expect(duty('- 交易接口：构造、发送并跟踪 EVM 交易，处理 ERC-20 代币及智能合约交互').has('token-standards')).toBe(
      true,
    );
    expect(duty('5.实现MEV保护机制，包括防三明治攻击').has('mev')).toBe(true);
  });
  it('leaves a name after a verb of promoting, in the next sentence, or naming colleagues', () => {
    expect(duty('推动 imToken 在全球市场的创新和发展').has('imtoken')).toBe(false);
    expect(duty('负责交易系统开发。MEV 团队在新加坡').has('mev')).toBe(false);
    expect(duty('* 构建去中心化的DEX页面; * 与设计师，PM，后端工程师合作').has('product-management')).toBe(false);
  });
});

describe('职缺 (vacancies) heads the job list', () => {
  it('reads the jobs under 技术团队职缺 as the role, not the company', () => {
    const t =
      '## 公司介绍\n我们是一家交易所。\n技术团队职缺：\n1.【区块链Java运维工程师】3500-6000 美金\n2.【Php高级架构师】';
    const s = new Set(m.extract(t).map((x) => x.id));
    expect(s.has('java')).toBe(true);
    expect(s.has('php')).toBe(true);
    // the same names in the company's text stay out
    const c = new Set(m.extract('## 公司介绍\n我们的团队来自 Java 与 PHP 社区。').map((x) => x.id));
    expect(c.has('php')).toBe(false);
  });
});

describe('监控 before a system noun is monitoring', () => {
  const duty = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));
  it('keeps 监控运维平台, 监控数据库性能, 监控性能瓶颈', () => {
    expect(duty('2.设计并开发数据处理平台，监控运维平台；').has('monitoring')).toBe(true);
    expect(duty('- 监控数据库性能，识别并解决性能问题').has('monitoring')).toBe(true);
    expect(duty('5、维护流动性相关系统的高可用性，监控性能瓶颈。').has('monitoring')).toBe(true);
  });
  it('leaves 监控 of markets, communities and product figures', () => {
    expect(duty('2.监控社区动态，及时回应用户').has('monitoring')).toBe(false);
    expect(duty('4.监控代币市场表现').has('monitoring')).toBe(false);
  });
});

describe('"Linux/Unix" names both systems', () => {
  it('finds Linux and Unix in Linux/Unix, and no Unix in Linux alone', () => {
    const s = ids('8：熟悉 Linux/Unix 操作系统和网络编程');
    expect(s.has('linux')).toBe(true);
    expect(s.has('unix')).toBe(true);
    expect(en('Some familiarity with Linux/Unix is preferred').has('unix')).toBe(true);
    expect(ids('熟悉 Linux 系统运维').has('unix')).toBe(false);
  });
});

describe('lower-case chain names in a Chinese list (zh-case.ts, domain kind too)', () => {
  it('accepts polygon, tron, compound in a list of chains or protocols', () => {
    expect(ids('了解eth2.0, polygon, polkadot，cosmos-sdk等相关开源项目').has('polygon')).toBe(true);
    expect(ids('4. 熟悉区块链（eth、solana、tron等）的运行机制').has('tron')).toBe(true);
    expect(ids('熟悉主流DeFi项目:MakerDao、uniswap、compound，synthetix等').has('compound-finance')).toBe(true);
  });
  it('leaves the English word outside a list', () => {
    expect(ids('办公室 near 地铁站，交通方便').has('near')).toBe(false);
    expect(ids('我们会 compound 收益给用户').has('compound-finance')).toBe(false);
  });
});
