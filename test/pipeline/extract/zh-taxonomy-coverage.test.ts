/**
 * Taxonomy coverage of round 11 (issue 15, zhtax): the tools, platforms and chains added in the `# zhtax` block of
 * data/taxonomy/src/14-zh-review.txt, each found in a short Chinese and a short English posting text; the ambiguous
 * ones (?=Harbor, ?=CKB, the rules engine phrases) and the Chinese-only names (pipeline/extract/zh-only.ts: WhatsApp,
 * Reddit, the distributed database phrases) not found as ordinary words or in English prose.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const zh = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const zhDuty = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));
const en = (t: string) =>
  new Set(m.extract(`Acme | Backend Engineer | Remote\n\nRequirements:\n${t}`).map((x) => x.id));

/** id, a Chinese requirement line naming it, an English requirement line naming it */
const CASES: [string, string, string][] = [
  ['ntp', '1. 熟悉常见网络组件（如 DNS、NTP、负载均衡器）的管理与维护', '- Knowledge of TCP/IP, DNS, NTP and TLS'],
  ['lamp-stack', '2. 熟悉 LNMP/LAMP 架构的部署与优化', '- 3+ years building web apps on the LAMP stack'],
  ['iptables', '3. 具备 iptables 安全防护能力', '- Linux networking: iptables, routing, VLANs'],
  ['nfs', '4. 熟悉 NFS、Tomcat、Redis 等服务', '- Experience with NFS, ZFS and Linux storage'],
  ['keepalived', '5. 熟悉高可用工具（Nginx/Keepalived）', '- Experience with HAProxy and Keepalived'],
  ['lvs', '6. 精通 LVS、Nginx、HAProxy 负载均衡', '- Load balancing with LVS and Nginx'],
  ['bastion-hosts', '7. 熟练掌握 JumpServer 堡垒机的部署与配置', '- Experience running bastion hosts and VPNs'],
  ['cmdb', '8. 独立设计 CMDB、工单系统', '- Experience building a CMDB for server inventory'],
  ['ipmi', '9. 自动化运维：Ansible、IPMI 协议', '- Hands-on with IPMI, RAID and PXE boot'],
  ['open-falcon', '10. 有 Prometheus、Open-Falcon 实战经验', '- Monitoring with Prometheus or Open-Falcon'],
  ['harbor', '11. 维护 Harbor 镜像仓库和 Kubernetes 集群', '- Experience with Docker, Harbor and Kubernetes'],
  ['systemd', '12. 熟悉 Linux 系统服务管理（systemd）', '- Linux internals: systemd, cgroups, namespaces'],
  ['vsftpd', '13. 熟悉 NFS、VSFTP、DNS 等服务', '- Experience configuring vsftpd and Samba'],
  ['fluent-bit', '14. 熟悉日志系统（ELK、Fluent Bit）', '- Log shipping with Fluent Bit and Loki'],
  ['skywalking', '15. 有 SkyWalking 链路追踪实战经验', '- Tracing with SkyWalking or Jaeger'],
  ['sccm', '16. 熟悉 AD、SCCM 等微软企业解决方案', '- Windows endpoint management with SCCM'],
  ['group-policy', '17. 熟悉 AD 域控、组策略', '- Active Directory and Group Policy administration'],
  ['baidu-cloud', '18. 有百度云、阿里云使用经验', '- Experience with Baidu Cloud or Alibaba Cloud'],
  ['volcengine', '19. 有火山引擎或腾讯云使用经验', '- Experience with Volcengine or AWS'],
  ['oceanbase', '20. 熟悉 TiDB、OceanBase 等数据库', '- Experience with TiDB or OceanBase'],
  ['polardb', '21. 有阿里云 PolarDB 使用经验者优先', '- Experience with PolarDB or Aurora'],
  ['gaussdb', '22. 熟悉 GaussDB、达梦等国产数据库', '- Experience with GaussDB or PostgreSQL'],
  ['seata', '23. 熟悉 Seata 分布式事务', '- Experience with Seata and Spring Cloud'],
  ['xxl-job', '24. 熟悉 XXL-Job 等任务调度框架', '- Job scheduling with XXL-Job or Quartz'],
  ['shardingsphere', '25. 熟悉 ShardingSphere 分库分表', '- Sharding with ShardingSphere and MySQL'],
  ['hystrix', '26. 熟悉 Hystrix 熔断降级', '- Circuit breakers with Hystrix'],
  ['arthas', '27. 熟练使用 Arthas 排查线上问题', '- JVM diagnostics with Arthas or JProfiler'],
  ['jni', '28. 有 JNI 相关经验，了解 JNI 机制', '- Native JVM extensions with JNI'],
  ['vbscript', '29. 熟悉 PowerShell、VBScript 脚本', '- Scripting in PowerShell or VBScript'],
  ['func-lang', '30. 掌握 Solidity、FunC 等智能合约语言', '- Smart contracts in FunC or Tact on TON'],
  ['android-ndk', '31. 熟悉 Android NDK 开发', '- Experience with the Android NDK and C++'],
  ['eggjs', '32. 会使用 Egg.js 优先', '- Node.js with Koa or Egg.js'],
  ['robot-framework', '33. 熟悉测试框架（如 Pytest、Robot Framework）', '- Test automation with Robot Framework'],
  ['gitee', '34. 拥有 GitHub/Gitee 优质开源项目', '- Code hosted on Gitee and GitHub'],
  ['pprof', '35. 能熟练使用 pprof、trace 等工具', '- Profiling Go services with pprof'],
  ['template-engines', '36. 熟悉常用模板引擎', '- Familiar with template engines such as Jinja'],
  ['rules-engines', '37. 有规则引擎开发经验', '- Experience with Drools or other rules engines'],
  ['bitcoinjs', '38. 对比特币生态（SegWit、bitcoinjs）有一定了解', '- Bitcoin tooling: bitcoinjs-lib, PSBT'],
  ['nervos', '39. 熟悉 Nervos CKB 开发', '- Familiar with Nervos and the UTXO model'],
  ['kusama', '40. 熟悉 Polkadot、Kusama 生态开发', '- Building parachains on Kusama'],
  ['linea', '41. 熟悉 OP Stack、Arbitrum、Linea 等二层网络', '- Deploying contracts on Linea and Base'],
  ['celestia', '42. 有 Celestia、EigenLayer 集成经验', '- Integrating Celestia for data availability'],
  ['eth-execution-clients', '43. 熟悉以太坊客户端（Geth/Nethermind）', '- Running Erigon or Reth nodes'],
  ['infura', '44. 熟悉 Infura、Alchemy 等节点服务', '- Node providers such as Infura'],
  ['starknet', '46. 熟悉 Starknet、zkSync 等二层网络', '- Cairo contracts on Starknet'],
  ['gitea', '47. 维护 GitLab、Gitea 代码仓库', '- Self-hosted Gitea and Drone CI'],
  ['layer-2', '48. 研究 rollup 技术方案（如 opstack、arbitrum orbit）', '- Rollup stacks such as opstack or Orbit'],
  ['zero-knowledge-proofs', '49. 有 ZKVM、Taproot 相关经验', '- Hands-on experience with zkVM circuits'],
  ['frida', '50. 熟练使用 IDA Pro、Ghidra、Frida 等逆向工具', '- Mobile security tools (Burp Suite, Frida, IDA)'],
  ['jeb', '51. 熟练使用 Jeb、IDA Pro 等逆向与分析工具', '- Android decompilers such as JEB'],
  ['smali', '52. 精通 Smali 语言及 Dalvik/ART 虚拟机原理', '- Reading smali and DEX bytecode'],
  ['datax', '53. 熟悉 Flume/DataX/Kafka 等大数据接入技术', '- Data ingestion with DataX or Flume'],
  ['dify', '54. 精通 Dify 平台应用开发与工作流编排', '- Building LLM apps on Dify'],
  ['prometheus', '55. 熟悉 Alertmanager 告警配置', '- Alerting with Alertmanager'],
  ['siem', '56. 有 QRadar 等工具使用经验', '- Experience with Splunk or QRadar'],
  ['ethers', '57. 熟悉 react、etherjs、evm 生态', '- Experience with etherjs and wagmi'],
  ['account-abstraction', '58. 有基于 ERC-7702 的 AA 钱包研发经验', '- Smart accounts with ERC-7702'],
  ['nansen', '45. 熟练使用链上分析工具（如 Dune、Nansen）', '- On-chain analytics with Dune and Nansen'],
];

describe('the zhtax skills are found in Chinese and English requirement lines', () => {
  for (const [id, zhText, enText] of CASES) {
    it(id, () => {
      expect(tax.byId.has(id)).toBe(true);
      expect(zh(zhText).has(id)).toBe(true);
      expect(en(enText).has(id)).toBe(true);
    });
  }
});

describe('forms added to older skills (zhtax)', () => {
  it('Nexus among CI tools in a Chinese posting is the repository manager; in English text it is not read', () => {
    expect(zh('1· CI/CD 工具：Jenkins、Ansible、Nexus、SonarQube').has('nexus')).toBe(true);
    expect(en('- Funding led by Intel Capital and Nexus Venture Partners; our stack is Python').has('nexus')).toBe(
      false,
    );
    expect(
      new Set(m.extract('## 公司介绍\n我们已获得 Nexus Venture Partners 等机构投资。').map((x) => x.id)).has('nexus'),
    ).toBe(false);
  });
  it('VBS is VBScript; AD域控 is Active Directory, 区域控制 is not', () => {
    expect(zh('5. 掌握 Python、C#、VBS、PowerShell').has('vbscript')).toBe(true);
    expect(zh('6. 熟悉网络安全、堡垒机、AD域控、VMware虚拟化').has('windows-server')).toBe(true);
    expect(zh('7. 负责区域控制器产品的销售').has('windows-server')).toBe(false);
  });
});

describe('the zhtax platforms are channels a Chinese community posting runs', () => {
  it('kept in a list of channels (Chinese text)', () => {
    const t = '负责 Twitter、Telegram、WhatsApp、Reddit 等社群平台的运营，维护 KOL、社区（TG / 微博 / 小红书）渠道';
    const got = zhDuty(t);
    for (const id of ['whatsapp', 'reddit', 'weibo', 'xiaohongshu']) expect(got.has(id)).toBe(true);
  });
  it('Weibo and Xiaohongshu are found in English text too (their Latin names are no English words)', () => {
    expect(en('- Experience running Weibo and Xiaohongshu accounts').has('weibo')).toBe(true);
    expect(en('- Experience running Weibo and Xiaohongshu accounts').has('xiaohongshu')).toBe(true);
  });
  it('WhatsApp and Reddit are not read in English postings (employers, contact lines)', () => {
    expect(en('- Previously at Reddit, WhatsApp or a similar consumer company').has('reddit')).toBe(false);
    expect(en('- Previously at Reddit, WhatsApp or a similar consumer company').has('whatsapp')).toBe(false);
    expect(en('Contact: WhatsApp +971 50 000 0000').has('whatsapp')).toBe(false);
  });
  it('a handle label is no skill (微博：@name, WhatsApp: https://...)', () => {
    const t = '联系方式：\n微博：@acme_hr\nWhatsApp: https://wa.me/971500000000';
    const got = new Set(m.extract(`岗位职责:\n负责社区运营\n\n${t}`).map((x) => x.id));
    expect(got.has('weibo')).toBe(false);
    expect(got.has('whatsapp')).toBe(false);
  });
});

describe('the ambiguous zhtax forms are not found as ordinary words', () => {
  // a ? form needs a neighbouring skill or an ask cue; a requirements line is one (as for every ambiguous alias)
  const prose = (t: string) => new Set(m.extract(`Acme | Backend Engineer | Remote\n\n${t}`).map((x) => x.id));
  it('Harbor as a place name', () => {
    expect(en('- Our office has views of the harbor').has('harbor')).toBe(false);
    expect(prose('Acme is based in Cold Spring Harbor, NY. We build tools for labs.').has('harbor')).toBe(false);
  });
  it('CKB without Nervos or a neighbouring skill', () => {
    expect(prose('Our support team keeps a CKB (common knowledge base) of answers.').has('nervos')).toBe(false);
  });
  it('rules engines in company prose without an ask', () => {
    const t = 'Acme | Backend Engineer | Remote\n\nAcme builds a rules engine for insurers.';
    expect(new Set(m.extract(t).map((x) => x.id)).has('rules-engines')).toBe(false);
  });
  it('distributed databases in English prose (what the company builds) are not read; 分布式数据库 is', () => {
    expect(en('- Acme has developed a highly scalable distributed database system').has('distributed-databases')).toBe(
      false,
    );
    expect(zh('掌握分布式数据库和数据一致性保障机制').has('distributed-databases')).toBe(true);
  });
  it('NDK keeps Android: "Android NDK" finds both', () => {
    const got = en('- Embedded engineer: C, Linux, Android NDK');
    expect(got.has('android')).toBe(true);
    expect(got.has('android-ndk')).toBe(true);
  });
  it('Fluent Bit is its own skill, Fluentd stays', () => {
    const got = zh('熟悉日志系统（如 ELK、Fluentd、Fluent Bit 等）');
    expect(got.has('fluentd')).toBe(true);
    expect(got.has('fluent-bit')).toBe(true);
  });
  it('NFS, LVS, CMDB and NTP are case-sensitive: the lower-case letters are no match', () => {
    expect(en('- we want to make the lvs and nfs of our cmdb ntp happy').has('lvs')).toBe(false);
  });
});
