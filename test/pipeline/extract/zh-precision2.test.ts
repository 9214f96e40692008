/**
 * Chinese precision rules of round 7 (issue 15, zhprec; pipeline/extract/zh-prec.ts and the `# zhprec` entries of
 * cjk-decide.ts and zh-aliases.tsv), each tested both ways: the form is dropped in the phrase that names no skill of
 * the hire and kept in a near miss that asks it.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const role = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));
const whole = (t: string) => new Set(m.extract(t).map((x) => x.id));

describe('the time-zone field of the rebase template', () => {
  it('分布式团队协作 in 时区要求 states the working hours, not teamwork', () => {
    const t =
      '## 工作性质\n- 是否全职：是\n- 是否远程：是\n- 时区要求：（GMT+8优先，可覆盖核心工作时间，可适应国际分布式团队协作）\n';
    expect(whole(t).has('teamwork')).toBe(false);
    expect(whole('时区要求：优先 UTC+8，可覆盖核心工作时间，并适应国际分布式团队协作\n').has('teamwork')).toBe(false);
    // the same words asked in the requirements stay
    expect(whole(`${t}## 岗位要求、职责\n- 具备良好的团队协作能力`).has('teamwork')).toBe(true);
    expect(ids('- 有国际分布式团队协作经验').has('teamwork')).toBe(true);
  });
  it('working closely with other teams is teamwork (紧密协作, 密切合作, 高效协作)', () => {
    expect(ids('- 能够与开发、测试和安全团队紧密合作，共同推进项目').has('teamwork')).toBe(true);
    expect(ids('- 能与研发、测试、产品高效协作，将安全要求转化为可执行流程').has('teamwork')).toBe(true);
    // in the duties too (the role zone leaves other soft words to the English rules)
    expect(role('- 与产品、设计、运营紧密协作，确保技术实现与业务目标一致').has('teamwork')).toBe(true);
    // ...not a close partnership with the company's partners (a mention)
    expect(role('- 与生态合作伙伴建立紧密合作关系，拓展业务').has('teamwork')).toBe(false);
    // ...but a culture of it is the company's (高效协作氛围)
    expect(whole('## 公司介绍\n倡导扁平化管理，自由化办公的高效协作氛围').has('teamwork')).toBe(false);
  });
});

describe('soft words naming the company culture', () => {
  it('结果导向的文化 is the culture, 结果导向 asked of the hire stays', () => {
    expect(ids('- 拒绝内卷，尊重创造：自由开放、结果导向的文化，拒绝PUA').has('ownership')).toBe(false);
    expect(ids('- 团队推崇 长期价值/坦诚/责任心 的文化').has('ownership')).toBe(false);
    expect(ids('- 结果导向，具备较强的执行力').has('ownership')).toBe(true);
    expect(ids('- 文化价值：高效协作、结果导向、尊重个体').has('ownership')).toBe(false);
    expect(ids('- 文化价值：高效协作、结果导向、尊重个体').has('teamwork')).toBe(false);
    expect(ids('- 认同公司文化，有责任心').has('ownership')).toBe(true);
    expect(ids('- 有责任心，能推动团队文化建设').has('ownership')).toBe(true);
  });
});

describe('远程工作 as the way of working offered', () => {
  it('远程工作模式 / 远程工作机会 is no remote-work skill; 远程工作经验 is', () => {
    expect(ids('- 适应敏捷开发环境，可接受创业团队的 大小周 工作制和远程工作模式').has('remote-collaboration')).toBe(
      false,
    );
    expect(ids('- 提供远程工作机会').has('remote-collaboration')).toBe(false);
    expect(ids('- 有成功的远程工作经验，能够自我驱动').has('remote-collaboration')).toBe(true);
  });
});

describe('后端 in 前后端', () => {
  it('前后端联调 / 讨论 / 项目 names both sides of the work, not backend; 前后端开发 is backend', () => {
    expect(role('3. 参与区块链业务前后端讨论，根据产品需求进行系统分析').has('backend')).toBe(false);
    expect(role('- 负责传统前后端项目的部署、更新与维护').has('backend')).toBe(false);
    expect(role('3. 为前后端技术改进、网站性能优化、技术选型提供解决方案').has('backend')).toBe(false);
    expect(role('负责腾讯云区块链平台前后端开发工作，包括产品化建设').has('backend')).toBe(true);
    expect(ids('- 熟悉后端技术栈，有联调经验').has('backend')).toBe(true);
  });
});

describe('GitHub as the place to show one’s work', () => {
  it('提供github或博客链接 / 在 GitHub、即刻等社区活跃 is a profile, not the GitHub tool', () => {
    expect(ids('1. 有参与开源项目的经历，可以直接提供github或博客链接').has('github')).toBe(false);
    expect(ids('- 在 GitHub、即刻等社区活跃，有个人独立开发的 Demo').has('github')).toBe(false);
    expect(ids('2. 能提供项目开源链接（Github或者区块浏览器都可以）').has('github')).toBe(false);
    expect(ids('- 熟练使用 Git、GitHub 进行代码协作').has('github')).toBe(true);
    expect(ids('- 熟悉代码托管平台（GitHub、GitLab）的使用').has('github')).toBe(true);
  });
});

describe('Latin names meaning another thing', () => {
  it('"ReAct" (the agent pattern) is not React; "React" is', () => {
    expect(ids('- 懂 ReAct、Plan-and-Execute 等核心范式').has('react')).toBe(false);
    expect(ids('- 熟悉 React、Vue 等前端框架').has('react')).toBe(true);
  });
  it('"RN" among cross-platform frameworks is React Native, not a nurse licence', () => {
    const rn = ids('5. 掌握跨平台开发，对Electron, Flutter或者RN有相关经验');
    expect(rn.has('rn-license')).toBe(false);
    expect(rn.has('react-native')).toBe(true);
    expect(ids('- 持有 RN 执照，熟悉医院信息系统').has('react-native')).toBe(false);
  });
  it('"Qualifications in Computing/Mathematics" is a degree subject', () => {
    expect(ids('- Qualifications in Computing/Mathematics/Electronic Engineering 优先').has('mathematics')).toBe(false);
    expect(ids('- 扎实的数学基础，熟悉 Mathematics of finance').has('mathematics')).toBe(true);
  });
  it('仿真 of cookies is faking them, not simulation', () => {
    expect(ids('- 掌握如浏览器指纹、Cookies 仿真、Session 维持等技术').has('simulation')).toBe(false);
    expect(ids('- 进行回测与仿真,评估策略收益').has('simulation')).toBe(true);
  });
});

describe('效果评估 is not LLM evaluation', () => {
  it('a campaign’s 效果评估 names no LLM evaluation; 大模型评测 does', () => {
    expect(role('2. 产品活动策划、落地及效果评估').has('llm-evaluation')).toBe(false);
    expect(ids('- 有大模型评测经验').has('llm-evaluation')).toBe(true);
  });
});
