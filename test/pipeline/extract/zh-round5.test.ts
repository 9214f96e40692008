/** Chinese rules of round 5 (issue 15, zh5: forms from the unlabelled rebase postings), each tested both ways. */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { cjkHeading, cjkHeadingZone, cjkLogistics } from '../../../pipeline/extract/cjk-zones.ts';
import { zonePosting } from '../../../pipeline/extract/zones.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const idsRaw = (t: string) => new Set(m.extract(t).map((x) => x.id));

describe('technologies added from the unlabelled Chinese postings (14-zh-review.txt)', () => {
  it('VictoriaMetrics and VictoriaLogs are their own skills, not Thanos', () => {
    const s = ids('要求：可观测性、OpenTelemetry、VictoriaMetrics、VictoriaLogs、HBase等实际逻辑开发项目经验');
    expect(s.has('victoriametrics')).toBe(true);
    expect(s.has('victorialogs')).toBe(true);
    expect(s.has('thanos')).toBe(false);
  });
  it('MQTT, LevelDB (not RocksDB), Slither and Mythril, ERC-20 token standards', () => {
    expect(ids('熟悉 MQTT 协议').has('mqtt')).toBe(true);
    const db = ids('有MongoDB、LevelDB等数据库开发经验');
    expect(db.has('leveldb')).toBe(true);
    expect(db.has('rocksdb')).toBe(false);
    const sec = ids('熟练使用 Mythril、Slither、MythX 等自动化审计工具');
    expect(sec.has('slither')).toBe(true);
    expect(sec.has('mythril')).toBe(true);
    expect(ids('熟悉ERC-20、ERC-721、ERC-1155等代币标准').has('token-standards')).toBe(true);
  });
  it('Foundry in a Solidity tool list is the Solidity toolkit (its own skill since 17-named-products.txt); a foundry in prose is not', () => {
    expect(ids('熟练使用 Hardhat 或 Foundry 开发框架').has('foundry')).toBe(true);
    expect(ids('熟练使用 Foundry 开发框架').has('foundry')).toBe(true);
    expect(idsRaw('We work with a semiconductor Foundry in Taiwan.').has('foundry')).toBe(false);
  });
  it('RPC asked (理解RPC框架, 节点RPC搭建, 消息队列、RPC) is kept; alone in prose it is not', () => {
    expect(ids('了解HTTP/2协议，理解RPC框架').has('rpc')).toBe(true);
    expect(ids('对公链技术、节点RPC搭建与调用有深入了解').has('rpc')).toBe(true);
    expect(ids('对常见的中间件如分布式缓存、Kafka、RPC等有丰富的使用经验').has('rpc')).toBe(true);
    expect(idsRaw('Our RPC went down yesterday.').has('rpc')).toBe(false);
  });
  it('SDK development (SDK开发, SDK封装) is kept; using an SDK is not', () => {
    expect(ids('负责Solidity智能合约JS SDK封装').has('sdk-development')).toBe(true);
    expect(ids('负责大数据产品服务端接入SDK研发').has('sdk-development')).toBe(true);
    expect(ids('使用SDK搭建dApps').has('sdk-development')).toBe(false);
  });
});

describe('Chinese shorthands H5 and PS (zh-only.ts, context rules)', () => {
  it('H5 pages and H5 development are HTML', () => {
    expect(ids('完成pc端h5页面的开发').has('html')).toBe(true);
    expect(ids('熟悉移动端 H5 开发').has('html')).toBe(true);
    expect(ids('负责PC、H5前端开发').has('html')).toBe(true);
  });
  it('H5 in English text, or alone, is no HTML', () => {
    expect(idsRaw('Requirements: H5 headings and H6 headings are styled.').has('html')).toBe(false);
    expect(idsRaw('标题分为 H5 和 H6 两级').has('html')).toBe(false);
  });
  it('PS among design tools is Photoshop; a postscript PS: is not', () => {
    expect(ids('熟练使用PS、Sketch、Figma等设计软件').has('photoshop')).toBe(true);
    expect(ids('熟悉 PS 和 Figma').has('photoshop')).toBe(true);
    expect(ids('PS：需提供个人作品集或相关链接').has('photoshop')).toBe(false);
    expect(idsRaw('PS：\n1、负责K8s集群及业务系统运维').has('photoshop')).toBe(false);
    expect(idsRaw('Requirements: PS, we love Figma users').has('photoshop')).toBe(false);
  });
});

/** The zone of the segment that holds `needle`. */
const zoneOf = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture lacks ${needle}`);
  return zonePosting(text).find((s) => s.start <= at && at < s.end)?.zone;
};

describe('Chinese headings of round 5 (cjk.ts)', () => {
  it('a heading naming the job and its pay starts the role zone; the pay or the job alone stays as it was', () => {
    expect(cjkHeadingZone('职位与薪资')).toBe('role');
    expect(cjkHeadingZone('岗位及薪酬')).toBe('role');
    expect(cjkHeading('## 招聘岗位及待遇')).toBe('招聘岗位及待遇');
    expect(cjkHeadingZone('招聘岗位及待遇')).toBe('role');
    expect(cjkHeadingZone('岗位待遇')).toBe('benefits'); // the job's benefits
    expect(cjkHeadingZone('薪资福利待遇')).toBe('benefits');
    const t = '## 职位与薪资\n高级后端工程师 30-50K\n熟悉 Go 和 Kafka\n## 福利待遇\n- 五险一金';
    expect(zoneOf(t, '高级后端')).toBe('role');
    expect(zoneOf(t, '熟悉 Go')).not.toBe('benefits');
    expect(idsRaw(t).has('kafka')).toBe(true);
  });
  it('perks (岗位优势, 优势) are benefits, 团队优势 describes the company', () => {
    expect(cjkHeadingZone('岗位优势')).toBe('benefits');
    expect(cjkHeadingZone('优势')).toBe('benefits');
    expect(cjkHeadingZone('团队优势')).toBe('company');
    const t = '### 优势\n- 可以获取最新的行业资讯，掌握币圈的最新动态。\n- 接触和实践前沿的区块链技术，如DeFi、钱包';
    const s = idsRaw(t);
    expect(s.has('blockchain')).toBe(false);
    expect(s.has('defi')).toBe(false);
  });
  it('a work-conditions label (工作地点, 工作模式) is benefits whatever its cue; 时区要求 keeps its ask', () => {
    expect(cjkLogistics('工作地点')).toBe(true);
    expect(cjkLogistics('时区要求')).toBe(false);
    const t = '- 工作地点：杭州，我们将AI与Web3的创新推向极致，因此本岗位优先期待能与团队常驻杭州';
    expect(zoneOf(t, '常驻')).toBe('benefits');
    expect(idsRaw(t).has('blockchain')).toBe(false);
    const tz = '- 时区要求：（GMT+8优先，可覆盖核心工作时间，可适应国际分布式团队协作）';
    expect(zoneOf(tz, '团队协作')).not.toBe('benefits');
  });
  it('a heading with a long note in brackets is still the heading (岗位要求、职责 (所有技术岗位不需要...))', () => {
    // (the text is width-folded before zoning: （） are ())
    expect(
      cjkHeading('岗位要求、职责 (所有技术岗位不需要有 web3 赛道任职经验,至少具备1段头部互联网大厂任职背景)'),
    ).toBe('岗位要求、职责');
  });
});

describe('asks under a benefits heading (cjk.ts cjkDecision, zones.ts heading run)', () => {
  it('a strong ask under a benefits heading is kept; a perk is not', () => {
    const t = '## 福利待遇\n- 五险一金，弹性工作\n- 远程办公，要求熟悉 Go 和 Solidity';
    const s = idsRaw(t);
    expect(s.has('go')).toBe(true);
    expect(s.has('solidity')).toBe(true);
    expect(idsRaw('## 福利待遇\n- 免费提供 MacBook 和 Cursor 会员').has('ai-coding-tools')).toBe(false);
    // 需要配合 ... 时间: fitting a schedule, no teamwork
    expect(idsRaw('## 福利待遇\n- 工作地点：远程. 需要配合美国加州时间').has('teamwork')).toBe(false);
  });
  it('a job list under a remote-work heading: job lines start the role, strong asks end the benefits run', () => {
    const t = [
      '## 工作性质',
      '- 是否远程：是',
      'Position 一：Golang 工程师',
      '1 、熟练掌握 Golang 高并发编程',
      '2 、熟悉 MySQL 、Redis 和 Kafka',
    ].join('\n');
    expect(zoneOf(t, 'Position 一')).toBe('role');
    const s = idsRaw(t);
    for (const id of ['go', 'mysql', 'redis', 'kafka']) expect(s.has(id)).toBe(true);
    const u = ['## 薪资福利待遇', '- 年终奖，双休', '1）Golang：5年左右golang经验，高QPS'].join('\n');
    expect(zoneOf(u, '1）Golang')).not.toBe('benefits');
    expect(idsRaw(u).has('go')).toBe(true);
    // under a requirements heading a job line changes nothing
    const r = '## 岗位要求\nPosition 四：运营\n有想法，沟通不错，中英文流利';
    expect(zoneOf(r, '沟通不错')).toBe('requirements');
  });
  it('Kong after Hong is Hong Kong, not the API gateway', () => {
    expect(ids('- Onsite-Hong Kong （公司提供 EP ）').has('api-gateway-products')).toBe(false);
    expect(ids('熟悉 Kong、Nginx 等网关').has('api-gateway-products')).toBe(true);
  });
});

describe('industry words as the business or asked of the hire (zh-cues.ts)', () => {
  it('the company describing itself or its product: no skill', () => {
    expect(idsRaw('我们是一家区块链公司').has('blockchain')).toBe(false);
    expect(idsRaw('我们是 Web3 领先平台，服务全球用户').has('blockchain')).toBe(false);
    const s = idsRaw('一家专注于将人工智能（AI）与区块链技术相结合的公司');
    expect(s.has('ai')).toBe(false);
    expect(s.has('blockchain')).toBe(false);
    expect(idsRaw('岗位职责:\n- 落地 AI 风控业务').has('ai')).toBe(false);
    expect(idsRaw('高级测试开发工程师 (AI 交易系统方向)').has('ai')).toBe(false);
    expect(idsRaw('岗位职责:\n- 探索用AI提效，让测试更快').has('ai')).toBe(false);
  });
  it('asked of the hire: kept', () => {
    expect(ids('- 熟悉区块链原理').has('blockchain')).toBe(true);
    expect(ids('- 有 Web3 项目经验').has('blockchain')).toBe(true);
    expect(ids('- 有 AI 交易系统开发经验').has('ai')).toBe(true);
    expect(ids('- 对 DeFi 业务了解').has('defi')).toBe(true);
  });
});

describe('more technologies from the unlabelled Chinese postings (14-zh-review.txt)', () => {
  it('Chinese backend asks: Dubbo, go-zero, 分库分表, Doris/StarRocks, PBFT/DPoS consensus, goroutine', () => {
    expect(ids('熟悉 Spring Cloud、Dubbo 等微服务框架').has('dubbo')).toBe(true);
    expect(ids('丰富的 GoZero 、Gin 和其他 Golang 框架经验').has('go-zero')).toBe(true);
    expect(ids('有分库分表、主从同步等设计经验').has('database-sharding')).toBe(true);
    const olap = ids('数据仓库 StarRocks/Clickhouse/Doris 经验');
    expect(olap.has('starrocks')).toBe(true);
    expect(olap.has('doris')).toBe(true);
    expect(ids('熟悉 PBFT、DPoS 等共识算法').has('consensus')).toBe(true);
    expect(ids('熟悉 goroutine 调度原理').has('go')).toBe(true);
  });
  it('chains and protocols: BSC, Arbitrum, TRON, MEV; L2 in Chinese text is Layer 2', () => {
    const s = ids('熟悉 Ethereum、BSC、Arbitrum、TRON 等公链');
    for (const id of ['bnb-chain', 'arbitrum', 'tron']) expect(s.has(id)).toBe(true);
    expect(ids('精通 MEV 原理').has('mev')).toBe(true);
    expect(ids('熟悉 L2 扩容方案').has('layer-2')).toBe(true);
  });
  it('the short forms stay out where they are words: L2 support, Doris from HR, Proof of Stake in English prose', () => {
    expect(idsRaw('Requirements: 3 years of L2 support experience').has('layer-2')).toBe(false);
    expect(idsRaw('联系人：Doris，微信 abc123').has('doris')).toBe(false);
    expect(idsRaw('We build a Proof of Stake network for payments.').has('consensus')).toBe(false);
  });
});

describe('degree subjects, job lines with a remote cue, more title verbs (cjk.ts)', () => {
  it('an English degree subject in a Chinese posting is left out, as 计算机相关专业; the knowledge is kept', () => {
    const t = "岗位要求:\n- Bachelor's degree in Computer Science or related field\n- 熟悉 Go";
    expect(idsRaw(t).has('computer-science')).toBe(false);
    expect(ids('- 扎实的计算机科学基础').has('computer-science')).toBe(true);
    expect(ids('- Deep knowledge of computer science including threads and networking').has('computer-science')).toBe(
      true,
    );
    // an English posting keeps its own rules (the HN readers label degree subjects)
    expect(idsRaw("Requirements:\n- Bachelor's degree in Computer Science").has('computer-science')).toBe(true);
  });
  it('a remote-work cue in a line naming the jobs is the role; a perk line stays benefits', () => {
    const t = '【全球远程 居家办公】技术+运维岗位eg:前端 go c++ php java 大数据+产品+运维+测试';
    const s = idsRaw(t);
    expect(s.has('java')).toBe(true);
    expect(s.has('cpp')).toBe(true);
    expect(zoneOf('福利待遇:\n支持远程办公，弹性工作', '远程办公')).toBe('benefits');
    expect(zoneOf('支持远程办公，弹性工作', '远程办公')).toBe('benefits');
  });
  it('急招 / 直招 / 诚招 / 招募 end the company part of a title like 诚聘', () => {
    expect(idsRaw('[远程办公] Top15加密货币交易所急招 iOS 工程师 30K-60K').has('blockchain')).toBe(false);
    expect(idsRaw('[远程办公] Top15加密货币交易所急招 iOS 工程师 30K-60K').has('ios')).toBe(true);
    expect(idsRaw('[Remote] Web3交易所直招 流动性开发主管').has('blockchain')).toBe(false);
  });
});

describe('tools the tune half named without an id (14-zh-review.txt, zh5 review)', () => {
  it('Perfetto/Systrace, OpenFeign, 配置中心, CSS隔离, 国际化翻译, forensics tools', () => {
    expect(ids('熟练使用 Android 性能分析与调试工具（Profiler、Systrace、Perfetto）').has('android-profiler')).toBe(
      true,
    );
    expect(ids('熟悉 Spring Cloud OpenFeign').has('openfeign')).toBe(true);
    expect(ids('熟悉配置中心、注册中心等中间件').has('config-center')).toBe(true);
    const css = ids('了解CSS隔离方案和Webpack构建');
    expect(css.has('css-modules')).toBe(true);
    expect(css.has('css')).toBe(false);
    expect(ids('维护公司内部国际化翻译平台').has('i18n')).toBe(true);
    const f = ids('熟练使用 EnCase、FTK、X-Ways、Autopsy 等取证工具');
    for (const id of ['encase', 'ftk', 'x-ways', 'autopsy']) expect(f.has(id)).toBe(true);
  });
  it('the short names need context: an autopsy or a cargo ship in prose is no tool', () => {
    expect(idsRaw('The cargo ship arrived late; the autopsy report is pending.').has('cargo')).toBe(false);
    expect(idsRaw('The cargo ship arrived late; the autopsy report is pending.').has('autopsy')).toBe(false);
    expect(ids('国际化团队，氛围好').has('i18n')).toBe(false);
  });
});

describe('web3 and frontend names from unlabelled postings (zh5)', () => {
  it('libp2p, WalletConnect, Etherscan, imToken, Merkle trees, ERC-4337, restaking, CSS-in-JS, EFK, OpenZepplin', () => {
    const s = ids(
      '熟悉 libp2p、WalletConnect、Etherscan API、imToken 等，了解默克尔树、账户抽象（ERC-4337）和 EigenLayer 再质押',
    );
    for (const id of [
      'libp2p',
      'walletconnect',
      'etherscan',
      'imtoken',
      'merkle-trees',
      'account-abstraction',
      'restaking',
    ])
      expect(s.has(id)).toBe(true);
    const f = ids('要求：React、NodeJS、nextjs、cssinjs，熟悉 EFK 日志体系，熟悉 OpenZepplin');
    expect(f.has('css-in-js')).toBe(true);
    expect(f.has('styled-components')).toBe(false);
    expect(f.has('elk')).toBe(true);
    expect(f.has('openzeppelin')).toBe(true);
  });
});

describe('everyday senses and background checks (cjk.ts, zh-cues.ts)', () => {
  it('量化 "to quantify" and 发布策略 of content are no skills; quant trading and a deployment strategy stay', () => {
    expect(ids('完成涨粉、互动率等量化运营目标').has('quant')).toBe(false);
    expect(ids('有可量化的成绩者优先').has('quant')).toBe(false);
    expect(ids('有量化交易经验').has('quant')).toBe(true);
    expect(ids('持续优化选题、内容风格与发布策略').has('deployment-strategies')).toBe(false);
    expect(ids('熟悉灰度发布、蓝绿部署等发布策略').has('deployment-strategies')).toBe(true);
  });
  it('a background check (无...犯罪记录, 无...从业经历) asks for nothing; experience asked stays', () => {
    const s = ids('1. 三年及以上相关经验，无网络信息安全相关犯罪记录，无灰黑产从业经历。');
    expect(s.has('cybersecurity')).toBe(false);
    expect(s.has('fraud-prevention')).toBe(false);
    expect(ids('有信息安全从业经历').has('cybersecurity')).toBe(true);
  });
  it('"他们在...方向具备深厚积累" is the team describing itself', () => {
    const s = ids('他们在高并发系统、用户增长体系、推荐算法等方向具备深厚积累。');
    expect(s.has('growth-marketing')).toBe(false);
    expect(s.has('recommender-systems')).toBe(false);
    expect(ids('你需要在推荐算法方向具备深厚积累').has('recommender-systems')).toBe(true);
  });
});

describe('Remix among Solidity tools, 兼容性 in general (rules.ts, cjk.ts)', () => {
  it('Remix next to Hardhat/Truffle is the Remix IDE, not the React framework; with React it stays', () => {
    expect(ids('熟悉Hardhat、Truffle、Remix、Waffle等开发环境').has('remix')).toBe(false);
    expect(ids('熟悉 Truffle/Remix/Hardhat 等开发测试工具').has('remix')).toBe(false);
    expect(ids('熟悉 React、Next.js、Remix 等前端框架').has('remix')).toBe(true);
  });
  it('兼容性 of screens and devices is responsive design; compatibility in general is not', () => {
    expect(ids('拥有解决手机端兼容性问题的经验').has('responsive-design')).toBe(true);
    expect(ids('推动团队技术升级，保障兼容性').has('responsive-design')).toBe(false);
    expect(ids('执行功能测试、回归测试、兼容性测试').has('responsive-design')).toBe(false);
  });
});

describe('concepts named without an id, asked in unlabelled postings too (zh5)', () => {
  it('预测市场, 跟单交易, 数据安全, MacCatalyst, Socket通信, Ganacher', () => {
    expect(ids('熟悉 Polymarket 等预测市场').has('prediction-markets')).toBe(true);
    expect(ids('负责 CopyTrading 跟单交易模块').has('copy-trading')).toBe(true);
    expect(ids('有数据安全相关经验').has('data-security')).toBe(true);
    expect(ids('有 macOS / MacCatalyst 或 SwiftUI 开发经验').has('mac-catalyst')).toBe(true);
    expect(ids('熟悉 Socket 通信').has('network-programming')).toBe(true);
    expect(ids('熟悉 Truffle、Ganacher').has('truffle')).toBe(true);
    expect(ids('具备EKS集群运行时安全加固能力（Pod安全策略、NetworkPolicy微隔离）').has('k8s-networking')).toBe(true);
  });
});

describe('用户体验 / 交互体验 as an outcome a few words after the verb (cjk.ts)', () => {
  it('确保系统稳定、高效的用户体验, 提高性能和交互体验: outcomes; 注重用户体验, 具备良好的用户体验设计能力: asked', () => {
    expect(ids('负责交易平台 Web 端的功能开发与维护，确保系统稳定、高效的用户体验。').has('ux-design')).toBe(false);
    expect(ids('优化交易界面，提高性能和交互体验。').has('ux-design')).toBe(false);
    expect(ids('熟悉 iOS 人机交互细节，注重用户体验').has('ux-design')).toBe(true);
    expect(ids('提升产品质量，具备良好的用户体验设计能力').has('ux-design')).toBe(true);
  });
});

describe('数据清洗 is data cleaning (zh-aliases.tsv)', () => {
  it('数据清洗 is data cleaning, 数据管道 stays data pipelines', () => {
    const s = ids('能够利用 Python 编写基础脚本进行数据清洗和分析');
    expect(s.has('data-cleaning')).toBe(true);
    expect(s.has('data-pipelines')).toBe(false);
    expect(ids('搭建数据管道').has('data-pipelines')).toBe(true);
  });
});
