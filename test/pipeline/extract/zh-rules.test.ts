/**
 * The Chinese rules of cjk.ts, each tested both ways (kept where asked, dropped where it means something else),
 * on sentences written like the duties and requirements of Chinese postings.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { insideLongerWord } from '../../../pipeline/extract/cjk.ts';
import { cjkCueZone, cjkHeading, cjkHeadingZone, cjkTitleCompany } from '../../../pipeline/extract/cjk-zones.ts';
import { zonePosting } from '../../../pipeline/extract/zones.ts';
import { foldWidth } from '../../../pipeline/extract/width.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const why = (t: string, id: string) => m.explain(t).dropped.find((d) => d.id === id)?.why;

describe('Chinese forms inside longer words', () => {
  it('a form inside a longer word with another meaning is no match (开源节流, 物理机), elsewhere it is', () => {
    expect(insideLongerWord('坚持开源节流', 2, 4)).toBe(true);
    expect(insideLongerWord('参与开源项目', 2, 4)).toBe(false);
    expect(ids('任职要求:\n有开源项目贡献经验').has('open-source')).toBe(true);
    expect(ids('任职要求:\n善于开源节流,控制成本').has('open-source')).toBe(false);
    expect(ids('任职要求:\n物理或数学背景').has('physics')).toBe(true);
    expect(ids('任职要求:\n熟悉物理机和虚拟机的部署').has('physics')).toBe(false);
  });
});

describe('traditional script', () => {
  it('traditional characters fold to simplified ones in place; simplified text is unchanged (什么 keeps 么)', () => {
    expect(foldWidth('區塊鏈、機器學習')).toBe('区块链,机器学习');
    expect(foldWidth('頂尖招聘 聯繫：').length).toBe('頂尖招聘 聯繫：'.length);
    expect(foldWidth('做什么,熟悉区块链')).toBe('做什么,熟悉区块链');
    expect(foldWidth('Python and Go')).toBe('Python and Go');
  });
  it('skills in a traditional-script posting are found, surfaces kept as written; regional words too', () => {
    const t = '任職要求：\n熟悉區塊鏈和機器學習,具備資料分析經驗,良好的溝通能力';
    const ms = m.extract(t);
    const s = new Set(ms.map((x) => x.id));
    for (const id of ['blockchain', 'machine-learning', 'data-analysis', 'communication']) expect(s.has(id)).toBe(true);
    expect(ms.find((x) => x.id === 'blockchain')!.surface).toBe('區塊鏈');
    expect(ids('公司介紹:\n我們是一家區塊鏈公司').has('blockchain')).toBe(false);
  });
});

describe('Chinese forms dropped whatever their zone', () => {
  it('a generic area naming colleagues is dropped (与后端开发人员沟通), asked of the hire it is kept', () => {
    expect(ids('岗位职责:\n与后端开发人员保持良好沟通,理解需求并予以实现').has('backend')).toBe(false);
    expect(why('岗位职责:\n与后端开发人员保持良好沟通', 'backend')).toBe('zh:colleague');
    expect(ids('岗位职责:\n与产品、后端、测试等角色紧密协作').has('backend')).toBe(false);
    expect(ids('任职要求:\n5年以上后端开发经验').has('backend')).toBe(true);
    expect(ids('任职要求:\n熟悉前端和后端开发').has('backend')).toBe(true);
  });
  it('a generic area naming a class of languages or a kind of test is dropped (一种后端语言, 服务端测试)', () => {
    expect(ids('加分项:\n掌握一种服务端编程语言,如NodeJS等').has('backend')).toBe(false);
    expect(ids('任职要求:\n3年以上服务端测试工作经验').has('backend')).toBe(false);
    expect(ids('任职要求:\n熟悉服务端开发,有高并发经验').has('backend')).toBe(true);
  });
  it('a degree subject is dropped (数学或相关专业优先); asked as knowledge it is kept', () => {
    expect(ids('任职要求:\n计算机、金融、数学或相关专业优先').has('mathematics')).toBe(false);
    expect(why('任职要求:\n计算机、金融、数学或相关专业优先', 'mathematics')).toBe('zh:major');
    expect(ids('任职要求:\n扎实的数学基础').has('mathematics')).toBe(true);
    expect(ids('任职要求:\n熟悉数学建模,统计学专业优先').has('mathematics')).toBe(true);
  });
  it('监控 as a verb (实时监控核心指标, 监控竞争对手) is dropped; as a noun (异常监控, 监控及报警系统) it is kept', () => {
    expect(ids('岗位职责:\n实时监控核心风控指标与系统看板').has('monitoring')).toBe(false);
    expect(ids('岗位职责:\n研究和监控竞争对手的SEO策略').has('monitoring')).toBe(false);
    expect(ids('任职要求:\n有监控及报警系统的搭建经验').has('monitoring')).toBe(true);
    expect(ids('岗位职责:\n负责异常监控、问题定位与修复').has('monitoring')).toBe(true);
    expect(ids('岗位职责:\n制定监控、备份与容灾策略').has('monitoring')).toBe(true);
  });
});

describe('Chinese zoning', () => {
  it('the words before 诚聘/招聘 in the title line are the company (its industry words are its business)', () => {
    const title = '[杭州] web3 AI交易智能体公司诚聘 后端工程师';
    expect(cjkTitleCompany(title)).toBe(title.indexOf('诚聘'));
    expect(cjkTitleCompany('诚聘 区块链开发工程师')).toBe(0);
    expect(cjkTitleCompany('岗位职责: 负责区块链开发')).toBe(0);
    const segs = zonePosting(`${title}\n岗位职责:\n负责后端开发`);
    expect(segs[0]).toMatchObject({ zone: 'company', by: 'zh-title' });
    expect(segs[1]).toMatchObject({ zone: 'role', by: 'zh-title' });
    // the roles after 诚聘 are asked (产品经理 in the title is product management)
    expect(ids('[远程] 区块链Startup 诚聘 CTO 产品经理\n## 公司介绍\n我们是一家公司').has('product-management')).toBe(
      true,
    );
    expect(ids('[Remote] Web3交易所诚聘 流动性开发顾问\n1. 精通C++语言').has('blockchain')).toBe(false);
    expect(ids('[上海] Bochsler公司诚聘 区块链开发技术主管\n1. 精通C++语言').has('blockchain')).toBe(true);
  });
  it('Chinese sentences end at 。 without a space, so one paragraph can hold a company and a requirement sentence', () => {
    const t = '我们是一家成立于2018年的交易所。要求熟悉Go和Rust开发。';
    const segs = zonePosting(t);
    expect(segs.length).toBe(2);
    expect(segs[0]!.zone).toBe('company');
    expect(segs[1]!.zone).toBe('requirements');
    expect(zonePosting('熟悉Node.js开发').length).toBe(1);
  });
  it('a company describing itself is company even with a requirements word (DeGate 拥有一群贡献者, 已完成融资)', () => {
    expect(cjkCueZone('DeGate 拥有一群才华横溢的贡献者')![0]).toBe('company');
    expect(cjkCueZone('公司已完成超1200万美元融资,团队在AI与区块链领域拥有深厚积淀')![0]).toBe('company');
    expect(cjkCueZone('拥有三年以上Go开发经验')![0]).toBe('requirements');
    expect(cjkCueZone('有融资经验者优先')![0]).toBe('nice_to_have');
  });
  it('headings: 你的工作日常 is the role, 我们对你的期望 the requirements, 工作环境 the benefits', () => {
    expect(cjkHeadingZone('你的工作日常大概如下')).toBe('role');
    expect(cjkHeadingZone('我们对你的期望')).toBe('requirements');
    expect(cjkHeadingZone(cjkHeading('## 工作环境')!)).toBe('benefits');
    const segs = zonePosting(
      '## 岗位要求\n**你的工作日常大概如下:**\n参与需求分析\n**我们对你的期望:**\n熟悉Go\n## 工作环境\n远程办公',
    );
    expect(segs.map((s) => s.zone)).toEqual([
      'requirements',
      'role',
      'role',
      'requirements',
      'requirements',
      'benefits',
      'benefits',
    ]);
    // 工作性质 (the work's conditions) is benefits, but the time-zone line under it is a requirement, not a benefit
    // (its label 时区要求 sets its zone; zh5)
    expect(cjkHeadingZone(cjkHeading('## 工作性质')!)).toBe('benefits');
    const tz = zonePosting('## 工作性质\n- 是否远程：是\n- 时区要求：可适应国际分布式团队协作');
    expect(tz.map((s) => s.zone)).toEqual(['benefits', 'benefits', 'requirements']);
  });
  it('a Chinese line with capital Latin letters is not a heading "in capitals" (与开发团队紧密合作,优化CICD流程)', () => {
    const t = '## 岗位要求\n部署和维护区块链节点;\n与开发团队紧密合作,优化CICD流程;\n适应在敏捷环境中工作;';
    const segs = zonePosting(t);
    expect(segs.every((s) => s.zone === 'requirements')).toBe(true);
    expect(ids(t).has('agile')).toBe(true);
  });
  it('a Chinese domain or method word among the duties is kept; a soft word there is left to the English rules', () => {
    expect(ids('岗位职责:\n执行安全审计、漏洞扫描和渗透测试').has('pentesting')).toBe(true);
    expect(ids('公司介绍:\n我们提供渗透测试服务').has('pentesting')).toBe(false);
    expect(ids('岗位职责:\n与外部供应商和法律团队协作').has('teamwork')).toBe(false);
  });
});
