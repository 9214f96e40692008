/**
 * Chinese rules of round 6 (issue 15, zhprec: a precision audit of kept matches on the unlabelled rebase postings,
 * bench/zh-audit.ts), each tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const role = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));

describe('Latin names that mean another thing next to their neighbours', () => {
  it('"AI" among design software is Illustrator, not artificial intelligence', () => {
    const design = ids('2. 熟悉PS、AI、sketch、figma等主流设计软件');
    expect(design.has('ai')).toBe(false);
    expect(design.has('illustrator')).toBe(true);
    // named in the company's text it is not the hire's tool (dropped, not read as Illustrator)
    const co = new Set(m.extract('## 公司介绍\n我们的设计团队使用 PS、AI 完成品牌视觉。').map((x) => x.id));
    expect(co.has('ai') || co.has('illustrator')).toBe(false);
    expect(ids('5.能熟练操作Flash、PS、AI、Dreamweaver、figma等主流设计软件的应用').has('ai')).toBe(false);
    expect(ids('熟练使用 Photoshop / AI 完成视觉设计').has('ai')).toBe(false);
    // ...but AI asked on its own, or after a design tool sentence, stays
    expect(ids('有 AI 测试 / 自动化测试经验').has('ai')).toBe(true);
    expect(ids('4.熟练掌握PS,SAI等绘画软件;熟悉AI制作流程').has('ai')).toBe(true);
    expect(ids('5年左右工作经验，量化开发，AI，风控，Web3从业经验').has('ai')).toBe(true);
  });
  it('"Drone" among CI tools is Drone CI (CI/CD), not drones', () => {
    const ci = ids('- 熟悉 CI/CD 流程，掌握至少一种持续集成/部署工具（如 Jenkins、Drone、CircleCI、Argo Workflow）');
    expect(ci.has('drones')).toBe(false);
    expect(ci.has('ci-cd')).toBe(true);
    expect(ids('有无人机 drone 飞控开发经验').has('drones')).toBe(true);
  });
  it('"CDK" after Polygon is the chain kit, not AWS CDK; "VM" after CKB is CKB-VM, not virtualization', () => {
    expect(role('1. 探索Cosmos SDK/Polygon CDK项目以及开发区块链开发工具链').has('aws-cdk')).toBe(false);
    expect(ids('熟练使用 AWS CDK、Terraform 等基础设施即代码工具').has('aws-cdk')).toBe(true);
    expect(role('负责在 CKB VM 环境中运行的合约开发').has('virtualization')).toBe(false);
    expect(ids('熟悉 KVM、VMware 等虚拟化技术').has('virtualization')).toBe(true);
    expect(ids('1、熟悉区块链虚拟机（如 EVM、WASM VM）底层运行逻辑；').has('virtualization')).toBe(false);
    expect(ids('有跨链、底层 VM、基础设施研发经验的工程师').has('virtualization')).toBe(false);
    expect(
      ids('- Deep knowledge on Ethereum Virtual Machines and comparable VMs of other chains').has('virtualization'),
    ).toBe(false);
    expect(role('性能优化实战： - 首屏、白屏、长列表虚拟化').has('virtualization')).toBe(false);
    expect(ids('6、熟悉Linux操作系统、网络、虚拟化和硬件基础设施。').has('virtualization')).toBe(true);
  });
});

describe('Chinese words in their everyday sense', () => {
  it('无障碍 of a language is no web accessibility; 无障碍设计 is', () => {
    expect(ids('英文无障碍沟通').has('accessibility')).toBe(false);
    expect(ids('4、积极主动，英语阅读/写作无障碍；').has('accessibility')).toBe(false);
    expect(ids('英语流利，能够无障碍进行国际化的技术交流和文档阅读').has('accessibility')).toBe(false);
    expect(ids('5、对用户体验心理学或无障碍设计有一定研究。').has('accessibility')).toBe(true);
  });
  it('监控 of policies or public opinion is no system monitoring; 监控体系 is', () => {
    expect(ids('7.监管合规和政策监控：监控监管数字资产行业的发展').has('monitoring')).toBe(false);
    expect(ids('负责舆情监控与危机公关').has('monitoring')).toBe(false);
    expect(ids('设计并实施全面的监控体系，监控业务关键指标').has('monitoring')).toBe(true);
  });
  it("权限 in 在规定的权限内 (within one's authority) is no access control; 权限管理 is", () => {
    expect(ids('4. 有较强风险意识，严格在规定的权限内操作账户；').has('identity-access')).toBe(false);
    expect(ids('熟悉 Android 安全机制（如权限管理、签名验证等）').has('identity-access')).toBe(true);
  });
});

describe('departments the hire works with (colleagues), not skills', () => {
  it('a list of departments ending in 等各部门 / 等资源, after 协同 / 协调', () => {
    expect(role('高效协同交易、理财、市场、法务、客服等各部门，保障资金需求').has('customer-support')).toBe(false);
    expect(role('协调设计, 研发, 测试, 运营, 市场, 客服等资源, 确保产品按时交付').has('customer-support')).toBe(false);
    expect(role('• 跨部门协同（产品、技术、商务、内容、客服）推动活动快速落地。').has('customer-support')).toBe(false);
    // the job itself stays: 客服 in a title or as the duty
    expect(
      new Set(m.extract('[远程] NovaX 公司诚聘 线上客服 薪水 $800 / 月').map((x) => x.id)).has('customer-support'),
    ).toBe(true);
    expect(ids('5.具有良好的沟通表达能力、客户服务能力。').has('customer-support')).toBe(true);
    expect(ids('具备优秀的沟通能力、项目推动能力和协调能力').has('communication')).toBe(true);
  });
});

describe('配合 and 架构设计 by what the posting asks', () => {
  it('配合 before its object is a duty of helping, not teamwork; 高效配合 / 配合能力 are teamwork', () => {
    expect(role('5、配合领导完成其他相关工作。').has('teamwork')).toBe(false);
    expect(role('- 配合产品、研发、测试等岗位，完善和有序推进产品设计').has('teamwork')).toBe(false);
    expect(ids('3. 积极乐观,良好的沟通协调能力,能够与协作部门高效配合。').has('teamwork')).toBe(true);
    expect(ids('具备良好的配合能力和责任心').has('teamwork')).toBe(true);
  });
  it('架构设计 of a company or of information is not system design; of a system it is', () => {
    expect(ids('PS： 需要有公司架构设计，全球监管演变趋势研究和见解').has('system-design')).toBe(false);
    expect(role('3. 参与设计全流程，包括用户研究、信息架构设计到最终视觉呈现').has('system-design')).toBe(false);
    expect(role('1. 负责底层公有链的架构设计，关键模块实现').has('system-design')).toBe(true);
  });
});

describe('the company describing its business or its product', () => {
  const company = (t: string) => new Set(m.extract(`## 公司/团队介绍\n${t}`).map((x) => x.id));
  it('a Latin domain word in the company text is the business, unless asked of the hire', () => {
    expect(
      company('Tezign 是一家公司，立志成为AI与Web3领域的先驱。我们旗下拥有全球知名的NFT数据平台NFTGo。').has('nft'),
    ).toBe(false);
    expect(
      company('领域中最为重要的基础设施建设者之一。IoTeX 致力于通过 ZK 零知识证明技术，连接以太坊生态').has(
        'zero-knowledge-proofs',
      ),
    ).toBe(false);
    expect(company('我们希望你熟悉 NFT 协议与 DeFi 的运行机制').has('nft')).toBe(true);
  });
  it('为用户提供...交互体验 is what the product gives, not the UX design asked; 注重交互体验 is asked', () => {
    expect(role('打造新一代去中心化应用（DApp），为用户提供高性能、直观的交互体验。').has('ux-design')).toBe(false);
    expect(ids('注重交互体验，对细节敏感').has('ux-design')).toBe(true);
  });
});

describe('wrong concepts found once in the audit', () => {
  it('PE next to VC is private equity, not the PE licence', () => {
    const bg = (t: string) =>
      new Set(m.extract(`Experience\n 3–6年相关经验\n 优先考虑以下背景：\n ${t}\n 管理咨询公司`).map((x) => x.id));
    expect(bg('投资银行 / PE / VC').has('pe-license')).toBe(false);
    expect(bg('PE/VC 投资机构').has('pe-license')).toBe(false);
    expect(ids('持有 PE 执照或同等资格证书').has('pe-license')).toBe(true);
  });
  it('执行能力 of a system is throughput, not execution; 从创意到成品 is no creativity', () => {
    expect(ids('3、构建兼容 Solidity 的高性能状态机，支持事务执行能力 ≥10,000 tx/s；').has('execution')).toBe(false);
    expect(ids('5.良好的沟通、协调及执行能力和团队合作精神').has('execution')).toBe(true);
    expect(ids('将AI工具系统性地嵌入设计流程，实现从创意到成品的工业化提速').has('creativity')).toBe(false);
    expect(ids('具备丰富的创意和良好的审美').has('creativity')).toBe(true);
  });
});

describe('longer words and other readings (stored procedures, SQL injection, CFD)', () => {
  it('存储过程 is a stored procedure, not storage; 分布式存储 is storage', () => {
    expect(role('诊断和解决数据库的性能瓶颈，优化SQL查询语句、索引和存储过程。').has('storage')).toBe(false);
    expect(ids('熟悉分布式存储、缓存、消息队列等技术').has('storage')).toBe(true);
    // ...and 存储 of coins or keys is custody
    expect(role('开发钱包管理系统，实现数字货币安全存储与交易功能').has('storage')).toBe(false);
    expect(ids('2）对钱包私钥安全、HD 钱包、多重签名、冷热存储策略有实战经验').has('storage')).toBe(false);
  });
  it('SQL注入 is web security, not SQL; 熟练使用 SQL is SQL', () => {
    const sqli = ids('2.熟悉Web攻击方法,SQL注入.XSS攻击.命令注入.CSRF攻击');
    expect(sqli.has('sql')).toBe(false);
    expect(sqli.has('web-security')).toBe(true);
    expect(ids('5、具备数据库操作能力（熟练使用 SQL），能够验证数据正确性').has('sql')).toBe(true);
  });
  it('CFD among gold and stocks is a contract for difference, not fluid dynamics', () => {
    expect(role('设计并推动上线“黄金、股票、指数等CFD差价合约类交易产品”').has('fea')).toBe(false);
    expect(ids('熟练使用 ANSYS Fluent 等 CFD 仿真软件').has('fea')).toBe(true);
  });
});

describe('the industry label and the teams the hire works with', () => {
  it('"Industry: Web3" in a Chinese posting names the business; 有 Web3 经验 is asked', () => {
    const post = (t: string) =>
      new Set(
        m
          .extract(
            `招聘岗位：后端开发\n岗位要求、职责\nJob Type：Full-Time, Remote Industry: ${t}\nPS： 1.211计算机科学专业`,
          )
          .map((x) => x.id),
      );
    expect(post('Web3/Exchange').has('blockchain')).toBe(false);
    expect(post('Fintech/Web3').has('blockchain')).toBe(false);
    expect(post('Fintech/Web3').has('fintech')).toBe(false);
    expect(ids('1、有web3相关经验；').has('blockchain')).toBe(true);
  });
  it('与产品、设计和区块链工程团队密切协作 names a team, not a skill; 区块链工程师 in a title is the job', () => {
    expect(role('你将与产品、设计和区块链工程团队密切协作，共同打造新一代去中心化应用').has('blockchain')).toBe(false);
    expect(new Set(m.extract('[深圳] 诚聘区块链工程师 薪水 25K').map((x) => x.id)).has('blockchain')).toBe(true);
  });
});

describe('a company describing itself after 目前 or under a camel-case name', () => {
  it('目前 imToken 支持管理比特币、以太坊 is the product; 熟悉以太坊生态 is asked', () => {
    const about = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));
    expect(about('目前 imToken 支持管理比特币、以太坊等主流区块链，同时支持去中心化币币兑换功能').has('bitcoin')).toBe(
      false,
    );
    expect(about('DAOSquare 起源于西方著名以太坊社区 MetaCartel').has('ethereum')).toBe(false);
    expect(ids('有丰富的链上交互经历，熟悉以太坊生态技术').has('ethereum')).toBe(true);
    expect(ids('熟悉比特币、以太坊等公链的原理').has('bitcoin')).toBe(true);
  });
});

describe('技术支持 inside the company', () => {
  it('technical support given to colleagues is not customer support; to users, or as the job, it is', () => {
    expect(role('5.安全报告编写：编写恶意软件分析报告，向团队提供技术支持。').has('customer-support')).toBe(false);
    expect(role('六、及时响应并处理各类故障，并为业务部门提供技术支持').has('customer-support')).toBe(false);
    expect(role('技术指导：在项目中提供技术支持与指导，帮助团队成员解决复杂技术问题').has('customer-support')).toBe(
      false,
    );
    expect(role('负责为用户提供技术支持，解答产品相关疑问').has('customer-support')).toBe(true);
    expect(
      new Set(m.extract('[Remote] bloXroute 诚聘 技术支持工程师 薪资open').map((x) => x.id)).has('customer-support'),
    ).toBe(true);
  });
});

describe('支付 of the pay', () => {
  it('paying the hire (工资U支付, 提前支付一半定金) is not the payments domain; 支付系统 is', () => {
    expect(role('设计费用会提前支付一半定金。').has('payments')).toBe(false);
    expect(
      new Set(
        m.extract('[远程] 高级Flutter开发（iOS/Android）50-70KRMB月薪 工资U支付\n## 岗位职责').map((x) => x.id),
      ).has('payments'),
    ).toBe(false);
    expect(ids('需求有丰富的支付，清算经验或者交易所丰富的撮合交易经验').has('payments')).toBe(true);
    expect(role('负责支付和预测等核心业务支持开发').has('payments')).toBe(true);
  });
});
