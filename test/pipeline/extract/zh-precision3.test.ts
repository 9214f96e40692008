/**
 * Chinese precision rules of round 8 (issue 15, zhprec2; pipeline/extract/zh-prec2.ts and the `# zhprec2` entries of
 * cjk-decide.ts), each tested both ways: the form is dropped in the phrase that names no skill of the hire and kept
 * in a near miss that asks it.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';
import { cjkCompanyVoice, cjkHeading, cjkHeadingZone } from '../../../pipeline/extract/cjk-zones.ts';
import { zhPrec2Drop } from '../../../pipeline/extract/zh-prec2.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const role = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));
const whole = (t: string) => new Set(m.extract(t).map((x) => x.id));

describe('问题解决 as the thing delivered', () => {
  it('a solution (问题解决方案) or a duty outcome (推动问题解决) is not the ability', () => {
    expect(ids('- 深入理解前端性能优化、响应式设计及跨浏览器兼容性问题解决方案').has('problem-solving')).toBe(false);
    expect(ids('- 熟悉移动端开发的基本问题解决方案，如界面适配、网络请求等').has('problem-solving')).toBe(false);
    expect(ids('- 与产品、开发并肩作战，从源头推动问题解决，让Bug无处可逃').has('problem-solving')).toBe(false);
  });
  it('the ability asked of the hire stays', () => {
    expect(ids('- 具备良好的问题解决能力和逻辑思维').has('problem-solving')).toBe(true);
    expect(ids('- 具备问题解决能力：面对复杂业务规则时能主动寻找方法').has('problem-solving')).toBe(true);
  });
});

describe('前端运行 (front-running)', () => {
  it('MEV front-running protection is not frontend work', () => {
    expect(role('- 实现MEV保护机制，包括防三明治攻击和前端运行保护').has('frontend')).toBe(false);
  });
  it('frontend work stays', () => {
    expect(role('- 负责前端开发，保障前端运行性能').has('frontend')).toBe(true);
    expect(ids('- 熟悉前端运行原理与浏览器渲染机制').has('frontend')).toBe(true);
  });
});

describe('App Store as the place of one’s apps', () => {
  it('在 App Store 有个人作品 shows one’s work, as a GitHub link does', () => {
    expect(whole('加分项：\n3. 有个人开源项目或在 App Store 有个人作品').has('app-store-connect')).toBe(false);
  });
  it('publishing to the App Store stays', () => {
    expect(ids('- 有马甲包开发经验及 App Store 上架经验').has('app-store-connect')).toBe(true);
    expect(ids('- 具有 App Store 发布经验，了解审核和发布流程').has('app-store-connect')).toBe(true);
  });
});

describe('Twitter as a data source', () => {
  it('the data comes from it (基于推特post的文本, 上游(Twitter/爬虫)数据)', () => {
    expect(ids('- 核心：主要是NLP+RAG，因为是基于推特post的文本信息').has('twitter')).toBe(false);
    expect(role('- 数据质量校验：验证上游（Twitter/爬虫）数据的清洗质量').has('twitter')).toBe(false);
  });
  it('running it or writing for it stays', () => {
    expect(ids('- 熟悉 Twitter（X）、Telegram、Discord 等社区运营').has('twitter')).toBe(true);
    expect(role('- 社群管理：负责公司社群（如Telegram、Discord、Twitter等）的日常管理').has('twitter')).toBe(true);
  });
});

describe('直播 as a live show', () => {
  it('a show, its running or a product feature is not video streaming', () => {
    expect(whole('[远程] Gate.io诚聘 直播运营专员 10-20K').has('video-streaming')).toBe(false);
    expect(
      role('- 独立策划并执行线上线下社区活动，包括 AMA、社区竞赛、直播分享、推广活动').has('video-streaming'),
    ).toBe(false);
  });
  it('streaming work stays (直播流, 音视频直播, 直播系统)', () => {
    expect(ids('- 有自建CDN、自建直播流服务器经验者优先').has('video-streaming')).toBe(true);
    expect(role('- 负责音视频直播的开发与优化').has('video-streaming')).toBe(true);
    expect(role('- 负责直播系统的架构设计').has('video-streaming')).toBe(true);
  });
});

describe("the company's and the recruiter's lines", () => {
  it('an industry word in the company line or the recruiter’s focus is the business', () => {
    expect(zhPrec2Drop('区块链', 'domain', '== 公司toobit:', '行业项目,远程办公工程师一般薪资30-60K')).toBe(
      'zh:mention:project-line',
    );
    expect(whole('联系方式：hr@example.com\n- 专注于web3和AI公司技术职位，可以长久保持联系').has('blockchain')).toBe(
      false,
    );
    expect(
      whole('一家专注于将人工智能与区块链技术相结合的公司\n核心产品和服务围绕 AI 代理的协作展开').has('ai-agents'),
    ).toBe(false);
  });
  it('the industry asked of the hire stays', () => {
    expect(zhPrec2Drop('区块链', 'domain', '- 有', '行业项目经验优先')).toBe(null);
    expect(ids('- 专注于web3方向的后端开发，有区块链项目经验').has('blockchain')).toBe(true);
    expect(role('- 负责 AI 代理的协作框架开发').has('ai-agents')).toBe(true);
  });
});

describe("the company's section of a Chinese posting", () => {
  it('a bare 公司/团队介绍 line is a company heading (the template writes it without ## too)', () => {
    expect(cjkHeading('公司/团队介绍')).toBe('公司/团队介绍');
    expect(cjkHeadingZone('公司/团队介绍')).toBe('company');
    // ...a heading that only names teams and work is not one
    expect(cjkHeading('团队与项目管理')).toBe(null);
  });
  it('an ask or duty cue in the company’s own voice leaves the sentence the company’s', () => {
    const t =
      '[远程] Gear 公司诚聘 Rust 工程师\n\n## 关于 Gear\n\nGear将通过使创新的dApps、微服务、中间件和开放API的运行，协助向Web3技术的大规模使用过渡。\n\n## 岗位职责\n- 负责 Rust 智能合约开发\n';
    const got = whole(t);
    expect(got.has('microservices')).toBe(false);
    expect(got.has('middleware')).toBe(false);
    expect(got.has('blockchain')).toBe(false);
    expect(cjkCompanyVoice('团队拥有多年的数字资产管理经验，具有良好的风险控制和投后管理能力')).toBe(true);
  });
  it('a sentence there that addresses the hire or lists the work still asks', () => {
    const t =
      '[远程] Acme 公司诚聘 前端工程师\n\n## 公司/团队介绍\n\n我们正在寻找一位熟悉微服务架构的研发技术经理，领导技术架构设计。\n';
    expect(whole(t).has('microservices')).toBe(true);
    expect(cjkCompanyVoice('- 参与公司分布式系统、链上交互工具的需求分析与方案设计')).toBe(false);
    expect(cjkCompanyVoice('如果你具备相关经验并熟悉Defi的应用的开发')).toBe(false);
    expect(cjkCompanyVoice('- 2年以上链上产品经理经验，熟悉DEX产品运作模式')).toBe(false);
    expect(cjkCompanyVoice('在开源项目或复杂系统中推动过具有实质影响的工程改进')).toBe(false);
    expect(cjkCompanyVoice('英文内容写作能力接近Native水平，能独立撰写高质量内容')).toBe(false);
  });
  it('the company’s own prose does not end the company heading’s run; a paragraph that asks still does', () => {
    const intro =
      '[成都] 云存科技 公司诚聘 高级运维工程师\n\n## 公司介绍\n云存科技创立于2019年，在区块链领域有着良好的口碑与扎实的技术积累。当前公司主要聚焦于基于区块链技术的物联网基础网络建设，致力于帮助客户搭建一个去中心化的物联网网络，为相关企业提供更好的物联网网络服务。\n\n## 岗位职责\n- 负责 Linux 服务器运维\n';
    expect(whole(intro).has('iot')).toBe(false);
    expect(whole(intro).has('linux')).toBe(true);
    const asks =
      '[成都] 云存科技 公司诚聘 高级运维工程师\n\n## 公司介绍\n云存科技创立于2019年，在区块链领域有着良好的口碑。我们正在寻找一位熟悉物联网基础网络建设的运维工程师，与我们一起为相关企业提供更好的物联网网络服务。\n';
    expect(whole(asks).has('iot')).toBe(true);
  });
});
