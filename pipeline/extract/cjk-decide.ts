/**
 * Decision evidence and rules for Chinese text: ask and stack cues (熟悉 X, X 经验, 技术栈: ...), list connectors,
 * the forms dropped whatever their zone (colleagues, degree subjects, everyday senses) and the decision decide.ts asks
 * first for a Chinese surface (docs/extraction.md "Chinese postings").
 */
import { denseIn, hasDense } from './cjk.ts';
import { zhColleague, zhMention, zhMentionAfter, zhNegation, zhProductNoun, zhSelfDescription } from './zh-cues.ts';
import { zhCloseTeamwork, zhPrecDrop } from './zh-prec.ts';
import { zhPrec2Drop } from './zh-prec2.ts';
import { zhPrec3Drop } from './zh-prec3.ts';
import { zhDistributedDrop } from './zh-distributed.ts';
import { zhRecDrop } from './zh-rec.ts';
import { zhTechCueAfter, zhTechCueBefore } from './zh-tech-cue.ts';

/** A platform's name as the text of a link or a handle label ([Twitter](https://..), Telegram: @x): no skill. */
// tg: # zhrec3, TG as a platform name (zh-aliases.tsv ?=TG) is a handle label too (TG: @name)
// zhtax: the platforms added as skills (WhatsApp, Reddit, Weibo, Xiaohongshu) label handles and links too
const SOCIAL =
  /^(?:twitter|telegram|tg|discord|youtube|medium|linkedin|github|whatsapp|reddit|weibo|xiaohongshu|推特|电报|微博|小红书)$/i;
const LINK_AFTER = /^\s*(?:\]\s*\(|(?:中文|英文)?群?\s*:\s*(?:@|https?:|t\.me))/i;

const ASK_BEFORE_ZH =
  /(?:熟悉|精通|掌握|了解|理解|具备|具有|拥有|熟练|扎实|良好|较强|很强|优秀|出色|一定的|丰富的|懂|善于|擅长|热爱|使用过|参与过|做过|从事过|要求|需要)[^.;!?\n]{0,40}$/;
const ASK_AFTER_ZH =
  /^[^.;!?]{0,12}?(?:经验|能力|背景|基础|知识|技能|功底|意识|精神|优先|者优先|等相关|相关|专业|开发|方向|领域|技术)/;
const STACK_ZH = /(?:技术栈|使用|采用|基于|用到|基础设施|架构)[^.;!?]{0,30}$/;

/** An ask cue around a candidate in Chinese text (熟悉 X, X 经验, 良好的 X 能力). */
export const cjkAsk = (before: string, after: string): boolean =>
  (denseIn(before, before.length - 30, before.length) || denseIn(after, 0, Math.min(12, after.length))) &&
  (ASK_BEFORE_ZH.test(before) || ASK_AFTER_ZH.test(after));
/** A stack cue before a candidate in Chinese text (技术栈: ..., 使用 ..., 基于 ...). */
export const cjkStack = (before: string): boolean =>
  denseIn(before, before.length - 40, before.length) && STACK_ZH.test(before);
/** Chinese list connectors between two skills (Go 和 Rust; C/C++ 及 Python); zhtech: or one item between two marks
 *  that is a name the taxonomy lacks (GA、GTM、Dune Analytics; Geth、Prysm、Lighthouse): the list goes on over it. */
export const cjkListGap = (gap: string): boolean =>
  (gap.length <= 6 && /^[\s,/|&+;:()·*\-'"]*(?:和|及|与|或|或者|以及|以及对|等)?[\s,/|&+;:()·*\-'"]*$/.test(gap)) ||
  ONE_ITEM_GAP.test(gap);
/** a mark (、 , / |), one Latin name of up to 16 characters written as a name (a capital or a digit: GTM, V3, Linix; not
 *  an English word of a sentence, "a text-to-image generator, AI chatbots"), a mark */
const ONE_ITEM_GAP = /^\s*[,/|、]\s*(?=[A-Za-z0-9.+#-]*[A-Z0-9])[A-Za-z][A-Za-z0-9.+#-]{0,15}\s*[,/|、]\s*$/;
/** An ambiguous tech alias (Go, Hardhat, Cypress) right after a Chinese ask/stack cue (熟悉 Go, 使用 Hardhat) or
 *  right before 开发/语言/框架/经验 or 有一定了解 (对主流mq有一定了解: an ask) is accepted (matcher's context rules, evidence 'cue-zh').
 *  zhtech: also right before 方向, the track a role is hired for (前端开发工程师：React方向; 后端：Golang/PHP方向). */
export const cjkTechCue = (before: string, after: string): boolean =>
  /(?:熟悉|精通|掌握|了解|熟练|使用|采用|基于|技术栈|经验)[^.;!?\n]{0,20}$/.test(before) ||
  /^\s*(?:开发|语言|框架|编程|经验|工程师|方向|有(?:一定|较深|深入|较好|丰富)?的?(?:了解|理解|认识|使用经验))/.test(
    after,
  ) ||
  // zz2: 合约开发, 公链, 研发工程师, 等框架, Go相关经验 after; 开发语言：before (zh-tech-cue.ts)
  zhTechCueAfter(after) ||
  zhTechCueBefore(before);
/** A Chinese duty verb before a Latin domain name in the duties (优化UTXO管理策略, 处理 ERC-20 代币, 实现MEV保护机制,
 *  支持 BTC、ETH、BSC 等公链): the hire works with it, as English "build / implement X" (decide.ts WORK_BEFORE). Within
 *  the sentence, up to 12 characters after the verb or a list of up to four short items (、 and ， are both folded to
 *  a comma); 推动 / 推广 (promoting a product) are no such verb. */
export const cjkWorkBefore = (before: string): boolean =>
  /(?:负责|参与|实现|优化|处理|研究|开发|设计|构建|搭建|构造|支持|维护|集成|对接|编写|部署)(?:[^.;:!?\n,]{1,8},){0,4}[^.;:!?\n,]{0,12}$/.test(
    before,
  ) &&
  denseIn(before, before.length - 20, before.length) &&
  // 与设计师，PM，后端工程师合作: colleagues (not 参与, nor 与 KOL 的合作: a partner)
  !/(?:(?<!参|给|赋|授)与|配合|协助|协同)\s*(?:设计|产品|开发|后端|前端|工程|团队|同事|运营|测试|市场)[^.;:!?\n]{0,10}$/.test(
    before,
  );
/** An ask cue right next to a generic area (熟悉前端, 后端开发经验): tighter than cjkAsk. */
export const cjkAskNear = (before: string, after: string): boolean =>
  /(?:熟悉|精通|掌握|了解|熟练|擅长|有|具备|具有)\s*$/.test(before) ||
  /^\s*(?:开发|研发|工程|架构|技术)?\s*(?:经验|能力|背景|基础|知识|技能)/.test(after);

/** "degree in", "major in", "Bachelor's or Master's degree in", "专业为" right before a subject. */
const DEGREE_IN =
  /(?:\b(?:degrees?|majors?|majoring|bachelor'?s|master'?s|bsc?|msc?|phd)\s+(?:(?:or|and|\/)\s+[\w'’]+\s+(?:degree\s+)?)?(?:in|of)\s+|专业为\s*)$/i;

/** A strong ask of the hire in the same sentence, close before the candidate (要求熟悉 Go, 需要掌握 Figma、Sketch). */
const BENEFITS_ASK = /(?:要求|需要|必须|熟悉|精通|掌握|熟练)[^.;!?\n]{0,24}$/;
const NEED_RIGHT_BEFORE = /(?:需要|要求|必须)\s*$/;

/** A verb asking the hire for something (not 拥有 / 具有 / 丰富的, which also describe the company). */
const HIRE_ASK = /(?:熟悉|精通|掌握|了解|理解|熟练|擅长|需要|要求|你|候选人|希望)[^.;!?\n]{0,20}$/;

/** A generic area naming colleagues: 与后端开发人员沟通, 与产品、后端、测试等角色协作, 协助后端优化性能. */
const COLLEAGUE_BEFORE = /(?:(?<!参|给|赋|授)与|跟|配合|协助|协同|对接)\s*(?:[^.;:!?,\n]{0,6}[,/]){0,8}\s*$/;
const COLLEAGUE_AFTER = /^\s*(?:开发|研发)?\s*(?:人员|同学|同事|角色|小伙伴|团队)/;
/** A generic area naming a class of languages or a kind of test: 一种后端语言, 服务端编程语言, 服务端测试. */
const CLASS_AFTER = /^\s*(?:(?:开发|编程)?\s*语言|测试)/;
/** A degree subject: 计算机、金融、数学或相关专业优先; 物理等专业. */
const MAJOR_AFTER = /^[^.;:!?\n]{0,14}?专业/;
const ASK_IN_CLAUSE = /(?:熟悉|精通|掌握|了解|理解|熟练|扎实|具备|具有)[^.;:!?,\n]{0,20}$/;
/**
 * Forms that are also verbs (监控 "to watch": 实时监控核心指标, 监控竞争对手): kept as the skill only as a noun,
 * after a modifier (异常监控, 性能监控) or before a list mark, the clause's end or a noun (监控系统, 监控、告警).
 */
const VERB_FORMS: Record<string, { before: RegExp; after: RegExp }> = {
  // 细节 "detail" is attention to detail only when someone cares for it (注重细节, 对细节敏感, 细节意识), not in
  // 技术细节 / 实现细节 / 交易细节 / 漏洞细节 (the details of something)
  细节: {
    before: /(?:注重|关注|重视|追求|打磨|雕琢|把控|在意|专注|善于发现|对)[^.;:!?,\n]{0,6}$/,
    after: /^\s*(?:敏感|敏锐|意识|把控|处理|控|有(?:较强|很强|极强)?的?(?:把控|追求|关注))/,
  },
  // 兼容性 is responsive design only for screens and devices (解决手机端兼容性问题); 保障兼容性 / 跨浏览器和设备的兼容性
  // are compatibility in general or cross-browser work (its own skill)
  兼容性: {
    before: /(?:手机端|移动端|多端|屏幕|终端|机型|h5)[^.;:!?,\n]{0,3}$/i,
    after: /^\s*适配/,
  },
  监控: {
    before: /(?:异常|性能|质量|系统|运维|线上|服务|日志|链路|业务|安全|全链路|可观测性?|基础)\s*$/,
    after:
      /^\s*(?:$|[,.;:/()|&+和及与或等]|系统|体系|平台|告警|报警|能力|库|工具|方案|大盘|面板|组件|服务|设施|架构|策略|经验|类|运维|预警|数据库|集群|节点|服务器|性能|(?:智能)?合约|链上|日志)/,
  },
};

/**
 * Forms named as an outcome of the work, not a skill (优化用户体验, 提升用户体验, 不牺牲用户体验, 追求极致的用户体验):
 * dropped after such a verb; asked (关注用户体验, 用户体验设计经验) they are kept.
 */
/** the verb may stand a few words before, over a list (确保系统稳定、高效的用户体验, 提高性能和交互体验), no ask between */
const OUTCOME_VERB =
  /(?:优化|提升|改善|提高|保证|保障|确保|追求|打造|牺牲|兼顾|平衡|为用户提供|为用户带来)(?:(?!具备|熟悉|注重|关注|重视|了解|掌握|有)[^.;:!?\n]){0,12}$/;
const OUTCOME_BEFORE: Record<string, RegExp> = {
  用户体验: OUTCOME_VERB,
  交互体验: OUTCOME_VERB,
};

/**
 * Forms used as an adjective of a kind of tool (熟悉主流开源应用框架, 常见的开源分布式中间件): the tools are asked, not the
 * practice; 开源项目 / 开源社区 / 开源贡献 / 开源系统代码 stay open source.
 */
const ADJECTIVE_AFTER: Record<string, RegExp> = {
  开源: /^\s*(?:的)?\s*(?:[^.;:!?,\n项社贡代]{0,6}?)(?:框架|中间件|组件|工具|软件|数据库|方案|模型|教程|库|系统(?!代码|源码))/,
  // 移动端 before the thing made for it (移动端产品的UI设计, 移动端UI/UX设计经验, 移动端安全工程师) is a platform, not mobile
  // development; 移动端开发 / 移动端测试 / 移动端适配 are their own forms
  移动端: /^\s*(?:的)?\s*(?:产品|ui|ux|安全|设计|用户|页面|界面|交互|视觉|体验|运营|h5|banner|海报|素材)/i,
};

/**
 * Forms used in their everyday sense in a phrase about something else: 沟通 in 以日语为主要沟通语言 / 沟通偏好 (a
 * language or habit of talking) or 添加HR进行沟通 (contact the recruiter) is no communication skill; 良好沟通,
 * 与开发人员沟通, 善于沟通 stay.
 */
const EVERYDAY: Record<string, { before?: RegExp; after?: RegExp }> = {
  // 发布策略 of content (优化选题、内容风格与发布策略) is when to post, not a deployment strategy
  发布策略: { before: /(?:内容|选题|文案|帖子|推文|视频|账号|风格|社媒|运营)[^.;:!?\n]{0,8}$/ },
  沟通: {
    before: /(?:HR|hr|招聘|猎头|联系|添加|加我|私信|微信|邮件|电话)[^.;:!?\n]{0,10}$/,
    after: /^\s*(?:语言|偏好|习惯|方式|渠道|工具|软件|群|链接)/,
  },
  // 无障碍 "without difficulty" of a language (英文无障碍沟通, 英语阅读/写作无障碍, 能无障碍研究海外监管政策) is no web
  // accessibility; 无障碍设计 / 无障碍访问 stay
  无障碍: {
    before: /(?:英文|英语|中文|日语|韩语|外语|语言|读写|写作|阅读|口语|听说|交流|沟通)[^.;:!?,\n]{0,3}$/,
    after: /^\s*(?:地|的)?\s*(?:沟通|交流|阅读|读写|写作|进行|研究|使用|对话|工作|听说|口语|英文|英语)/,
  },
  // 监控 of policies, regulation, public opinion or prices (监管合规和政策监控, 舆情监控, 行情监控) is watching the news
  // or the market, not system monitoring
  监控: { before: /(?:政策|监管|舆情|行情|价格|竞品|竞争对手)\s*$/ },
  // 配合 as a verb before its object (配合领导完成其他工作, 配合产品、研发、测试等岗位, 配合安全团队进行测试) is a duty of
  // helping someone, not the teamwork asked of the hire; 高效配合 / 充分配合 / 配合能力 / 配合精神 stay
  配合: { after: /^\s*(?!能力|精神|意识|度|默契)[\u4e00-\u9fffA-Za-z]/ },
  // 技术支持 given to colleagues (向团队提供技术支持, 为业务部门提供技术支持, 提供技术支持与指导，帮助团队成员) is help inside
  // the company, not customer support; 技术支持工程师 / 为用户提供技术支持 stay
  技术支持: {
    before: /(?:向|为|给)[^.;:!?,\n]{0,8}(?:团队|部门|同事|成员|研发|开发)[^.;:!?,\n]{0,4}提供\s*$/,
    after: /^[^.;:!?\n]{0,12}(?:帮助|协助)(?:团队|同事|成员)/,
  },
  // 虚拟化 of a long list (长列表虚拟化) is list virtualization in a web page, not server virtualization
  虚拟化: { before: /(?:列表|滚动)\s*$/ },
  // 支付 of the hire's pay or fee (工资U支付, 设计费用会提前支付一半定金) is paying, not the payments domain
  支付: {
    before: /(?:工资|薪资|薪水|薪酬|费用|报酬)[^.;:!?,\n]{0,6}$/,
    after: /^\s*(?:一半|定金|工资|薪资|薪水|报酬)/,
  },
  // 存储 of coins or keys (数字货币安全存储, 冷热存储策略) is custody (wallets), not data storage
  存储: { before: /(?:数字货币|数字资产|加密资产|资产|私钥|助记词|密钥|冷热|冷|热)\s*的?\s*(?:安全)?\s*$/ },
  // 执行能力 of a system (支持事务执行能力 ≥10,000 tx/s) is throughput, not a person's execution
  执行能力: { before: /(?:事务|交易|合约|指令|并行|代码|链上)\s*$/ },
  // 创意 in 从创意到成品 (from idea to product) names a stage of the work, not creativity asked of the hire
  创意: { before: /从\s*$/, after: /^\s*到/ },
  // 架构设计 of a company or of information (需要有公司架构设计, 信息架构设计) is corporate structuring or information
  // architecture, not system design
  架构设计: { before: /(?:公司|组织|股权|法务|法律|信息)\s*$/ },
  // zz2: 数据开发 read across two words after 基于 / 利用 / 根据 (能够基于tick数据开发价格优化算法: develop from the data) is
  // no data engineering; 数据开发工程师 / 数据开发经验 / 完成数据开发与落地 stay
  数据开发: { before: /(?:基于|利用|根据|通过|使用|借助)[^.;:!?,\n]{0,10}$/ },
  // 权限 in 在规定的权限内操作 (within one's authority) is no access control; 权限管理 / 权限控制 / 最小权限 stay
  权限: { after: /^\s*(?:内|范围内|之内|以内)/ },
};

/**
 * Latin names that mean another thing next to their neighbours in a Chinese posting: "AI" among design software
 * (熟悉PS、AI、Sketch) is Adobe Illustrator, not artificial intelligence; "CDK" after Polygon / zkEVM is Polygon's
 * Chain Development Kit, not AWS CDK; "VM" after CKB, EVM or Ethereum is a blockchain's virtual machine, not
 * virtualization. Keys are the
 * lower-cased surface.
 */
const DESIGN_TOOL =
  '(?:ps|photoshop|sketch|figma|cdr|coreldraw|c4d|ae|pr|axure|indesign|id|sai|dreamweaver|flash|xd|procreate|blender|lightroom)';
/** a blockchain's virtual machine (CKB VM, 区块链虚拟机（如 EVM、WASM VM）, Ethereum Virtual Machines, chain DB, VMs) */
const BLOCKCHAIN_VM_BEFORE =
  /(?:\bckb|\bevm|\bwasm|ethereum|solana|\bmove|chain db|区块链|公链|跨链|链上|底层|智能合约)[^.;!?\n]{0,40}$/i;
const OTHER_THING: Record<string, { before?: RegExp; after?: RegExp; as?: string }> = {
  ai: {
    as: 'illustrator',
    before: new RegExp(`(?:^|[^a-z])${DESIGN_TOOL}\\s*(?:[,/+]|和|及|与|或)\\s*$`, 'i'),
    after: new RegExp(`^\\s*(?:[,/+]|和|及|与|或)\\s*${DESIGN_TOOL}(?![a-z])`, 'i'),
  },
  cdk: { before: /(?:polygon|zkevm)\s*$/i },
  vm: { before: BLOCKCHAIN_VM_BEFORE },
  vms: { before: BLOCKCHAIN_VM_BEFORE },
  'virtual machine': { before: BLOCKCHAIN_VM_BEFORE },
  'virtual machines': { before: BLOCKCHAIN_VM_BEFORE },
  // "CFD" among gold, stocks and indices (黄金、股票、指数等CFD差价合约) is a contract for difference, not fluid dynamics
  cfd: { before: /(?:黄金|股票|指数|外汇|期货|差价合约)[^.;!?\n]{0,6}$/, after: /^\s*(?:差价合约|合约|交易|产品)/ },
  // "Drone" among CI tools (Jenkins、Drone、CircleCI) is Drone CI, a CI/CD tool, not a flying drone
  drone: {
    as: 'ci-cd',
    before:
      /(?:jenkins|circleci|gitlab(?:\s*ci)?|github actions|travis(?:\s*ci)?|teamcity|argo\w*|tekton|bamboo)\s*(?:[,/]|和|及|与|或)\s*$/i,
    after: /^\s*(?:[,/]|和|及|与|或)\s*(?:jenkins|circleci|gitlab|github actions|travis|teamcity|argo|tekton|bamboo)/i,
  },
  // "RN" near Flutter, Electron, iOS, Android or cross-platform work (对Electron, Flutter或者RN有相关经验, RN/Flutter
  // 跨端开发) is React Native, not a registered nurse's licence; elsewhere it is left to its context rule
  rn: {
    as: 'react-native',
    // (zhrec and zhprec both found it; one rule: Ionic and "RN开发 / RN项目 / RN框架" from zhprec)
    before:
      /(?:flutter|electron|\bios|android|react|weex|uni-?app|taro|ionic|跨平台|跨端|移动端|原生)[^.;!?\n]{0,24}$/i,
    after:
      /^(?:\s*(?:开发|项目|框架)|[^.;!?\n]{0,24}(?:flutter|electron|\bios\b|android|weex|uni-?app|taro|ionic|跨平台|跨端|移动端|原生|混合开发))/i,
  },
  // "Remix" among Solidity tools (熟悉Truffle、Remix等开发工具, Foundry、Remix、Hardhat) is the Remix IDE, not the React
  // framework Remix (zhrec2)
  remix: {
    as: 'remix-ide',
    before: /(?:truffle|hardhat|foundry|ganache|waffle|solidity|openzeppelin|智能合约)[^.;!?\n]{0,24}$/i,
    after: /^[^.;!?\n]{0,24}(?:truffle|hardhat|foundry|ganache|waffle|solidity|智能合约)/i,
  },
  // "PE" next to VC or investment banking (投资银行 / PE / VC) is private equity, not the engineering licence
  pe: {
    before: /(?:投资银行|投行|私募|基金|\bvc)\s*(?:[,/&]|和|及|与|或)?\s*$/i,
    after: /^\s*(?:[,/&]|和|及|与|或)\s*vc\b/i,
  },
};
/** The other thing a Latin name in a Chinese posting means (OTHER_THING): the skill to report it as (`as`), or
 *  none (dropped); null when it means itself. */
export function cjkOtherThing(surface: string, before: string, after: string): { as?: string } | null {
  const o = OTHER_THING[surface.trim().toLowerCase()];
  return o && (o.before?.test(before) || o.after?.test(after)) ? { as: o.as } : null;
}
/** "Industry: " (or 行业: / 所属行业:) right before the candidate, or before the list it ends (Industry: Fintech/Web3) */
const INDUSTRY_LABEL = /(?:^|\s)(?:所属行业|行业|industry)\s*:\s*(?:[\w.+&-]{1,20}\s*[/,]\s*){0,3}$/i;
/** zones where a tool named in a list is the hire's (the others name the company, perks, how to apply) */
const TOOL_ZONES = new Set(['role', 'requirements', 'nice_to_have', 'other', 'header']);

/** Why a Chinese form is dropped whatever its zone (colleague, language class, degree subject, verb), or null. */
export function cjkDrop(surface: string, kind: string, generic: boolean, before: string, after: string): string | null {
  if (generic && (COLLEAGUE_BEFORE.test(before) || COLLEAGUE_AFTER.test(after))) return 'zh:colleague';
  if (generic && CLASS_AFTER.test(after)) return 'zh:class';
  if (kind === 'domain' && MAJOR_AFTER.test(after) && !ASK_IN_CLAUSE.test(before)) return 'zh:major';
  if (OUTCOME_BEFORE[surface]?.test(before)) return 'zh:outcome';
  if (ADJECTIVE_AFTER[surface]?.test(after)) return 'zh:adjective';
  const everyday = EVERYDAY[surface];
  if (everyday && (everyday.before?.test(before) || everyday.after?.test(after))) return 'zh:everyday';
  const verb = VERB_FORMS[surface];
  if (verb && !verb.before.test(before) && !verb.after.test(after)) return 'zh:verb';
  return null;
}

/**
 * The decision for a Chinese surface form (区块链, 前端, 产品经理, 数据分析): Chinese postings are short lists of
 * duties and requirements, and a Chinese skill word in them is asked of the hire; so it is kept in every zone
 * but company (where an industry word names the business: dropped, a tech word needs a stack cue), benefits,
 * apply and legal (left to the English rules). null = not a Chinese surface, or left to the English rules.
 */
export function cjkDecision(ev: {
  zone: string;
  surface: string;
  kind: string;
  industry: boolean;
  generic: boolean;
  before: string;
  after?: string;
  inList?: boolean;
  sentenceStart?: string;
  /** false: no dense-script character in the view, so only the link rule can apply */
  dense?: boolean;
}): { keep: boolean; why: string; as?: string } | null {
  const after = ev.after ?? '';
  if (SOCIAL.test(ev.surface.trim()) && LINK_AFTER.test(after)) return { keep: false, why: 'link' };
  if (ev.dense === false) return null; // every rule below needs a Han character in surface, before, after or sentenceStart
  // an English degree subject in a Chinese posting ("Bachelor's degree in Computer Science or related field"): the
  // Chinese set's readers leave degree subjects out, as 计算机相关专业 (zh:major); the knowledge itself stays
  // (扎实的计算机科学基础, "deep knowledge of computer science")
  if (ev.dense === true && ev.kind === 'domain' && DEGREE_IN.test(ev.before)) return { keep: false, why: 'zh:major' };
  const zhSurface = hasDense(ev.surface);
  // sentence cues of Chinese text, for Latin names in it too (zh-cues.ts)
  if (zhNegation(ev.before, after)) return { keep: false, why: 'zh:negation' };
  const mention = zhMention(ev.before);
  if (mention) return { keep: false, why: `zh:mention:${mention}` };
  // the template's industry label (Industry: Web3/Exchange, Industry: Fintech/量化) names the company's business even
  // when no Han character stands near it (zhMention needs one in its window)
  if (ev.dense === true && INDUSTRY_LABEL.test(ev.before)) return { keep: false, why: 'zh:mention:industry-label' };
  if (zhMentionAfter(after)) return { keep: false, why: 'zh:mention-after' };
  const techLike = ev.kind === 'tech' || ev.kind === 'method';
  const other = cjkOtherThing(ev.surface, ev.before, after);
  if (other?.as && TOOL_ZONES.has(ev.zone)) return { keep: true, why: `zh:other-thing:${other.as}`, as: other.as };
  if (other) return { keep: false, why: 'zh:other-thing' };
  // # zhprec: time-zone field, culture, work mode, 前后端, GitHub profile, ReAct, ... (zh-prec.ts)
  const prec = zhPrecDrop(ev.surface, ev.kind, ev.before, after);
  if (prec) return { keep: false, why: prec };
  // # zhprec2: 问题解决方案, 前端运行, App Store 个人作品, Twitter as a data source, 直播, the company's lines (zh-prec2.ts)
  const prec2 = zhPrec2Drop(ev.surface, ev.kind, ev.before, after);
  if (prec2) return { keep: false, why: prec2 };
  // # zhprec3: 英语沟通, Linux 操作系统, 等中间件, bare role lists (zh-prec3.ts)
  const prec3 = zhPrec3Drop(ev.surface, ev.before, after);
  if (prec3) return { keep: false, why: prec3 };
  // # zhrec3: bare 网络 only as an item of a list of computer fundamentals (zh-rec.ts); zhtech: bare 分布式 likewise
  // (zh-distributed.ts)
  const rec = zhRecDrop(ev.surface, ev.before, after) ?? zhDistributedDrop(ev.surface, after);
  if (rec) return { keep: false, why: rec };
  if (zhColleague(ev.surface, ev.before, after)) return { keep: false, why: 'zh:colleague' };
  if (ev.industry && zhProductNoun(ev.before, after)) return { keep: false, why: 'zh:product-noun' };
  if (ev.sentenceStart !== undefined && zhSelfDescription(ev.sentenceStart)) {
    if (!techLike || ev.industry) return { keep: false, why: 'zh:self-description' };
    if (cjkStack(ev.before) || ev.inList) return { keep: true, why: 'zh:self-description+stack-cue' };
    return { keep: false, why: 'zh:self-description' };
  }
  // a strong ask under a benefits heading or label is still a requirement ("福利待遇: ... 要求熟悉 Go"); an industry
  // word there is the perk of working in it (接触和实践前沿的区块链技术)
  if (
    ev.zone === 'benefits' &&
    !ev.industry &&
    !ev.generic &&
    BENEFITS_ASK.test(ev.before) &&
    !(ev.kind === 'soft' && NEED_RIGHT_BEFORE.test(ev.before)) // 需要配合美国加州时间: fitting a schedule
  )
    return { keep: true, why: 'zh:zone:benefits+ask' };
  // a Latin domain word in the company's own text of a Chinese posting (我们旗下拥有全球知名的 NFT 数据平台, IoTeX 致力于
  // 通过 ZK 零知识证明技术...): the business, unless a verb asks it of the hire (as for Chinese words below)
  if (
    !zhSurface &&
    ev.zone === 'company' &&
    !techLike &&
    (denseIn(ev.before, ev.before.length - 30, ev.before.length) || denseIn(after, 0, Math.min(12, after.length))) &&
    !HIRE_ASK.test(ev.before)
  )
    return { keep: false, why: 'zh:zone:company' };
  if (!zhSurface) return null;
  const drop = cjkDrop(ev.surface, ev.kind, ev.generic, ev.before, ev.after ?? '');
  if (drop) return { keep: false, why: drop };
  // the company describing what it does or has (结合机器学习等技术, 创始团队拥有丰富的量化投资经验): a domain or
  // soft word there is asked of the hire only by a verb that asks (熟悉, 精通, 掌握, 你需要...)
  if (ev.zone === 'company' && !techLike && !HIRE_ASK.test(ev.before)) return { keep: false, why: 'zh:zone:company' };
  if (ev.zone === 'company' || ev.zone === 'benefits' || ev.zone === 'apply' || ev.zone === 'legal') return null;
  // # zhprec: 与产品、后端、测试等角色紧密协作 in the duties is teamwork (zh-prec.ts)
  if (ev.zone === 'role' && zhCloseTeamwork(ev.surface)) return { keep: true, why: 'zh:zone:role+close-collab' };
  if ((ev.zone === 'other' || (ev.zone === 'role' && ev.kind === 'soft')) && !(ev.generic || ev.industry)) return null;
  return { keep: true, why: `zh:zone:${ev.zone}${ev.generic ? '+generic' : ev.industry ? '+industry' : ''}` };
}
