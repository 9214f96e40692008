/** Chinese sentence rules of round 3 (zh-cues.ts, cjk.ts), each tested both ways. */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const why = (t: string, id: string) => m.explain(`任职要求:\n${t}`).dropped.find((d) => d.id === id)?.why;

describe('AI used as a tool is no AI skill', () => {
  it('利用 AI 提升效率, 运用AI进行剪辑, AI 开发工具: dropped (AI 开发工具 is AI coding tools)', () => {
    expect(ids('能够利用 AI 提升开发效率').has('ai')).toBe(false);
    expect(why('熟练运用AI进行视频剪辑', 'ai')).toBe('zh:product-noun');
    expect(ids('关注 AI 开发工具及新技术').has('ai')).toBe(false);
    expect(ids('关注 AI 开发工具及新技术').has('ai-coding-tools')).toBe(true);
  });
  it('asked as a field it stays: 熟悉AI技术, 有AI项目经验, 运用AI算法', () => {
    expect(ids('熟悉AI技术').has('ai')).toBe(true);
    expect(ids('有AI项目经验').has('ai')).toBe(true);
  });
});

describe('a team named with its members in brackets is colleagues', () => {
  it('与跨部门团队(如产品、后端、UI设计等)有效协作: the departments are dropped', () => {
    const t = '能够与跨部门团队（如产品、后端、UI设计等）有效协作';
    expect(why(t, 'backend')).toBe('zh:colleague');
    expect(ids(t).has('ui-design')).toBe(false);
  });
  it('a bracketed list of skills with no working together after it stays: 熟悉后端开发(如Go、Java等)', () => {
    const s = ids('熟悉后端开发（如Go、Java等）');
    expect(s.has('backend')).toBe(true);
    expect(s.has('go')).toBe(true);
  });
});

describe('移动端 before the thing made for it is a platform', () => {
  it('移动端产品的UI设计, 移动端ui/ux设计经验, 移动端安全: no mobile development', () => {
    expect(why('负责移动端产品核心功能模块的 ui 设计', 'mobile-development')).toBe('zh:adjective');
    expect(ids('5年以上移动端ui/ux设计经验').has('mobile-development')).toBe(false);
    expect(ids('对移动端安全对抗有深入理解').has('mobile-development')).toBe(false);
  });
  it('移动端开发 and 熟悉移动端 stay', () => {
    expect(ids('有移动端开发经验').has('mobile-development')).toBe(true);
    expect(ids('熟悉移动端和Web端').has('mobile-development')).toBe(true);
  });
});

describe('沟通 in its everyday sense', () => {
  it('沟通语言, 沟通偏好, 添加HR进行沟通: no communication skill', () => {
    expect(why('以日语为主要沟通语言', 'communication')).toBe('zh:everyday');
    expect(ids('熟悉日本用户社交习惯与沟通偏好').has('communication')).toBe(false);
    expect(ids('具体要求可以添加HR进行沟通').has('communication')).toBe(false);
  });
  it('良好沟通, 善于沟通, 与开发人员沟通 stay', () => {
    expect(ids('与后端开发人员保持良好沟通').has('communication')).toBe(true);
    expect(ids('乐于并善于沟通').has('communication')).toBe(true);
  });
});

describe('a mention named after its list', () => {
  it('X、Y 和 DBA 等顶级投资者: investors, not skills; 熟悉股票、基金等 and 熟悉 MySQL、DBA 等工作 stay', () => {
    expect(why('得到了 Polychain、Tribe Capital 和 DBA 等顶级投资者的支持', 'database-administration')).toBe(
      'zh:mention-after',
    );
    expect(ids('熟悉 MySQL、DBA 等工作').has('database-administration')).toBe(true);
  });
});

describe('words read inside longer ones', () => {
  it('并发 in 并发现 / 并发布 is no concurrency; 高并发 and 并发编程 are', () => {
    expect(ids('及时响应事件并发现潜在问题').has('concurrency')).toBe(false);
    expect(ids('负责版本构建并发布').has('concurrency')).toBe(false);
    expect(ids('熟悉并发编程').has('concurrency')).toBe(true);
  });
  it('开源 before a kind of system is no open-source practice (开源的异常分析系统); 开源系统代码 is', () => {
    expect(why('熟悉主流开源的异常分析系统优先', 'open-source')).toBe('zh:adjective');
    expect(ids('能阅读开源系统代码').has('open-source')).toBe(true);
  });
  it('线上问题排查 is debugging, not incident management', () => {
    const s = ids('具备基本的线上问题排查能力');
    expect(s.has('debugging')).toBe(true);
    expect(s.has('incident-management')).toBe(false);
  });
});

describe('Latin names of Chinese postings (14-zh-review.txt, zh-only.ts)', () => {
  it('JVM, RocketMQ, Polkadot, Substrate, Hyperledger, IPFS, MVVM are found in Chinese text', () => {
    const s = ids('熟悉JVM调优、RocketMQ;了解Polkadot、Substrate、Hyperledger、IPFS;熟悉MVVM框架');
    for (const id of ['jvm', 'rocketmq', 'polkadot', 'substrate', 'hyperledger', 'ipfs', 'design-patterns'])
      expect(s.has(id)).toBe(true);
    const t = ids('熟悉质押机制;熟悉Subgraph API;熟悉MetaMask钱包交互;熟悉OkHttp、Retrofit');
    for (const id of ['staking', 'the-graph', 'metamask', 'okhttp']) expect(t.has(id)).toBe(true);
    const u = ids('对密码学、安全协议有研究;解决浏览器兼容性问题');
    for (const id of ['security-protocols', 'cross-browser']) expect(u.has(id)).toBe(true);
  });
  it('JVM is Chinese-only: "Java / JVM" in an English posting is the Java role; Substrate needs a cue', () => {
    expect(m.extract('Requirements:\n- Software Engineer - Java / JVM').map((x) => x.id)).not.toContain('jvm');
    expect(ids('深刻理解JVM的配置优化策略').has('jvm')).toBe(true);
    expect(m.extract('We grow crystals on a Substrate wafer.').map((x) => x.id)).not.toContain('substrate');
  });
});
