/**
 * zhprec2 (issue 15, Chinese precision round 8): more forms of a Chinese posting that name no skill of the hire, found
 * on the tune half's false positives and a precision audit of unlabelled rebase postings (docs/extraction.md "Chinese
 * postings", round 8). Used by cjkDecision (cjk-decide.ts) after zhPrecDrop, for Latin names in a Chinese sentence
 * too. The text is the prepared, width-folded view ('，' is ',', '（' is '(', '：' is ':').
 *   outcome        问题解决 as the thing delivered (兼容性问题解决方案, 从源头推动问题解决), not the ability to solve
 *                  problems (良好的问题解决能力 stays);
 *   front-running  前端运行 (MEV 的 front-running: 防三明治攻击和前端运行保护) is not frontend work;
 *   app profile    App Store as the place to show one's apps (在 App Store 有个人作品), as GitHub in zh-prec.ts
 *                  (有 App Store 上架经验 stays);
 *   data source    Twitter as where the data comes from (基于推特post的文本信息, 上游(Twitter/爬虫)数据);
 *   live show      直播 as a live show or its running (直播运营专员, 直播分享, Live 直播与社交交易等玩法), not video
 *                  streaming; kept with a streaming word (直播推流, 直播系统, 直播 CDN, 音视频直播);
 *   project line   an industry word in the company's line "公司toobit: 区块链行业项目";
 *   recruiter      an industry word the recruiter works in (专注于web3和AI公司技术职位);
 *   products       the company's products (核心产品和服务围绕 AI 代理的协作...).
 */

const OUTCOME_AFTER = /^\s*(?:的)?\s*方案/;
const OUTCOME_BEFORE = /(?:推动|推进|促进|跟进|协助)\s*$/;
const FRONT_RUN_AFTER = /^\s*运行\s*(?:保护|攻击|防护)/;
const FRONT_RUN_BEFORE = /(?:mev|三明治|夹子|抢跑)[^.;!?\n]{0,16}$/i;
/** 在 App Store 有个人作品 / 上架过自己的应用 */
const APP_PROFILE_AFTER = /^\s*(?:上)?\s*(?:有|发布过?|上架过?)\s*(?:的)?\s*(?:个人|自己的?)\s*(?:作品|应用|app)/i;
const DATA_SOURCE_AFTER = /^\s*(?:的)?\s*(?:post|帖子|文本|数据源?|舆情)/i;
const DATA_SOURCE_BEFORE = /上游\s*\(\s*$/;
/** a streaming word near 直播: its stream, push/pull, system, CDN, latency, audio-video */
const STREAMING_AFTER = /^\s*(?:流|推流|拉流|技术|系统|架构|sdk|服务端|协议|cdn|延迟|编解码|sdk)/i;
const STREAMING_BEFORE = /(?:音视频|视频|推流|流媒体|cdn|rtmp|webrtc)[^.;!?,\n]{0,6}$/i;
const PROJECT_LINE_BEFORE = /公司\s*[\w.-]{0,16}\s*:\s*$/;
const PROJECT_LINE_AFTER = /^\s*行业\s*(?:项目|公司|企业)/;
const RECRUITER_BEFORE = /专注于?\s*(?:[^.;!?,\n]{0,6}(?:和|与|及|、|\/))?\s*$/;
const RECRUITER_AFTER = /^[^.;!?,\n]{0,10}?(?:公司|企业)?\s*(?:的)?\s*(?:技术)?\s*(?:职位|岗位)/;
const PRODUCTS_BEFORE = /(?:核心|主要)\s*产品(?:和服务|及服务|与服务)?\s*(?:围绕|包括|涵盖|覆盖|聚焦)[^.;!?\n]{0,30}$/;

/** Why a form is no skill of the hire here (zhprec2 rules above), or null. `surface` is as written. */
export function zhPrec2Drop(surface: string, kind: string, before: string, after: string): string | null {
  const s = surface.trim();
  if (s === '问题解决' && (OUTCOME_AFTER.test(after) || OUTCOME_BEFORE.test(before))) return 'zh:outcome';
  if (s === '前端' && FRONT_RUN_AFTER.test(after) && FRONT_RUN_BEFORE.test(before)) return 'zh:other-thing';
  if (/^app\s*store$/i.test(s) && APP_PROFILE_AFTER.test(after)) return 'zh:profile';
  if (/^(?:twitter|推特)$/i.test(s) && (DATA_SOURCE_AFTER.test(after) || DATA_SOURCE_BEFORE.test(before)))
    return 'zh:data-source';
  if (s === '直播' && !STREAMING_AFTER.test(after) && !STREAMING_BEFORE.test(before)) return 'zh:everyday';
  if (kind === 'domain' && PROJECT_LINE_BEFORE.test(before) && PROJECT_LINE_AFTER.test(after))
    return 'zh:mention:project-line';
  if (kind === 'domain' && RECRUITER_BEFORE.test(before) && RECRUITER_AFTER.test(after)) return 'zh:mention:recruiter';
  if (PRODUCTS_BEFORE.test(before)) return 'zh:mention:products';
  return null;
}
