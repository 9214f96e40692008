/**
 * zhprec (issue 15, Chinese precision round 7): forms of a Chinese posting that name no skill of the hire, found on
 * the tune half's false positives and on unlabelled rebase postings (docs/extraction.md "Chinese postings", round 7).
 * Used by cjkDecision (cjk-decide.ts) after its sentence cues, for Latin names in a Chinese sentence too. The text is
 * the prepared, width-folded view ('，' is ',', '（' is '(', '：' is ':').
 *   time-zone line  the template's 时区要求 field (GMT+8优先, 可覆盖核心工作时间, 可适应国际分布式团队协作) states
 *                   the working hours, not teamwork asked of the hire;
 *   culture         a soft word naming the company's culture (自由开放、结果导向的文化, 坦诚/正直 的文化,
 *                   文化价值: 高效协作、结果导向);
 *   work mode       远程工作 as the way of working offered (可接受...远程工作模式, 远程工作机会), not remote skills;
 *   front-back      后端 in 前后端 naming the other side of the work (前后端联调, 前后端讨论, 前后端分离), not backend;
 *   profile         GitHub as the place to show one's work (提供github或博客链接, 在 GitHub、即刻等社区活跃,
 *                   开源链接（Github或者区块浏览器都可以）);
 *   agent paradigm  "ReAct" written so (Reason + Act, an LLM agent pattern) is not the React library;
 *   degree subject  an English subject after "Qualifications in" (Qualifications in Computing/Mathematics);
 *   emulation       仿真 of cookies or fingerprints (Cookies 仿真, 浏览器指纹仿真) is faking them, not simulation.
 */

/** The 时区要求 field, up to the candidate, within its brackets if any. */
const TIME_ZONE_FIELD = /时区要求\s*:\s*\(?[^\n)]{0,40}$/;
/** A list of culture words ending in 的文化 / 氛围 (自由开放、结果导向的文化; 长期价值/坦诚/正直/共赢 的文化). */
const CULTURE_AFTER =
  /^(?:(?:\s*[,/&]\s*[^.;!?,\n/的]{1,6}){0,4}\s*的\s*(?:团队|企业|公司|工程师|工作)?\s*|\s*)(?:文化|氛围)/;
/** ...or a list of them after a culture label (文化价值: 高效协作、结果导向、尊重个体) */
const CULTURE_BEFORE = /(?:文化|价值观|文化价值|团队文化)\s*:\s*(?:[^.;!?\n:]{1,8}[,/])*\s*$/;
/** 远程工作 offered: a mode, a chance, a contract (远程工作模式, 远程工作机会, 远程工作协议) or accepted (可接受...) */
const WORK_MODE_AFTER = /^\s*(?:模式|机会|方式|协议|制)/;
const WORK_MODE_BEFORE = /(?:接受|可以|全职|支持)[^.;!?,\n]{0,14}$/;
/** 前后端 followed by what both sides do together (联调, 交互, 讨论, 分离, 协作, 项目的部署) */
const FRONT_BACK_AFTER =
  /^\s*(?:的)?\s*(?:联调|交互|讨论|分离|协作|沟通|对接|边界|项目|技术改进|自动构建|研发团队|与产品边界)/;
/** GitHub as a profile: its link, id or blog (提供github或博客链接, GitHub/作品链接, github ID) or a community the hire is
 *  active in (在 GitHub、即刻等社区活跃) */
const PROFILE_AFTER =
  /^\s*(?:(?:[,/]|或|和|及)\s*(?:个人)?\s*(?:博客|作品|主页)|(?:个人)?\s*(?:链接|主页|账号|地址|id\b|profile))|^[^.;!?\n]{0,12}?社区\s*活跃/i;
/** ...or the link asked for, GitHub in its brackets: 能提供项目开源链接（Github或者区块浏览器都可以） */
const PROFILE_BEFORE = /(?:链接|地址|主页)\s*\(\s*$/;
const DEGREE_SUBJECT_BEFORE = /\bqualifications?\s+in\s+(?:[a-z][a-z ]{0,24}\/\s*){0,4}$/i;
const EMULATED_BEFORE = /(?:cookies?|指纹|session|请求头|user-?agent)\s*$/i;

/** Why a form is no skill of the hire here (zhprec rules above), or null. `surface` is as written. */
export function zhPrecDrop(surface: string, kind: string, before: string, after: string): string | null {
  if (TIME_ZONE_FIELD.test(before)) return 'zh:time-zone-field';
  if (kind === 'soft' && (CULTURE_AFTER.test(after) || CULTURE_BEFORE.test(before))) return 'zh:culture';
  if (surface === '远程工作' && (WORK_MODE_AFTER.test(after) || WORK_MODE_BEFORE.test(before))) return 'zh:work-mode';
  if (surface === '后端' && /前\s*$/.test(before) && FRONT_BACK_AFTER.test(after)) return 'zh:front-back';
  if (/^github$/i.test(surface) && (PROFILE_AFTER.test(after) || PROFILE_BEFORE.test(before))) return 'zh:profile';
  if (surface === 'ReAct') return 'zh:other-thing';
  if (kind === 'domain' && DEGREE_SUBJECT_BEFORE.test(before)) return 'zh:major';
  if (surface === '仿真' && EMULATED_BEFORE.test(before)) return 'zh:everyday';
  return null;
}

/** Working closely with other teams (与产品、设计、运营紧密协作): the teamwork the readers label, kept in the role zone too,
 *  where other soft words of a duty are left to the English rules. */
export const zhCloseTeamwork = (surface: string): boolean => /^(?:紧密|密切|高效|有效)(?:协作|合作)$/.test(surface);
