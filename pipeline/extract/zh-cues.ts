/**
 * Sentence cues of Chinese postings that decide a candidate whatever its script (Latin names in Chinese
 * sentences too: "客户包括 Binance", "无需 Rust 经验"), used by cjkDecision (cjk-decide.ts) before its zone rules
 * (docs/extraction.md "Chinese postings"). The text is the prepared, width-folded view ('，' is ',', '。' is '.').
 *   negation          无需 / 无须 / 不需要 / 不要求 / 不必 / 不涉及 (zz2: 纯业务方向，不涉及 DApp/链上) before it, 不限 / 非必须 / 不作要求 after it, a background
 *                     check (无...相关犯罪记录, 无灰黑产从业经历)
 *                     ("包括但不限于 Go" is "including but not limited to": no negation);
 *   mention           the company's customers, partners, investors or competitors, the team's past employers
 *                     (客户包括, 合作伙伴, 投资方, 领投, 竞争对手, 团队来自, 曾就职于) earlier in the sentence, with no
 *                     ask or stack cue between;
 *   self-description  the sentence is the company describing itself (我们是一家..., 公司致力于..., 我们在...方向具备
 *                     深厚积累, "<Name> 拥有..."), not addressing the hire (我们希望你, 我们正在寻找, 我们需要);
 *   colleague         a role the hire works with (与产品经理协作, 根据UI设计师提供的设计图);
 *   product noun      an industry word naming a kind of product or business (AI 工具, Web3 交易系统, AI 风控业务,
 *                     借助 AI 工具提升效率, 用AI提效), unless asked (熟悉 AI 工具, Web3 交易系统开发).
 */
/** Han characters (the Chinese part of isDense in cjk.ts; kept here so this file imports nothing). */
const HAN = /[\u4e00-\u9fff\u3400-\u4dbf]/;
const hasDense = (s: string): boolean => HAN.test(s);

const CLAUSE = '[^.;!?\\n]';

const NEG_BEFORE = new RegExp(
  `(?:无需(?!信任|许可|授权|中介)|无须|毋须|不需要|不需|不要求|不必|不用|不会要求|并非必须|非必须|非必需|不涉及)${CLAUSE}{0,12}$`,
);
const NEG_AFTER =
  /^[^.;!?,\n]{0,10}?(?:不限(?!于|定)|非必须|非必需|并非必须|不是必须|不作要求|不做要求|不是硬性要求|不强求|无要求)/;

/** A background check: 无网络信息安全相关犯罪记录, 无灰黑产从业经历 (no record of it, asked of nobody). */
const RECORD_BEFORE = /无\s*[^.;!?,\n]{0,8}$/;
const RECORD_AFTER = /^[^.;!?,\n]{0,8}?(?:犯罪记录|违法记录|不良记录|从业经历|从业记录)/;

/** A Chinese negation around a candidate ("无需 Web3 经验", "专业不限"); "不限于" (not limited to) is none. */
export function zhNegation(before: string, after: string): boolean {
  if (!hasDense(before.slice(-16) + after.slice(0, 14))) return false;
  return NEG_BEFORE.test(before) || NEG_AFTER.test(after) || (RECORD_BEFORE.test(before) && RECORD_AFTER.test(after));
}

const MENTION = new RegExp(
  `(?:客户包括|客户有|客户涵盖|客户遍布|服务的客户|服务过的客户|合作伙伴|合作方|合作机构|生态伙伴|战略合作|投资方|投资人|投资机构|投资者包括|领投|跟投|参投|获得${CLAUSE}{0,20}(?:投资|融资|支持)|背书|支持者|赞助|竞争对手|竞品(?!分析|调研|研究)|对标|曾就职于|曾任职于|(?:团队|成员|创始人|创始团队|核心成员)${CLAUSE}{0,6}(?:来自|出身于?|毕业于)|(?:^|\\s)(?:所属行业|行业|Industry)\\s*:)`,
  'gi',
);
/** an ask or stack cue after the mention cue gives the candidate back to the hire ("合作伙伴...，你需要熟悉 Go") */
const BACK_TO_HIRE = /(?:熟悉|精通|掌握|了解|熟练|具备|具有|使用|采用|基于|技术栈|你|候选人|要求|需要|负责|参与|经验)/;

/** The Chinese mention cue earlier in the sentence ("客户包括 Binance, OKX", "团队来自 Google"), or null. */
export function zhMention(before: string): string | null {
  if (!hasDense(before)) return null;
  let last: RegExpExecArray | null = null;
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(before); m; m = MENTION.exec(before)) last = m;
  if (!last) return null;
  const between = before.slice(last.index + last[0].length);
  if (/[.;!?\n]/.test(between) || BACK_TO_HIRE.test(between)) return null;
  return last[0];
}

/**
 * A mention named by the word after its list: "得到了 Polychain、Tribe Capital 和 DBA 等顶级投资者的支持", "Binance、OKX
 * 等客户" (the investors, customers or partners of the company, not skills). Funds (基金) are left out: 熟悉股票、基金等
 * 金融产品 asks for them.
 */
const MENTION_AFTER =
  /^(?:\s*(?:[,/]|和|及|与|以及)\s*[^.;!?,\n]{1,20}?){0,8}?\s*等\s*(?:多家|众多|一众)?\s*(?:全球|国际|国内|海外)?\s*(?:顶级|知名|著名|头部|一线|领先|主流)?\s*的?\s*(?:投资者|投资方|投资机构|投资人|机构投资者|资本|客户|合作伙伴|合作方)/;
export const zhMentionAfter = (after: string): boolean => hasDense(after.slice(0, 40)) && MENTION_AFTER.test(after);

/** The sentence opens with the company (or its team) describing itself; 我们希望你 / 我们正在寻找 address the hire. */
// "<Name> 是全球领先的...", "比特鹰是国内 Web3 龙头企业", "X Labs 作为一个新生团队, 汇聚了..." (first branch)
const SELF =
  /^[\s\-*•·>#\d.,:)]*(?:(?:这是)?一家(?!之)|(?:我们|我司|公司|本公司|团队|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}|[\u4e00-\u9fff]{2,8})\s*(?:是(?:一家|一个|一款|一条|国内|全球|亚洲|行业|业内|领先|知名|头部|专注)|作为一(?:家|个|支))|(?:(?:目前|现在|如今|当前)\s*)?(?:我们|我司|公司|本公司|团队|我们的团队|他们|核心团队|创始团队|团队成员|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}|[a-z]+[A-Z][\w.&'-]*)\s*(?:(?:目前|现已|旗下|也)\s*)?(?:起源于|诞生于|孵化于|支持管理|是一|是全球|是领先|是行业|在|拥有|具备|具有|致力|专注|深耕|已经?|成立|创立|位于|总部|汇聚|聚集|服务于|由|积累了?|获得|打造了|提供了|正在打造|正在构建|正在建设|的(?:产品|使命|愿景|团队|核心)))/;
const TO_HIRE = /^[\s\-*•·>#\d.,:)]*(?:我们|公司|团队)\s*(?:正在|在)?\s*(?:寻找|招聘|招募|找|需要|希望|期待|邀请|欢迎)/;
export function zhSelfDescription(sentenceStart: string): boolean {
  if (!hasDense(sentenceStart)) return false;
  return SELF.test(sentenceStart) && !TO_HIRE.test(sentenceStart);
}

/**
 * A colleague named by a role: 与产品经理、开发工程师紧密协作, 根据UI设计师提供的设计图, 配合测试人员. Titles are not
 * dropped (the Chinese set's reader counts the roles a title line or a role list hires for: 诚聘 前端工程师 ->
 * frontend), only a role the hire works with.
 */
/** 与 / 和 / 跟 a colleague (a list of them may follow), working together after it: 与产品经理、开发工程师紧密协作 */
const WITH_BEFORE = /(?:(?<!参|给|赋|授)与|和|跟)\s*(?:[^.;!?,\n]{0,6}[,/]){0,8}\s*$/;
const TOGETHER_AFTER = /^[^.;!?\n]{0,24}?(?:协作|合作|沟通|配合|协同|对接|交流|一起|共同)/;
/** a verb of working with someone before it: 配合测试人员, 协助产品经理, 根据UI设计师提供的设计图 */
const HELP_BEFORE = /(?:配合|协助|协同|协调|对接|根据|按照|支持)\s*(?:[^.;!?,\n]{0,8}[,/]){0,8}\s*$/;
const ROLE_SURFACE = /(?:经理|工程师|设计师|分析师|研究员|架构师)$/;
/** a role noun right after it, or the end of a list of departments (与产品、运营、商务、风控等部门协同, 协同交易、市场、
 *  客服等各部门, 协调研发、测试、客服等资源) */
const ROLE_AFTER =
  /^\s*(?:开发|研发|工程)?\s*(?:工程师|设计师|师|人员|同学|同事|团队|小伙伴)|^(?:\s*[,/]\s*[^.;!?,\n与和能]{1,6}){1,8}?\s*等?\s*各?\s*(?:部门|团队|同事|角色|人员)|^\s*等\s*各?\s*(?:部门|团队|同事|角色|人员|资源)/;
/** a team named with its members in brackets, working together after it: 与跨部门团队(如产品、后端、UI设计等)有效协作 */
const TEAM_PAREN_BEFORE = /(?:团队|部门|同事|角色|人员)\s*\(\s*(?:如|包括|例如|比如)?\s*(?:[^()]{0,8}[,/])*\s*$/;
const TEAM_PAREN_AFTER =
  /^(?:\s*[,/]\s*[^(),]{1,8}){0,8}\s*等?\s*\)\s*[^.;!?\n]{0,12}?(?:协作|合作|沟通|配合|协同|对接|交流)/;
/** ...or working together before the brackets: 跨部门协同(产品、技术、商务、内容、客服)推动活动落地 */
const TEAM_VERB_PAREN_BEFORE =
  /(?:团队|部门|同事|角色)\s*(?:协作|合作|沟通|配合|协同|对接)\s*\(\s*(?:如|包括|例如|比如)?\s*(?:[^()]{0,8}[,/])*\s*$/;
const TEAM_VERB_PAREN_AFTER = /^(?:\s*[,/]\s*[^(),]{1,8}){0,8}\s*等?\s*\)/;
export function zhColleague(surface: string, before: string, after: string): boolean {
  if (!hasDense(surface + after.slice(0, 4) + before.slice(-12))) return false;
  if (TEAM_PAREN_BEFORE.test(before) && TEAM_PAREN_AFTER.test(after)) return true;
  if (TEAM_VERB_PAREN_BEFORE.test(before) && TEAM_VERB_PAREN_AFTER.test(after)) return true;
  if (!hasDense(surface + after.slice(0, 4))) return false;
  if (!(ROLE_SURFACE.test(surface) || ROLE_AFTER.test(after))) return false;
  return HELP_BEFORE.test(before) || (WITH_BEFORE.test(before) && TOGETHER_AFTER.test(after));
}

/** An industry word naming a kind of product or business (AI 工具, AI 编程工具, Web3 交易系统), not a skill. */
const PRODUCT_AFTER =
  /^\s*(?:开发|编程|写作|内容|辅助|提效)?\s*(?:工具|产品(?!经理|设计)|平台|公司|企业|交易系统(?!开发)|风控业务)/;
/** ...or a tool the hire uses to do something else: 利用 AI 提升开发效率, 熟练运用AI进行视频剪辑, 能用AI 微调前端交互 */
const TOOL_USE_BEFORE = /(?:用|利用|运用|借助|使用|通过)\s*$/;
const TOOL_USE_AFTER = /^\s*(?:进行|来|去|提升|提高|提效|辅助|赋能|微调|优化|生成|完成|改进|加速|实现|做)/;
/** ...unless asked: 熟悉 Web3 生态, 有区块链行业经验 */
const PRODUCT_ASKED_BEFORE = /(?:熟悉|了解|精通|掌握|理解|热爱|深耕|做过|制定过|负责过|参与过|主导过)[^.;!?,\n]{0,6}$/;
const PRODUCT_ASKED_AFTER = /^[^.;!?,\n]{0,10}?(?:经验|经历|背景|知识|从业)/;
export const zhProductNoun = (before: string, after: string): boolean =>
  hasDense(after.slice(0, 8)) &&
  (PRODUCT_AFTER.test(after) || (TOOL_USE_BEFORE.test(before) && TOOL_USE_AFTER.test(after))) &&
  !PRODUCT_ASKED_BEFORE.test(before) &&
  !PRODUCT_ASKED_AFTER.test(after);
