/**
 * The sentence cues of Chinese postings (pipeline/extract/zh-cues.ts), each tested both ways on sentences written
 * like Chinese postings (fixtures written for the tests).
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import {
  zhColleague,
  zhMention,
  zhNegation,
  zhProductNoun,
  zhSelfDescription,
} from '../../../pipeline/extract/zh-cues.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const why = (t: string, id: string) => m.explain(t).dropped.find((d) => d.id === id)?.why;

describe('Chinese negations', () => {
  it('无需 / 不要求 before a skill and 不限 / 非必须 after it drop it; 不限于 (not limited to) does not', () => {
    expect(zhNegation('任职要求:\n无需', ' 经验,我们提供培训')).toBe(true);
    expect(zhNegation('不要求有', '开发经验')).toBe(true);
    expect(zhNegation('计算机', '专业不限')).toBe(true);
    expect(zhNegation('包括但不限于', ', Rust')).toBe(false);
    expect(zhNegation('熟悉', '开发')).toBe(false);
    expect(ids('任职要求:\n无需区块链经验,我们提供培训').has('blockchain')).toBe(false);
    expect(why('任职要求:\n无需 Rust 经验', 'rust')).toBe('zh:negation');
    expect(ids('任职要求:\n熟悉 Rust,有区块链经验').has('rust')).toBe(true);
    expect(ids('任职要求:\n熟悉 Rust,有区块链经验').has('blockchain')).toBe(true);
    expect(ids('任职要求:\n熟悉后端语言,包括但不限于 Go, Rust').has('rust')).toBe(true);
  });
});

describe('Chinese mention cues', () => {
  it("customers, partners, investors and the team's past employers are no skills; an ask after the cue is", () => {
    expect(zhMention('我们的客户包括 ')).toBe('客户包括');
    expect(zhMention('团队成员来自 ')).toBe('团队成员来自');
    expect(zhMention('合作伙伴遍布全球,你需要熟悉 ')).toBeNull();
    expect(zhMention('熟悉 ')).toBeNull();
    expect(ids('岗位职责:\n我们的合作伙伴包括 AWS、Solana 基金会').has('aws')).toBe(false);
    expect(why('任职要求:\n投资方包括 Solana Ventures', 'solana')).toBe('zh:mention:投资方');
    expect(ids('任职要求:\n熟悉 AWS 和 Solana').has('solana')).toBe(true);
    expect(ids('任职要求:\n团队成员来自 Google 和 Meta,熟悉 Kubernetes').has('kubernetes')).toBe(true);
    expect(ids('岗位职责:\n根据预案联系来自其他团队的负责人').has('runbooks')).toBe(true);
  });
});

describe('Chinese self-description', () => {
  it('a sentence of the company describing itself is no ask; one addressing the hire is', () => {
    expect(zhSelfDescription('我们在高并发系统、复杂金融产品、')).toBe(true);
    expect(zhSelfDescription('Manta 致力于通过隐私保护构建')).toBe(true);
    expect(zhSelfDescription('我们正在寻找熟悉')).toBe(false);
    expect(zhSelfDescription('我们希望你熟悉')).toBe(false);
    expect(zhSelfDescription('熟悉')).toBe(false);
    expect(zhSelfDescription('Our team is ')).toBe(false);
    const t = '任职要求:\n我们在高并发系统、用户增长体系、推荐算法等方向具备深厚积累';
    expect(ids(t).has('growth-marketing')).toBe(false);
    expect(ids(t).has('recommender-systems')).toBe(false);
    expect(ids('任职要求:\n熟悉推荐算法,有用户增长经验').has('recommender-systems')).toBe(true);
    // the company's own stack still counts with a stack cue
    expect(ids('我们在新加坡,使用 Go 和 PostgreSQL 构建交易系统').has('postgresql')).toBe(true);
    expect(ids('公司介绍:\n我们致力于维护区块链网络安全').has('network-security')).toBe(false);
  });
});

describe('Chinese colleagues and product nouns', () => {
  it('a role the hire works with is dropped (与产品经理协作, 根据UI设计师提供的设计图); a title is kept', () => {
    expect(zhColleague('产品经理', '5.与', ',开发工程师紧密协作')).toBe(true);
    expect(zhColleague('UI设计', '根据', '师提供的设计图')).toBe(true);
    expect(zhColleague('产品经理', '诚聘 技术', ' 薪资open')).toBe(false);
    expect(zhColleague('UI设计', '负责', '工作')).toBe(false);
    expect(ids('岗位职责:\n与产品经理、开发工程师紧密协作').has('product-management')).toBe(false);
    expect(ids('[远程] 某公司诚聘 产品经理').has('product-management')).toBe(true);
  });
  it('an industry word naming a kind of product is dropped (借助 AI 工具); asked, it is kept (有 AI 产品经验)', () => {
    expect(zhProductNoun('主动借助', '工具提升工作效率')).toBe(true);
    expect(zhProductNoun('有', '产品经验')).toBe(false);
    expect(zhProductNoun('熟悉', '平台')).toBe(false);
    expect(zhProductNoun('熟悉', '产品经理')).toBe(false);
    expect(ids('任职要求:\n主动借助AI工具提升工作效率').has('ai')).toBe(false);
    expect(ids('任职要求:\n有AI产品开发经验').has('ai')).toBe(true);
  });
});

describe('Chinese company descriptions', () => {
  it('a domain word in the company zone counts only after a verb that asks the hire (熟悉, 你需要)', () => {
    const t = '公司介绍:\n公司基于 Rust 生态,结合机器学习等新兴技术,构建交易平台';
    expect(ids(t).has('machine-learning')).toBe(false);
    expect(why(t, 'machine-learning')).toBe('zh:zone:company');
    expect(ids('公司介绍:\n创始团队拥有丰富的量化投资经验').has('quant')).toBe(false);
    expect(ids('公司介绍:\n我们希望你熟悉机器学习').has('machine-learning')).toBe(true);
  });
  it('"<Chinese name>是国内...", "X 作为一个团队" open a self-description; a label "Industry:" names the business', () => {
    expect(zhSelfDescription('比特鹰是国内')).toBe(true);
    expect(zhSelfDescription('Tabi Labs 作为一个新生团队,汇聚了')).toBe(true);
    expect(zhSelfDescription('熟悉')).toBe(false);
    expect(ids('任职要求:\n比特鹰是国内Web3龙头企业,拥有领先的AI技术').has('ai')).toBe(false);
    expect(ids('任职要求:\n熟悉Web3,了解AI技术').has('ai')).toBe(true);
    expect(zhMention('全职,远程 Industry: ')).toBe(' Industry:');
    expect(ids('职位: 后端工程师(全职) Industry: Fintech\n岗位职责:\n负责后端').has('fintech')).toBe(false);
  });
  it('a department the hire works with is a colleague (与产品、运营、商务、风控等部门协同); 参与 is no 与', () => {
    expect(ids('岗位职责:\n与产品、运营、商务、风控等部门协同').has('business-development')).toBe(false);
    expect(ids('岗位职责:\n负责商务拓展与渠道合作').has('business-development')).toBe(true);
    expect(ids('岗位职责:\n参与需求分析,提供解决方案').has('requirements-analysis')).toBe(true);
    expect(ids('任职要求:\n具备良好的团队合作与沟通能力,能与团队成员有效沟通').has('communication')).toBe(true);
  });
  it('无需信任 (trustless) is no negation', () => {
    expect(zhNegation('提供无需信任的', '服务')).toBe(false);
    expect(zhNegation('无需', '经验')).toBe(true);
  });
});

describe('Chinese words with another meaning in context', () => {
  it('机器人 in 交易机器人 / TG机器人 is a bot, not robotics; 机器人 alone is', () => {
    expect(ids('岗位职责:\n开发链上交易机器人、自动清算系统').has('robotics')).toBe(false);
    expect(ids('任职要求:\n熟悉 TG机器人 开发').has('robotics')).toBe(false);
    expect(ids('任职要求:\n有机器人运动控制经验').has('robotics')).toBe(true);
  });
  it('细节 is attention to detail when cared for (注重细节, 关注产品细节, 对细节敏感), not 技术细节 / 实现细节', () => {
    expect(ids('任职要求:\n注重细节,有责任心').has('attention-to-detail')).toBe(true);
    expect(ids('任职要求:\n关注产品细节').has('attention-to-detail')).toBe(true);
    expect(ids('任职要求:\n对视觉和交互细节敏感').has('attention-to-detail')).toBe(true);
    expect(ids('任职要求:\n熟悉 iOS 人机交互细节').has('attention-to-detail')).toBe(false);
    expect(ids('岗位职责:\n准确描述漏洞细节和实现细节').has('attention-to-detail')).toBe(false);
  });
});

describe('Latin names glued to Chinese text and Chinese names of tools (2026.2.6)', () => {
  it('Vue2, SpringCloud, Github CI, Move语言, 命令行, 虚幻引擎 are found; Ton and Sui in a list of chains', () => {
    const t = '任职要求:\n熟悉Vue2和SpringCloud,有Github CI经验,熟悉Move语言,熟悉Linux命令行,会用虚幻引擎';
    const s = ids(t);
    for (const id of ['vue', 'spring', 'github-actions', 'move-lang', 'command-line', 'unreal-engine'])
      expect(s.has(id)).toBe(true);
    const chains = ids('任职要求:\n了解主流公链(如 EVM、比特币、Ton、Solana、Sui)的工作原理');
    expect(chains.has('ton')).toBe(true);
    expect(chains.has('sui')).toBe(true);
  });
  it('the ordinary English words stay words: "a ton of", "Sui generis", "Move fast"', () => {
    expect(ids('Requirements:\nYou will learn a ton of things').has('ton')).toBe(false);
    expect(ids('Requirements:\nA sui generis role.').has('sui')).toBe(false);
    expect(ids('Requirements:\nMove fast and ship.').has('move-lang')).toBe(false);
  });
});

describe('a space where a mixed form changes script', () => {
  it('"Go 语言", "SQL 优化", "iOS 开发" match the forms go语言, sql优化, ios开发; "ABC 语言" is still not C', () => {
    expect(ids('任职要求:\n熟悉 Go 语言').has('go')).toBe(true);
    expect(ids('任职要求:\n具备 SQL 优化及事务处理经验').has('query-optimization')).toBe(true);
    expect(ids('任职要求:\n熟悉 ABC 语言').has('c')).toBe(false);
  });
  it('common Chinese forms: SQL调优, 高质量代码, 良好的编程习惯, 前端工程化, 首屏加载, 海量数据', () => {
    const s = ids(
      '任职要求:\n有SQL调优经验,能写高质量代码,良好的编程习惯,熟悉前端工程化,优化首屏加载,有海量数据处理经验',
    );
    for (const id of [
      'query-optimization',
      'code-quality',
      'clean-code',
      'build-systems',
      'web-performance',
      'big-data',
    ])
      expect(s.has(id)).toBe(true);
  });
});

describe('ordinary words that were forms (2026.2.6, from the new labels tune half and both parts of the old one)', () => {
  it('适配 "adapt to", 根据业务需求 "as the business needs", 向主管汇报 "reports to" are no skills; the skill forms are', () => {
    expect(ids('任职要求:\n适配 Web3 行业快节奏').has('responsive-design')).toBe(false);
    expect(ids('任职要求:\n熟悉移动端适配和多端适配').has('responsive-design')).toBe(true);
    expect(ids('岗位职责:\n根据业务需求完成系统功能开发').has('requirements-analysis')).toBe(false);
    expect(ids('岗位职责:\n参与需求分析').has('requirements-analysis')).toBe(true);
    expect(ids('岗位职责:\n向营销主管汇报').has('presentation-skills')).toBe(false);
    expect(ids('任职要求:\n良好的演讲和汇报能力').has('presentation-skills')).toBe(true);
    expect(ids('岗位职责:\n配合团队完成技术方案的实施').has('system-design')).toBe(false);
    expect(ids('任职要求:\n有系统架构设计经验').has('system-design')).toBe(true);
  });
  it('网络编程 is network programming (socket), not networking; 计算机网络 is networking', () => {
    const s = ids('任职要求:\n精通Socket网络编程');
    expect(s.has('network-programming')).toBe(true);
    expect(s.has('networking')).toBe(false);
    expect(ids('任职要求:\n熟悉计算机网络').has('networking')).toBe(true);
  });
  it('用户体验 as an outcome (优化用户体验, 不牺牲用户体验) is dropped; asked (关注用户体验, 用户体验设计) it is kept', () => {
    expect(why('岗位职责:\n持续优化用户体验', 'ux-design')).toBe('zh:outcome');
    expect(ids('岗位职责:\n持续优化用户体验').has('ux-design')).toBe(false);
    expect(ids('任职要求:\n关注用户体验,有用户体验设计经验').has('ux-design')).toBe(true);
  });
  it('a list of departments without 等 is colleagues too (与产品、技术、市场、合规、风控、客服团队协同)', () => {
    const s = ids('岗位职责:\n与产品、技术、市场、合规、风控、客服团队协同,推动项目');
    expect(s.has('compliance')).toBe(false);
    expect(s.has('customer-support')).toBe(false);
    expect(ids('任职要求:\n熟悉合规与风控流程').has('compliance')).toBe(true);
  });
});

describe('colleagues need working together', () => {
  it('与 in a title list (测试与运维/架构师/产品经理) or before an unrelated clause (规范与..., 保证代码质量) is no colleague', () => {
    expect(ids('[深圳] web3公司诚聘 react/go/测试与运维/架构师/运营/产品经理').has('product-management')).toBe(true);
    expect(ids('岗位职责:\n制定前端开发规范与质量管理流程,保证代码质量与安全性').has('code-quality')).toBe(true);
    expect(ids('岗位职责:\n与产品经理紧密协作').has('product-management')).toBe(false);
    expect(ids('岗位职责:\n协助产品经理制定方案').has('product-management')).toBe(false);
  });
  it('竞品分析 is a skill, not a mention of competitors', () => {
    expect(ids('岗位职责:\n输出竞品分析、用户调研、产品迭代方案').has('market-research')).toBe(true);
    expect(zhMention('关注竞品 ')).toBe('竞品');
  });
});

describe('forms read across two words, and adjectives', () => {
  it('业务实战 is not 务实, 活动效果 not 动效, 思维敏捷 not agile; the words alone are', () => {
    expect(ids('加分项:\n有高并发业务实战经验').has('pragmatism')).toBe(false);
    expect(ids('岗位职责:\n定期复盘活动效果').has('motion-design')).toBe(false);
    expect(ids('任职要求:\n逻辑清晰、思维敏捷').has('agile')).toBe(false);
    expect(ids('任职要求:\n熟悉敏捷开发').has('agile')).toBe(true);
  });
  it('开源 before a kind of tool (开源应用框架, 开源分布式中间件) is no open-source practice; 开源项目 / 开源社区 are', () => {
    expect(ids('任职要求:\n熟悉主流开源应用框架').has('open-source')).toBe(false);
    expect(ids('任职要求:\n熟悉常见的开源分布式中间件').has('open-source')).toBe(false);
    expect(ids('加分项:\n有开源项目贡献经验').has('open-source')).toBe(true);
    expect(ids('加分项:\n能阅读和理解优秀的开源系统代码').has('open-source')).toBe(true);
  });
});

describe('more names of Chinese postings (2026.2.6)', () => {
  it('ChakraUI, Kotlin MPP, styled-component, 列式存储, 压缩算法, Web应用防火墙, 容器技术, 响应式 are found', () => {
    const s = ids(
      '任职要求:\n熟悉 ChakraUI 和 styled-component,有 Kotlin MPP 经验,理解列式存储方式、压缩算法,有Web应用防火墙经验,熟悉容器技术,SSG/SSR 响应式',
    );
    for (const id of [
      'chakra-ui',
      'styled-components',
      'kotlin-multiplatform',
      'columnar-db',
      'compression',
      'waf',
      'docker',
      'responsive-design',
    ])
      expect(s.has(id)).toBe(true);
  });
  it('响应式编程 is reactive programming, not responsive design', () => {
    const s = ids('任职要求:\n熟悉响应式编程');
    expect(s.has('reactive-programming')).toBe(true);
    expect(s.has('responsive-design')).toBe(false);
  });
});
