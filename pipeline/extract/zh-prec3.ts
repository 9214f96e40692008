/**
 * zhprec3 (issue 15, Chinese precision round 9): forms of a Chinese posting that name no skill of the hire, found on
 * the false positives of the tune halves of blind batches zh4 and zh5 (docs/extraction.md "Chinese postings", round
 * 9). Used by cjkDecision (cjk-decide.ts) after zhPrec2Drop, for Latin names in a Chinese sentence too. The text is
 * the prepared, width-folded view ('，' is ',', '（' is '(', '：' is ':').
 *   spoken language  沟通 right after the language it is done in (能用英语沟通, 英文沟通能力, 使用英语和俄语沟通): the
 *                    readers label the language (English), not communication; 良好的沟通能力 stays;
 *   type noun        操作系统 right after the system's name (熟悉 Linux 操作系统, Linux/UNIX 操作系统维护, 一种Linux发行版
 *                    操作系统) is the kind of thing Linux is, not operating-systems knowledge (0 of 11 labelled);
 *                    kept when its workings are asked (熟悉Linux操作系统原理);
 *   group word       中间件 closing a list of its members (消息队列、缓存等中间件) or heading them (中间件技术,包括 MySQL、
 *                    Redis; 数据库与中间件: MySQL): a group heading, the items under it are the skills;
 *   profile          GitHub before 或者原创博客作品 / 个人项目 (as zh-prec.ts's profile rule);
 *   arbitrage        跨平台 before 价差/套利 (跨平台价差) is between markets, not cross-platform development;
 *   input            产品设计 after 根据/按照/依据 (根据产品设计文档) is what the hire builds from;
 *   verb             持续交付 before what is delivered (持续交付稳定、高效的数据服务) is no CI/CD;
 *   role list        a Han kind of work in a bare list of the roles a company hires for: the list ends in 等岗位
 *                    (诚聘产品经理、BD、运营、客服、助理等岗位), follows a role-class label (工程师: AI 应用开发、后端、大数据、
 *                    爬虫; 运营设计类: 运营经理、产品经理), or each line is a role and its hiring conditions in brackets
 *                    (🔥社媒运营(交易所同岗位背景, ...), 风控专员(轮班, 交易所背景)) or its headcount (【产品经理】3000-6000
 *                    美金 需求人数2~4人): the readers of zh4/zh5 label no
 *                    skill there.
 */
import { hasDense } from './cjk.ts';

const LANGUAGE_BEFORE = /(?:英语|英文|外语|日语|韩语)(?:\s*(?:和|或|及)\s*[\u4e00-\u9fff]{1,2}语)?\s*(?:的|进行)?\s*$/;
const OS_NAME_BEFORE = /(?:linux|unix|windows|macos|发行版)\s*$/i;
/** ...unless its inner workings are asked (熟悉Linux操作系统原理, Linux 操作系统内核) */
const OS_INTERNALS_AFTER = /^\s*(?:的)?\s*(?:原理|内核|底层|机制)/;
/** ...等中间件 / 等常用中间件 / 等基础中间件: the word closing a list of its members */
const GROUP_CLOSE_BEFORE = /等\s*(?:常用|常见|基础|主流|开源)?\s*的?\s*$/;
/** 中间件技术,包括 / 中间件: MySQL / 中间件(如 Redis): the word heading its members */
const GROUP_HEAD_AFTER = /^\s*(?:技术|产品|组件|系统)?\s*(?:,\s*)?(?:包括|如|例如|比如|:|\()/;
/** a list ending in 等岗位 / 等多岗位 on the candidate's line, the candidate one of its items */
const ROLES_END_AFTER = /^[^\n.;!?]{0,80}?等\s*多?\s*(?:个|类)?\s*(?:岗位|职位)/;
const ITEM_BEFORE = /(?:聘|招|[,、/])\s*$/;
/** a role-class label opening the line and the items before the candidate: 工程师: AI 应用开发、后端、 / 运营设计类:
 *  运营经理、 (not a role's stack: "C++ 底层开发工程师: C++、Solidity、密码学") */
const ROLE_CLASS_BEFORE =
  /(?:^|\n)[\s\-*•·#>\d.、)]*(?:工程师|[\u4e00-\u9fff]{1,4}类|在招岗位|招聘岗位)\s*:\s*(?:[^\n:.;!?,、/]{1,14}[,、/])*\s*$/;
const ITEM_END_AFTER = /^\s*(?:$|\n|[,、/])/;
/** a role near the line's start, then (with its role noun) its hiring conditions in brackets */
/** a role and its headcount on its line: 【产品经理】3000-6000 美金 需求人数2~4人 */
const HEADCOUNT_AFTER = /^[^\n]{0,40}?(?:需求人数|招聘人数|招\s*\d+\s*人)/;
const LINE_START_BEFORE = /(?:^|\n)[^\n]{0,10}$/;
const CONDITIONS_AFTER =
  /^\s*(?:经理|专员|主管|研究员|负责人|助理|岗)?\s*\(\s*(?:急|[^\n)]{0,24}?(?:同岗位背景|交易所背景|背景优先|背景加分))/;

/** GitHub as a profile (zh-prec.ts's rule, more forms): 有 Github 或者原创博客作品者优先, 有Github个人项目者加分 */
const PROFILE_AFTER = /^\s*(?:或者?\s*(?:原创|个人)?\s*(?:博客|作品)|上?\s*的?\s*个人\s*(?:项目|作品|仓库|主页))/;
/** 跨平台 before a price gap or an arbitrage (在Polymarket上找到过跨平台价差): between markets, not cross-platform apps */
const ARBITRAGE_AFTER = /^\s*(?:的)?\s*(?:价差|套利|搬砖|差价)/;

/** 产品设计 as the input the hire works from (根据产品设计文档, 根据区块链产品设计完成前端页面开发), not product design */
const INPUT_BEFORE = /(?:根据|按照|依据)\s*[^.;!?,\n]{0,4}$/;
/** 持续交付 as a verb before what is delivered (持续交付稳定、高效...的数据服务), not continuous delivery */
const DELIVER_AFTER = /^\s*(?:稳定|高效|高质量|优质|可靠)/;

/** Why a form is no skill of the hire here (zhprec3 rules above), or null. `surface` is as written. */
export function zhPrec3Drop(surface: string, before: string, after: string): string | null {
  const s = surface.trim();
  if (s.startsWith('沟通') && LANGUAGE_BEFORE.test(before)) return 'zh:spoken-language';
  if (s === '操作系统' && OS_NAME_BEFORE.test(before) && !OS_INTERNALS_AFTER.test(after)) return 'zh:type-noun';
  if (s === '中间件' && (GROUP_CLOSE_BEFORE.test(before) || GROUP_HEAD_AFTER.test(after))) return 'zh:group-word';
  if (/^github$/i.test(s) && PROFILE_AFTER.test(after)) return 'zh:profile';
  if (s === '跨平台' && ARBITRAGE_AFTER.test(after)) return 'zh:other-thing';
  if (s === '产品设计' && INPUT_BEFORE.test(before)) return 'zh:input';
  if (s === '持续交付' && DELIVER_AFTER.test(after)) return 'zh:verb';
  if (!hasDense(s)) return null;
  if (ITEM_BEFORE.test(before) && ROLES_END_AFTER.test(after)) return 'zh:role-list';
  if (ROLE_CLASS_BEFORE.test(before) && ITEM_END_AFTER.test(after)) return 'zh:role-list';
  if (HEADCOUNT_AFTER.test(after)) return 'zh:role-list';
  if (LINE_START_BEFORE.test(before) && CONDITIONS_AFTER.test(after)) return 'zh:role-list';
  return null;
}
