/**
 * Latin names of the zh-latin round (issue 15; data/taxonomy/src/16-zh-latin.txt and pipeline/extract/zh-latin-only.ts),
 * each family both ways: kept where a Chinese posting asks it, not matched in an English HN-style sentence where the
 * word means something else (the Chinese-only forms) or where it is only mentioned.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const zh = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const en = (t: string) => new Set(m.extract(`Acme | Backend Engineer | Remote\n${t}`).map((x) => x.id));

describe('Chinese-only Latin forms (zh-latin-only.ts)', () => {
  it('Fabric among chains is Hyperledger; Fabric in an English stack is the Python deploy tool', () => {
    expect(zh('- 了解Ethereum、Bitcoin、Near、Fabric等主流区块链开源项目的实现机制').has('hyperledger')).toBe(true);
    expect(en('Stack: PostgreSQL, RabbitMQ, Celery, Puppet, Fabric, Docker, CircleCI').has('hyperledger')).toBe(false);
  });
  it('SOL among chains is Solana; SOL in English is out of luck', () => {
    expect(zh('- 熟悉 ETH/SOL 等主流公链的轻客户端实现').has('solana')).toBe(true);
    expect(en('No visa sponsorship, sorry: outside the EU you are SOL. We use Go and Postgres.').has('solana')).toBe(
      false,
    );
  });
  it('Elastic among SIEM tools is the Elastic stack; Elastic in English is an adjective of other products', () => {
    expect(zh('- 能熟练使用 Wireshark、Splunk、Elastic 等工具').has('elasticsearch')).toBe(true);
    expect(en('Requirements:\n- Experience with Amazon Elastic Container Service').has('elasticsearch')).toBe(false);
  });
  it('Word beside Excel is Microsoft Word; Word in English is the noun', () => {
    expect(zh('1. 能够使用Word、Excel、PPT等办公软件基本功能').has('ms-word')).toBe(true);
    expect(en('Requirements:\n- NLP fundamentals: Word Vectors, Named Entity Recognition').has('ms-word')).toBe(false);
  });
  it('Premier among editing tools is Premiere Pro; Premier in English is the adjective', () => {
    expect(zh('2. 熟悉Adobe After Effects、Final Cut Pro、Premier等剪辑软件').has('premiere-pro')).toBe(true);
    expect(
      en('As Premier Google Cloud Service Partner, we ship ML to production. Python, SQL.').has('premiere-pro'),
    ).toBe(false);
  });
  it('P2P named with its protocol is peer-to-peer networks; bare P2P (P2P trading) and a P2P platform are not', () => {
    expect(zh('3、熟悉btc节点原理，对P2P协议有较深的理解').has('p2p')).toBe(true);
    expect(
      en('Requirements:\n- Understanding of Distributed Systems, P2P network or Virtual Machines.').has('p2p'),
    ).toBe(true);
    expect(zh('- 具有P2P BD经验').has('p2p')).toBe(false);
    expect(en('You will own the tooling that powers our P2P blockchain escrow platform.').has('p2p')).toBe(false);
  });
  it('VWAP and TWAP as execution algorithms are trading systems; a TWAP price oracle is not', () => {
    expect(zh('4. 熟悉做市商算法(如VWAP、TWAP) 和风险对冲策略').has('trading-systems')).toBe(true);
    expect(en('Requirements:\n- Solidity, TWAP oracles, Uniswap v3').has('trading-systems')).toBe(false);
  });
  it('Instagram, TikTok and LinkedIn are channels a Chinese growth posting runs; employers in English', () => {
    const ask = zh('2. 负责 CEX 品牌在 Twitter（X）、Instagram、LinkedIn、TikTok 等全球主流社交平台的日常内容策划');
    expect(['instagram', 'linkedin', 'tiktok'].every((id) => ask.has(id))).toBe(true);
    const prose = en(
      'As an Instagram Engineer you ship to millions; people watch YouTube & TikTok together. Send your LinkedIn profile.',
    );
    expect(['instagram', 'linkedin', 'tiktok'].some((id) => prose.has(id))).toBe(false);
  });
  it('Canal among big-data tools is change data capture; Canal in English is a name', () => {
    expect(zh('- 熟练掌握 Canal、Kafka、Doris、Flink、Spark等大数据主流开发工具').has('cdc')).toBe(true);
    expect(en("Do you want to be responsible for Canal Digital's Front End Architecture?").has('cdc')).toBe(false);
  });
  it('MVC beside MVVM is a design pattern; English MVC is left as it was (118 HN postings, for an HN round)', () => {
    expect(zh('3. 熟练应用 MVC / MVVM 设计模式').has('design-patterns')).toBe(true);
    expect(en('Requirements:\n- Experience with MVC frameworks (Rails, Django)').has('design-patterns')).toBe(false);
    const net = en('Requirements: 5+ years of C# and ASP.NET MVC.');
    expect(net.has('aspnet')).toBe(true);
    expect(net.has('design-patterns')).toBe(false);
  });
  it('Kratos among Go frameworks is asked; Kratos in English is a name', () => {
    expect(zh('3. 扎实的golang编程基础，具备Gin/Kratos/Go-Micro等框架的项目经验').has('kratos')).toBe(true);
    expect(en('Our team plays God of War on Fridays (Kratos fans welcome). We write Go.').has('kratos')).toBe(false);
  });
  it('Volatility among forensics tools is asked; market volatility is not', () => {
    expect(zh('• 能熟练使用 Volatility、X-Ways、FTK、Wireshark 等工具').has('volatility-forensics')).toBe(true);
    expect(
      en('Volatility in crypto markets is our business. You know Python and pandas.').has('volatility-forensics'),
    ).toBe(false);
  });
  it("Medusa among contract fuzzers is fuzzing; HN's Medusa is the e-commerce framework", () => {
    expect(zh('6、熟练使用至少一种模糊测试工具（如 Echidna, Medusa）').has('fuzzing')).toBe(true);
    expect(en('Medusa - open-source Shopify alternative | Remote | TypeScript, Node.js').has('fuzzing')).toBe(false);
  });
  it('Waffle beside Truffle and Remix is the contract-testing framework; a waffle in English is food', () => {
    expect(zh('4,熟悉truffle,remix，Waffle开发环境,以及智能合约的调试和测试方法').has('ethereum-waffle')).toBe(true);
    expect(en('Perks: Waffle Wednesdays and a dog-friendly office. Stack: Go, React.').has('ethereum-waffle')).toBe(
      false,
    );
  });
  it("Anchor and Alchemy are Solana's framework and a node provider in Chinese text; HN's anchor and SQL Alchemy are not", () => {
    expect(zh('- Solidity，Rust, Anchor 合约开发').has('solana-anchor')).toBe(true);
    expect(zh('6.自建或集成区块链节点（Geth、Erigon、Ankr、Alchemy）').has('alchemy')).toBe(true);
    expect(en('Requirements:\n- React, Anchor links and accessibility').has('solana-anchor')).toBe(false);
    expect(en('Backend: Python, Flask, PostgreSQL (SQL Alchemy), Heroku / AWS').has('alchemy')).toBe(false);
  });
});

describe('zl2 names matched anywhere', () => {
  it('Go Micro, Swoole and Workerman are asked by name; a Go microservice is not Go Micro', () => {
    expect(zh('3. 扎实的golang编程基础，具备Gin/Kratos/Go-Micro等框架的项目经验').has('go-micro')).toBe(true);
    const php = zh('6. 熟悉 Swoole / Workerman 中至少一种（加分项）');
    expect(php.has('swoole') && php.has('workerman')).toBe(true);
    expect(en('Requirements: Go microservices on Kubernetes, Postgres.').has('go-micro')).toBe(false);
    expect(en('We move from a PHP back-end to a Go micro-service architecture.').has('go-micro')).toBe(false);
  });
  it('Bitcoin Core, BRC-20 and SegWit are asked of Bitcoin hires; a Bitcoin Core developer leading the company is not', () => {
    expect(zh('- 精通Bitcoin Core源码，熟悉BIPs提案').has('bitcoin-core')).toBe(true);
    expect(zh('- 熟悉 Bitcoin 衍生资产，如BRC-20 系列').has('brc-20')).toBe(true);
    expect(zh('- 对比特币生态（SegWit、bitcoinjs）有一定了解者优先').has('segwit')).toBe(true);
    expect(en('Tech stack:\n- Python, bash, and Bitcoin Core on the backend').has('bitcoin-core')).toBe(true);
    const led = en('Led by Bitcoin Core Developer Jeremy Rubin, the company builds payment tools. We use Rust.');
    expect(led.has('bitcoin-core')).toBe(false);
  });
  it("Jetpack beside Android libraries is Android Jetpack (not Compose); Automattic's Jetpack is not", () => {
    const android = zh('3、熟练使用主流开发框架，例如Retrofit、Okhttp，Rxjava，Jetpack等，并了解其原理');
    expect(android.has('android-jetpack')).toBe(true);
    expect(android.has('jetpack-compose')).toBe(false);
    const both = en('Engineers for iOS and Android; Swift, SwiftUI, Jetpack, Jetpack Compose');
    expect(both.has('android-jetpack') && both.has('jetpack-compose')).toBe(true);
    expect(en("We're the people behind WordPress.com, Jetpack, WooCommerce, Tumblr.").has('android-jetpack')).toBe(
      false,
    );
  });
  it('BeeGFS among distributed file systems and AutoGPT-style agent scaffolding are asked by name', () => {
    expect(en('Experience with distributed FS (BeeGFS, Ceph, ...), HA systems (proxmox, ...)').has('beegfs')).toBe(
      true,
    );
    expect(en('Research experience building scaffolding (e.g. in the style of AutoGPT)').has('autogpt')).toBe(true);
  });
  it('Web3.py is a Web3 library (ethers.js); LayerZero is cross-chain', () => {
    expect(en('Requirements:\n- Hands-on experience with Web3.py or other blockchain libraries').has('ethers')).toBe(
      true,
    );
    expect(zh('- 熟悉 LayerZero、Wormhole 等跨链协议的实现').has('cross-chain')).toBe(true);
  });
  it('YARA, Sysmon and Rekall are detection and forensics tools asked of incident-response hires', () => {
    const ir = zh('• 编写 IOC、IOA、YARA 规则；大规模日志关联分析（SIEM / EDR / Sysmon）；内存取证（Rekall 等）');
    expect(['yara', 'sysmon', 'volatility-forensics'].every((id) => ir.has(id))).toBe(true);
    expect(en('Requirements:\n- Experience with Windows Event Forwarding and Sysmon.').has('sysmon')).toBe(true);
  });
  it('MITRE ATT&CK is asked of detection hires; an attack is not ATT&CK', () => {
    expect(zh('• 理解 MITRE ATT&CK、Kill Chain、APT 攻击技术').has('mitre-attack')).toBe(true);
    expect(en('Requirements:\n- Understanding of the MITRE ATT&CK framework').has('mitre-attack')).toBe(true);
    expect(en('You will help us recover from any attack on our network. We use Go.').has('mitre-attack')).toBe(false);
  });
  it('Remix.js among SSR frameworks is Remix', () => {
    expect(zh('2. 熟悉SSR框架, 例如Next.js, Nuxt.js, Remix.js等').has('remix')).toBe(true);
    expect(en('We remix classic tracks for our users. You write Swift.').has('remix')).toBe(false);
  });
  it('SOAR, SBOM, LogScale and ZTNA are asked of security hires; SOAR Energy is a company', () => {
    expect(zh('具有 SOAR 经验，能够识别、分析和应对安全事件。').has('soar')).toBe(true);
    expect(zh('6. 熟悉 Helm/Kustomize、容器镜像优化（多阶段构建、SBOM、镜像签名）').has('sbom')).toBe(true);
    expect(zh('2、熟练使用CrowdStrike LogScale/Splunk/ELK等SIEM工具编写高信噪比检测规则').has('siem')).toBe(true);
    expect(zh('4-Zero Trust/网络：了解 ZTNA 理念及落地实践').has('zero-trust')).toBe(true);
    expect(en('Senior Infosec Engineer (K8S/Docker/Linux/Python/SIEM/SOAR/GCP)').has('soar')).toBe(true);
    const company = m.extract("SOAR Energy Inc. | Full-Stack Lead (Next.js) | Remote\nI'm the CTO of SOAR Energy.");
    expect(company.some((x) => x.id === 'soar')).toBe(false);
  });
  it('XCM is cross-chain; Prysm an Ethereum consensus client; Rabby a wallet; Galxe and Merkl campaign platforms', () => {
    expect(zh('- 熟悉 Polkadot XCM 与 HRMP/队列语义').has('cross-chain')).toBe(true);
    expect(zh('2. 熟悉以太坊客户端（Geth/Nethermind/Prysm/Lighthouse）').has('eth-consensus-clients')).toBe(true);
    expect(zh('• 熟悉 MetaMask、Rabby、WalletConnect 等钱包生态。').has('rabby')).toBe(true);
    const growth = zh('- 交易竞赛与激励计划 - 负责 Galxe、Layer3、Merkl 等 Web3 平台活动');
    expect(growth.has('galxe') && growth.has('merkl')).toBe(true);
  });
  it('GORM, Circom, Ankr and the Anchor framework are asked by name', () => {
    expect(zh('3、熟悉gin/thrift/gorm者优先').has('gorm')).toBe(true);
    expect(zh('- 有零知识证明电路开发经验，熟悉 circom 或 halo2').has('circom')).toBe(true);
    expect(zh('6.自建或集成区块链节点（Geth、Erigon、Ankr）').has('ankr')).toBe(true);
    expect(
      en('Requirements:\n- Solana programs written natively or using the Anchor framework').has('solana-anchor'),
    ).toBe(true);
  });
  it('the Java web stack (JSP, Servlets, Thymeleaf, FreeMarker, WebLogic, WebSphere, JBoss) is asked by name', () => {
    const web = zh('1. 熟悉 JSP、Servlet、Tomcat、WebLogic、JBoss 等 Java Web 技术');
    expect(['jsp', 'java-servlets', 'weblogic', 'jboss'].every((id) => web.has(id))).toBe(true);
    const tpl = zh('2. 熟悉 Thymeleaf/FreeMarker 模板引擎');
    expect(tpl.has('thymeleaf') && tpl.has('freemarker')).toBe(true);
    expect(en('Requirements:\n- Apache Tomcat/WebSphere and Linux').has('websphere')).toBe(true);
    expect(en('Apply at https://acme.com/careers/qea.jsp today.').has('jsp')).toBe(false);
    expect(en('Acme was founded by former JBoss engineers.').has('jboss')).toBe(false);
  });
  it('MFC, Cocos2dX, NSQ, DolphinScheduler, Flume and JProfiler are asked by name', () => {
    expect(zh('3. 熟悉 MFC 或 Qt 桌面开发').has('mfc')).toBe(true);
    expect(en('Requirements:\n- C++ business logic layer, Cocos2dX game engine layer').has('cocos2d')).toBe(true);
    expect(zh('4. 熟悉 NSQ、Kafka 等消息队列').has('nsq')).toBe(true);
    expect(zh('1. 精通 Airflow / DolphinScheduler 等调度平台').has('dolphinscheduler')).toBe(true);
    expect(zh('3. 熟悉Flume/DataX/Logkit/Kafka等大数据接入技术').has('flume')).toBe(true);
    expect(zh('2.精通 JVM 生态，性能剖析（Arthas/JProfiler）').has('jprofiler')).toBe(true);
  });
});
