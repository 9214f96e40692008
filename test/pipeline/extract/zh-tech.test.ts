/**
 * Chinese tech recall (issue 15, zhtech: gaps read in unlabelled Chinese rebase postings), each family tested both
 * ways: bare 分布式 as a list item (pipeline/extract/zh-distributed.ts), 网络 closing a list before 基础 / 原理
 * (zh-rec.ts), a list going on over one name the taxonomy lacks (cjk-decide.ts cjkListGap), a job title heading opening a role run (cjk-zones.ts cjkJobLine), 方向 as a tech cue (cjk-decide.ts cjkTechCue), a glued version before '+' (zh-versions.ts), and the
 * forms of the `# zhtech` block of data/taxonomy/src/zh-aliases.tsv (and "Mac OS").
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { cjkListGap } from '../../../pipeline/extract/cjk-decide.ts';
import { cjkJobLine } from '../../../pipeline/extract/cjk-zones.ts';
import { zhDistributedDrop } from '../../../pipeline/extract/zh-distributed.ts';
import { zhVersionSpans } from '../../../pipeline/extract/zh-versions.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const duty = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));

describe('bare 分布式 is distributed systems only as a list item (zh-distributed.ts)', () => {
  it('kept as an item of a list of system areas or qualities', () => {
    expect(ids('2. 熟悉分布式、多线程、容器技术等技术').has('distributed-systems')).toBe(true);
    expect(ids('3. 有分布式相关经验加分').has('distributed-systems')).toBe(true);
    expect(ids('4. 有大型分布式、高可用、实时数据处理系统经验').has('distributed-systems')).toBe(true);
    expect(ids('5. 参与分布式高可用、高并发应用系统开发的优先').has('distributed-systems')).toBe(true);
    // traditional script is folded as the view is
    expect(ids('2. 熟悉分佈式、多線程').has('distributed-systems')).toBe(true);
  });
  it('dropped for a distributed team, an office or a post', () => {
    expect(ids('- 时区要求：GMT+8优先，可适应国际分布式团队协作').has('distributed-systems')).toBe(false);
    expect(m.extract('福利待遇:\n分布式remote办公，弹性工作').some((x) => x.id === 'distributed-systems')).toBe(false);
    expect(ids('• 具備分佈式團隊管理的人力資源專業知識').has('distributed-systems')).toBe(false);
    expect(zhDistributedDrop('分布式', '岗位：BD类')).toBe('zh:bare-distributed');
    // longer forms are not this rule's
    expect(zhDistributedDrop('分布式系统', '团队')).toBeNull();
    expect(ids('1. 熟悉分布式系统的设计').has('distributed-systems')).toBe(true);
  });
});

describe('bare 网络 closes a list before 基础 / 知识 / 原理 (zh-rec.ts)', () => {
  it('kept: Linux/网络 基础, 网络原理 beside Linux', () => {
    expect(ids('7. 掌握 Linux/网络 基础、脚本（Bash）').has('networking')).toBe(true);
    expect(ids('- 熟悉 Linux 系统、网络原理及常见中间件').has('networking')).toBe(true);
  });
  it('dropped: 网络基础设施, or no area word in the list', () => {
    expect(duty('负责区块链网络基础设施的搭建与维护').has('networking')).toBe(false);
    expect(duty('搭建 Linux 集群和网络基础设施').has('networking')).toBe(false);
    expect(ids('- 具备社交、网络基础知识').has('networking')).toBe(false);
  });
});

describe('方向 after an ambiguous tech name is a Chinese tech cue (cjkTechCue)', () => {
  it('kept: React方向 (the track a role is hired for)', () => {
    expect(ids('前端开发工程师：React方向，3年以上开发经验').has('react')).toBe(true);
  });
  it('dropped without the cue', () => {
    expect(ids('前端开发工程师：React，3年以上开发经验').has('react')).toBe(false);
  });
});

describe('a glued version before one + (zh-versions.ts)', () => {
  it('kept: thinkphp6+Vue', () => {
    expect(ids('2.熟练使用thinkphp6+Vue全栈开发管理后台').has('thinkphp')).toBe(true);
    expect(zhVersionSpans('thinkphp6+Vue')).toEqual([[8, 9]]);
  });
  it('no version before ++ or +#', () => {
    expect(zhVersionSpans('熟悉ab1++')).toEqual([]);
    expect(zhVersionSpans('熟悉ab1+#')).toEqual([]);
  });
});

describe('zhtech forms (zh-aliases.tsv)', () => {
  it('恶意代码分析 / 病毒分析 are malware analysis; 逆向工程 and a company offering the analysis are not', () => {
    expect(ids('• 具备恶意代码分析能力（动态沙箱、逆向工具）').has('malware-analysis')).toBe(true);
    expect(duty('负责 Android 病毒分析与样本特征提取').has('malware-analysis')).toBe(true);
    expect(ids('熟练掌握逆向工程').has('malware-analysis')).toBe(false);
    expect(
      m.extract('公司介绍:\n我们是一家专注恶意代码分析服务的安全公司。').some((x) => x.id === 'malware-analysis'),
    ).toBe(false);
  });
  it('漏洞挖掘 is vulnerability research (exploit development); 威胁情报 security operations; 单点登录 SSO', () => {
    expect(ids('2、有较强渗透测试和漏洞挖掘能力').has('exploit-development')).toBe(true);
    expect(duty('3.威胁情报研究：跟踪新型恶意软件').has('secops')).toBe(true);
    expect(ids('- 熟悉单点登录、OAuth 等认证方案').has('identity-access')).toBe(true);
    expect(m.extract('公司介绍:\n我们的平台为客户提供威胁情报与漏洞挖掘服务。').some((x) => x.id === 'secops')).toBe(
      false,
    );
  });
  it('容器部署 / 容器镜像 are Docker; 容器 alone is not', () => {
    expect(ids('2. 熟练掌握git等版本控制及容器部署工具').has('docker')).toBe(true);
    expect(ids('6. 熟悉 Helm、容器镜像优化').has('docker')).toBe(true);
    expect(ids('✅熟悉 WKWebView、Hybrid 容器等机制').has('docker')).toBe(false);
  });
  it('"Mac OS" is macOS; a Mac alone is not', () => {
    expect(ids('2、熟悉 Mac OS 或 Windows 开发环境').has('macos')).toBe(true);
    expect(m.extract('福利待遇:\n配备 Mac 电脑').some((x) => x.id === 'macos')).toBe(false);
  });
});

describe('a Markdown heading that is a job title starts a role run after an apply or company block (cjkJobLine)', () => {
  const apply = (heading: string) =>
    new Set(
      m
        .extract(
          `# 数数科技\n**简历投递： hr@example.com**\n北京@望京\n${heading}\n1.负责线上大数据集群的日常运维、监控预警`,
        )
        .map((x) => x.id),
    );
  it('kept: the duties under "## 大数据运维工程师"', () => {
    expect(apply('## 大数据运维工程师').has('monitoring')).toBe(true);
    expect(cjkJobLine('### Android 客户端工程师(IM方向)')).toBe(true);
  });
  it('dropped: under a heading that names no job, the apply run goes on', () => {
    expect(apply('## 办公地址').has('monitoring')).toBe(false);
    expect(cjkJobLine('## 我们正在寻找一位熟悉分布式系统与高并发服务开发、能独立负责模块的工程师')).toBe(false);
    expect(cjkJobLine('负责大数据平台开发')).toBe(false);
  });
});

describe('a Chinese list goes on over one unknown Latin name between marks (cjkListGap)', () => {
  it('kept: AAVE after "Uniswap V2/V3," (V3 is no skill)', () => {
    expect(ids('4、对主流DeFi协议（如Uniswap V2/V3, AAVE, Compound）有深入理解').has('aave')).toBe(true);
  });
  it('dropped: over Chinese words or a phrase of several names', () => {
    expect(ids('4、对主流DeFi协议（Uniswap、头部借贷平台、AAVE）有深入理解').has('aave')).toBe(false);
    expect(ids('4、对主流DeFi协议（Uniswap、Morpho Blue Protocol、AAVE）有深入理解').has('aave')).toBe(false);
    // an English word of a sentence is no name between the marks
    expect(cjkListGap(', generator, ')).toBe(false);
    expect(cjkListGap('、GTM、')).toBe(true);
  });
});
