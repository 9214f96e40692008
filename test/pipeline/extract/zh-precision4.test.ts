/**
 * Chinese precision rules of round 9 (issue 15, zhprec3; pipeline/extract/zh-prec3.ts, its `# zhprec3` call in
 * cjk-decide.ts and the `# zhprec3` block of data/taxonomy/src/zh-aliases.tsv), each tested both ways: the form is
 * dropped in the phrase that names no skill of the hire and kept in a near miss that asks it.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';
import { zhPrec3Drop } from '../../../pipeline/extract/zh-prec3.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const whole = (t: string) => new Set(m.extract(t).map((x) => x.id));

describe('沟通 in a spoken language', () => {
  it('communicating in English asks for the language, not communication', () => {
    expect(ids('1. 逻辑思维能力强者优先;\n2. 能用英语沟通交流者优先。').has('communication')).toBe(false);
    expect(ids('- 拥有基础英语沟通能力\n- 有过开源项目贡献者优先').has('communication')).toBe(false);
    expect(ids('9. 英语流利或能够使用英语和俄语沟通').has('communication')).toBe(false);
  });
  it('communication asked apart from the language stays', () => {
    expect(ids('- 具备良好的沟通能力和团队协作精神').has('communication')).toBe(true);
    expect(ids('- 优秀的英语口语以及沟通技巧').has('communication')).toBe(true);
  });
});

describe('操作系统 after the system it names', () => {
  it('Linux 操作系统 is Linux, not operating-systems knowledge', () => {
    const s = ids('3. 熟悉 Linux 操作系统，了解容器化基本概念');
    expect(s.has('operating-systems')).toBe(false);
    expect(s.has('linux')).toBe(true);
    expect(ids('3、精通 Linux/UNIX 操作系统维护').has('operating-systems')).toBe(false);
  });
  it('operating systems as a field stays', () => {
    expect(ids('- 扎实的计算机基础，熟悉操作系统原理和计算机网络').has('operating-systems')).toBe(true);
    expect(ids('2、熟悉Linux操作系统原理，TCP/IP协议').has('operating-systems')).toBe(true);
  });
});

describe('中间件 as a group word', () => {
  it('closing or heading a list of its members, it is no skill (the members are)', () => {
    expect(ids('熟悉消息队列、缓存等中间件，有分布式系统经验者优先。').has('middleware')).toBe(false);
    expect(ids('6. 熟悉分布式应用中间件，包括但不限于：MySQL、Redis、MQ等。').has('middleware')).toBe(false);
  });
  it('middleware work stays', () => {
    expect(ids('- 负责中间件系统的性能调优、故障排查').has('middleware')).toBe(true);
    expect(ids('3、熟悉网络协议、微服务架构和中间件；').has('middleware')).toBe(true);
  });
});

describe('bare role lists', () => {
  it('a list of roles ending in 等岗位 names no skill', () => {
    const s = whole(
      '[远程在家办公] Web3区块链Cex 交易所诚聘产品经理、BD、运营、客服、助理等岗位\n\n岗位职责:\n负责产品规划',
    );
    expect(s.has('customer-support')).toBe(false);
    expect(zhPrec3Drop('产品经理', '交易所诚聘', '、BD、运营、客服、助理等岗位')).toBe('zh:role-list');
  });
  it('items after a role-class label name no skill', () => {
    expect(zhPrec3Drop('大数据', '工程师: AI 应用开发、后端、', '、爬虫、测试、前端、安全、运维')).toBe('zh:role-list');
    expect(zhPrec3Drop('产品经理', '运营设计类: 运营经理、', '、HR 经理')).toBe('zh:role-list');
  });
  it('a role line with its hiring conditions in brackets names no skill', () => {
    expect(zhPrec3Drop('社媒运营', '市场类\n🔥内容运营\n🔥', '(交易所同岗位背景,头部二线交易所经验优先)')).toBe(
      'zh:role-list',
    );
    expect(zhPrec3Drop('风控', '🌞风控类\n1、', '专员(轮班,交易所背景,流动性管理)')).toBe('zh:role-list');
  });
  it('a role and its headcount name no skill', () => {
    const s = whole(
      '专案团队职缺:\n1.【产品经理】3000-6000 美金 需求人数2~4人\n2.【高级移动端flutter】3000-6000 美金 需求人数2人',
    );
    expect(s.has('product-management')).toBe(false);
    expect(s.has('mobile-development')).toBe(false);
    expect(s.has('flutter')).toBe(true);
  });
  it('a role’s stack after its title, an ask in brackets, and a duty list stay', () => {
    // the stack of a role ("C++ 底层开发工程师: C++、Solidity、密码学") is asked of the hire
    expect(zhPrec3Drop('密码学', 'C++ 底层开发工程师: C++、Solidity、', '、EVM')).toBeNull();
    expect(zhPrec3Drop('风控', '- 熟悉', '系统(有交易所背景优先)')).toBeNull();
    expect(zhPrec3Drop('数据分析', '负责用户增长、', '、活动复盘等工作')).toBeNull();
  });
});

describe('跨部门协作 is teamwork', () => {
  it('maps to teamwork, not stakeholder management', () => {
    const s = ids('◦ 良好的沟通能力和跨部门协作能力，能够在多元文化的团队中工作。');
    expect(s.has('teamwork')).toBe(true);
    expect(s.has('stakeholder-management')).toBe(false);
  });
  it('跨部门沟通 stays stakeholder management', () => {
    expect(ids('- 具备出色的跨部门沟通与资源整合能力').has('stakeholder-management')).toBe(true);
  });
});

describe('colleagues with longer role names (zh-cues.ts HELP_BEFORE items up to 8 characters)', () => {
  it('配合智能合约工程师、后端工程师 names colleagues, not the hire’s work', () => {
    const s = ids('- 负责团队中网页前端技术开发\n- 配合智能合约工程师、后端工程师、UI设计和产品经理实现业务需求');
    expect(s.has('backend')).toBe(false);
    expect(s.has('frontend')).toBe(true);
  });
  it('backend work asked of the hire stays', () => {
    expect(ids('- 熟悉后端开发，配合产品完成需求').has('backend')).toBe(true);
  });
});

describe('GitHub as a profile, 跨平台 as an arbitrage', () => {
  it('a GitHub profile or a price gap across platforms is no skill', () => {
    expect(ids('5. 有 Github 或者原创博客作品者优先。').has('github')).toBe(false);
    expect(ids('- 有Github个人项目者加分。').has('github')).toBe(false);
    expect(ids('- 在Polymarket上找到过概率偏差或跨平台价差，自己测试执行过').has('cross-platform')).toBe(false);
  });
  it('GitHub as a tool and cross-platform work stay', () => {
    expect(ids('- 熟练使用 Git 与 GitHub 进行代码协作').has('github')).toBe(true);
    expect(ids('- 有跨平台开发经验，熟悉 Flutter').has('cross-platform')).toBe(true);
  });
});

describe('产品设计 as an input, 持续交付 as a verb', () => {
  it('the design the hire builds from and delivering a service are no skills', () => {
    const r = new Set(m.extract('岗位职责:\n1、根据产品设计文档，可独立完成模块的设计及开发工作；').map((x) => x.id));
    expect(r.has('product-design')).toBe(false);
    expect(ids('持续交付稳定、高效、具备成本优势的数据服务，为业务创造价值。').has('ci-cd')).toBe(false);
  });
  it('product design work and continuous delivery stay', () => {
    const r = new Set(m.extract('岗位职责:\n1、负责产品设计与需求分析；').map((x) => x.id));
    expect(r.has('product-design')).toBe(true);
    expect(ids('- 参与CI/CD流程，确保持续集成、持续交付下的质量验证。').has('ci-cd')).toBe(true);
  });
});
