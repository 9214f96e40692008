/**
 * Matching in scripts written without spaces (Chinese, Japanese kana, Korean Hangul), kept apart from the
 * English-oriented matcher and hooked into it at a few points (docs/extraction.md "Chinese postings"):
 *   1. foldWidth: full-width ASCII (ＰＹＴＨＯＮ, （）, ：, ，) and CJK punctuation (、。【】「」《》) are folded to
 *      their ASCII forms in place (one UTF-16 unit for one, so offsets carry over); run before scanning and zoning;
 *   2. createScanner: aliases containing a dense-script character (机器学习, Go语言) are matched by a small
 *      first-character index instead of the Aho-Corasick DFA (whose alphabet is one byte, and Chinese has
 *      thousands of characters); every other alias goes to the DFA as before;
 *   3. denseBoundaryOk: no word boundary is needed on a side of an alias that is a dense-script character
 *      (a Chinese alias matches inside a Han run: 熟悉机器学习算法); a side that is a Latin letter or digit
 *      still needs a non-word neighbour ("C语言" is not found in "ABC语言"). Latin aliases keep the matcher's own
 *      boundaries, and Han characters are not word characters there, so "Golang开发" finds Go and "Google" does not;
 *   4. zone and cue words for Chinese postings (岗位职责, 任职要求, 加分项, 福利待遇, 熟悉, 精通, 良好的...)
 *      used by zones.ts and decide.ts next to their English ones.
 */
import { Automaton, type Hit } from './automaton.ts';
import { zhColleague, zhMention, zhMentionAfter, zhNegation, zhProductNoun, zhSelfDescription } from './zh-cues.ts';
import { blankVersions, zhVersionSpans } from './zh-versions.ts';
import { ZH_ONLY_PATTERNS } from './zh-only.ts';

/** Han (CJK unified ideographs, extension A, compatibility), kana, Hangul syllables. */
export const isDense = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0x3040 && c <= 0x30ff) ||
  (c >= 0xac00 && c <= 0xd7af);
/** The ranges of isDense as one character class (a quick test over a whole text). */
const DENSE_RE = /[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/;
/** hasDense by one regex test (faster over a whole text or block). */
export const anyDense = (s: string): boolean => DENSE_RE.test(s);
export const hasDense = (s: string): boolean => denseIn(s, 0, s.length);
/** A dense character in s[from, to) (no slice; below U+3040 nothing is dense, the common case is one compare). */
const denseIn = (s: string, from: number, to: number): boolean => {
  for (let i = Math.max(0, from); i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3040 && isDense(c)) return true;
  }
  return false;
};
const isLatinWord = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);

export { foldWidth } from './width.ts';

export interface Scanner {
  /** `dense`: whether the view holds a dense-script character (anyDense), when the caller already knows it */
  scan(view: string, dense?: boolean): Hit[];
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const isSpaceLike = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 45 || c === 0xa0 || (c >= 0x2010 && c <= 0x2014);

/**
 * Scans with the Aho-Corasick DFA for patterns without dense-script characters and with a first-character
 * index for the others. Patterns are folded (Automaton.fold); pattern ids and hit offsets are the caller's.
 */
export function createScanner(patterns: string[]): Scanner {
  const latin: string[] = [],
    latinIds: number[] = [];
  const byFirst = new Map<number, { p: string; id: number }[]>();
  patterns.forEach((p, id) => {
    if (!hasDense(p)) {
      latin.push(p);
      latinIds.push(id);
      return;
    }
    const k = lowerAscii(p.charCodeAt(0));
    const list = byFirst.get(k) ?? [];
    list.push({ p, id });
    byFirst.set(k, list);
  });
  const ac = new Automaton(latin);
  // Latin aliases for Chinese text only (zh-only.ts), by the DFA's pattern index
  const zhOnly = latin.map((p) => ZH_ONLY_PATTERNS.has(p.toLowerCase()));
  const anyZhOnly = zhOnly.some(Boolean);
  const firsts = new Uint8Array(65536);
  for (const k of byFirst.keys()) firsts[k] = 1;
  /** end offset of pattern p matched at i (FILLER skipped, a pattern space matches a run of spaces/hyphens), or -1 */
  const matchAt = (v: string, i: number, p: string): number => {
    let j = 0;
    while (j < p.length) {
      if (i >= v.length) return -1;
      const c = v.charCodeAt(i);
      if (c === 0 && j > 0) {
        i++;
        continue;
      }
      const pc = p.charCodeAt(j);
      if (pc === 32) {
        if (!isSpaceLike(c)) return -1;
        while (i < v.length && isSpaceLike(v.charCodeAt(i))) i++;
        j++;
        continue;
      }
      if (lowerAscii(c) !== pc) return -1;
      i++;
      j++;
      // where the pattern changes script (sql优化, go语言, web3钱包), the text may put one space: "SQL 优化", "Go 语言"
      if (j < p.length && i < v.length && v.charCodeAt(i) === 32 && isLatinWord(pc) !== isLatinWord(p.charCodeAt(j))) {
        const next = p.charCodeAt(j);
        if ((isDense(pc) || isDense(next)) && next !== 32) i++;
      }
    }
    return i;
  };
  return {
    scan(view: string, dense = DENSE_RE.test(view)): Hit[] {
      let hits = ac.scan(view);
      // a dense pattern holds a dense character, which only matches itself: no dense text, no dense hit
      if (!dense) {
        if (anyZhOnly) hits = hits.filter((h) => !zhOnly[h.pattern]);
        for (const h of hits) h.pattern = latinIds[h.pattern]!;
        return hits;
      }
      for (const h of hits) h.pattern = latinIds[h.pattern]!;
      // Chinese text: a name with a glued version (Java17, Python3.8) is found up to the version's end (zh-versions.ts)
      const versions = zhVersionSpans(view);
      if (versions.length > 0) {
        const endOf = new Map(versions);
        for (const h of ac.scan(blankVersions(view, versions))) {
          const end = endOf.get(h.end);
          if (end !== undefined && h.end - h.start >= 2)
            hits.push({ pattern: latinIds[h.pattern]!, start: h.start, end });
        }
      }
      if (byFirst.size === 0) return hits;
      for (let i = 0; i < view.length; i++) {
        const c = lowerAscii(view.charCodeAt(i));
        if (firsts[c] === 0) continue;
        const list = byFirst.get(c);
        if (!list) continue;
        for (const { p, id } of list) {
          const end = matchAt(view, i, p);
          if (end > 0) hits.push({ pattern: id, start: i, end });
        }
      }
      return hits;
    },
  };
}

/**
 * Longer words that contain a Chinese form but mean something else (no word boundary tells them apart):
 * a form found inside one of them is no match. 运营 in 运营商 (a carrier), 适配 in 适配器 (an adapter), 开源 in
 * 开源节流 (an idiom: "widen income, cut costs"), 物理 in 物理机 (a physical machine).
 */
export const LONGER_WORDS: readonly string[] = [
  '运营商',
  '适配器',
  '原型链',
  '开源节流',
  '存储过程', // a stored procedure (优化SQL查询语句、索引和存储过程), not storage
  '物理机',
  '物理服务器',
  '物理层',
  '物理隔离',
  '物理地址',
  '监控摄像',
  '监控视频',
  '主动脉',
  // a form read across two words: 业务实战 / 业务实现 (not 务实), 活动效果 (not 动效), 思维敏捷 (quick-witted, not agile)
  '业务实',
  '活动效',
  '思维敏捷',
  // 机器人 is a bot in these: a trading, arbitrage, market-making, support or messaging bot
  '交易机器人',
  '套利机器人',
  '做市机器人',
  '客服机器人',
  '消息机器人',
  '聊天机器人',
  'TG机器人',
  'Telegram 机器人',
  'Telegram机器人',
  '小程序码', // a mini program's QR code (扫描小程序码), not the skill
  // 量化 "to quantify" (涨粉、互动率等量化运营目标, 研发体系的量化考核), not quantitative trading
  '量化运营',
  '量化考核',
  '量化目标',
  '可量化',
  // 并 "and" before a verb starting with 发 (响应事件并发现问题, 并发布, 并发起): no concurrency
  '并发现',
  '并发布',
  '并发起',
  '并发送',
  '并发挥',
  '并发表',
];
/** Whether [start,end) of v lies inside one of LONGER_WORDS. */
export function insideLongerWord(v: string, start: number, end: number): boolean {
  const form = v.slice(start, end);
  for (const w of LONGER_WORDS) {
    for (let o = w.indexOf(form); o >= 0; o = w.indexOf(form, o + 1)) {
      const a = start - o;
      if (a >= 0 && v.startsWith(w, a)) return true;
    }
  }
  return false;
}

/**
 * Boundaries for an alias with dense-script characters: only its Latin/digit edges need a non-word neighbour,
 * and the alias must not sit inside one of LONGER_WORDS.
 */
export function denseBoundaryOk(
  v: string,
  start: number,
  end: number,
  latinStart: boolean,
  latinEnd: boolean,
): boolean {
  if (insideLongerWord(v, start, end)) return false;
  if (latinStart) {
    let b = start - 1;
    while (b >= 0 && v.charCodeAt(b) === 0) b--;
    if (b >= 0 && (isLatinWord(v.charCodeAt(b)) || v.charCodeAt(b) === 95)) return false;
  }
  if (latinEnd && end < v.length) {
    const c = v.charCodeAt(end);
    if (isLatinWord(c) || c === 95 || c === 43 || c === 35) return false;
  }
  return true;
}

// ---- zones and cues for Chinese postings (the text is foldWidth-ed: '：' is ':') ----

type CueZone = 'company' | 'role' | 'requirements' | 'nice_to_have' | 'benefits' | 'apply' | 'legal';

const HEADINGS_ZH: [CueZone, RegExp][] = [
  ['legal', /(?:免责|隐私|声明)/],
  ['apply', /(?:投递|应聘方式|联系方式|联系我们|简历|申请方式|加入我们|联系人|面试流程|招聘流程|聯繫|聯絡|投遞|履歷)/],
  [
    'benefits',
    /(?:福利|待遇|薪资|薪酬|工资|我们提供|我们能提供|你将获得|你能获得|报酬|回报|为什么加入|为何加入|为什么选择|为什么是我们|福利待遇|工作环境|办公环境|职位诱惑)/,
  ],
  ['nice_to_have', /(?:加分|优先|更好|锦上添花)/],
  [
    'requirements',
    /(?:任职要求|任职资格|岗位要求|职位要求|技能要求|能力要求|要求|资格|我们希望你|希望你|你需要|你应该|我们需要|理想的候选人|候选人|期望|期待你|期待的你|我们期待|必备|我们在找|寻找这样的你|任职条件|以下条件)/,
  ],
  [
    'role',
    /(?:岗位职责|工作职责|职位描述|岗位描述|工作内容|职责|职位|岗位|工作描述|你将|你会|你要做|技术栈|项目介绍|工作日常|日常工作|你的工作|主要工作|工作范围)/,
  ],
  ['company', /(?:公司介绍|公司简介|关于我们|团队介绍|公司|团队|我们是|简介|项目简介)/],
];

/** A heading line that announces a list of conditions (符合以下条件者欢迎投递简历:, 有以下经验者优先:). */
const ANNOUNCES_CONDITIONS = /以下[^,.;:]{0,6}(?:条件|要求|经验|技能|能力|资格)/;
/** "关于 Bitget", "关于XX实验室": about the company, unless it is about the job or the hire (关于职位, 关于你). */
const ABOUT_NAME = /^关于\s*(?!职位|岗位|工作|你|这个职位|本职位|我们的职位)\S/;

/**
 * A heading naming the job and its pay together (职位与薪资, 岗位及薪酬, 招聘岗位及待遇): the job list that follows is the
 * role, its pay a detail of each job (a benefits heading would drop the asks in it).
 */
const JOB_AND_PAY = /(?:职位|岗位|职务|工作)\s*(?:与|及|和|&|\/|,|以及|\+)\s*(?:薪资|薪酬|待遇|薪水|工资|报酬|福利)/;
/**
 * The conditions of the work, not the hire's skills: 工作地点, 是否远程, 工作模式, 工作时间 (labels of the template
 * "是否全职 / 是否远程" and their kin). Zoned as benefits whatever cue the line holds ("工作地点: 杭州, ...优先期待能与团队
 * 常驻杭州" is no nice-to-have); a strong ask in it is still kept (cjkDecision). 时区要求 is left out: "可适应国际分布式
 * 团队协作" there asks something of the hire (the tune half's readers labelled it in 6 of 11 postings).
 */
const LOGISTICS =
  /^(?:工作地点|办公地点|工作地址|工作城市|工作时间|上班时间|是否远程|是否全职|远程要求|坐班要求|地区要求|工作性质|工作模式|工作方式|办公方式|办公模式|用工形式|入职时间|到岗时间)$/;
export const cjkLogistics = (label: string): boolean => LOGISTICS.test(label.trim());
/** The perks of the job (岗位优势, 职位优势, 优势: what the hire gains); 团队优势 / 公司优势 describe the company. */
const PERKS = /^(?:岗位|职位|工作|我们的|加入的?)?优势$/;

/** Zone of a Chinese heading text (null: none, or not Chinese). */
export function cjkHeadingZone(text: string): CueZone | null {
  if (!hasDense(text)) return null;
  if (ANNOUNCES_CONDITIONS.test(text)) return /(?:优先|加分)/.test(text) ? 'nice_to_have' : 'requirements';
  if (JOB_AND_PAY.test(text)) return 'role';
  const t = text.trim();
  if (LOGISTICS.test(t) || PERKS.test(t)) return 'benefits';
  for (const [z, re] of HEADINGS_ZH) if (re.test(text)) return z;
  if (ABOUT_NAME.test(text.trim()) && text.trim().length <= 24) return 'company';
  return null;
}

/** A short Chinese block that reads as a heading (任职要求, 【岗位职责】, 一、工作内容, **福利待遇**). */
export function cjkHeading(raw: string): string | null {
  const p = raw
    .replace(/<[^>]+>/g, ' ')
    .replace(/\([^()]{1,16}\)/g, ' ') // 加分项(非必须), 岗位职责(Responsibilities)
    .replace(/^([^()]{2,16}?)\s*\([^()]{17,120}\)\s*:?\s*$/, '$1') // 岗位要求、职责 (所有技术岗位不需要有 web3 赛道任职经验...)
    .replace(/[*_#`>[\]()"\s]+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '') // a leading emoji or mark: 🎓 学历要求, ▶ 岗位职责
    .replace(/^[\u2460-\u2473\u2776-\u277f]\s*/, '') // ① 岗位职责
    .replace(/^(?:[一二三四五六七八九十]+|\d+)\s*[,.、:)]\s*/, '')
    .replace(/[:：]\s*$/, '')
    .trim();
  if (!p || !hasDense(p)) return null;
  // a bilingual heading, "About 关于我们", "Job Description 职位描述": the Chinese part is measured
  // (an English half of at most 4 words: a sentence with one Chinese word is no heading)
  const latinWords = p.match(/[A-Za-z][A-Za-z'&-]*/g)?.length ?? 0;
  const han = latinWords ? p.replace(/[A-Za-z][A-Za-z'&/ -]*[A-Za-z]/g, ' ').trim() : p;
  if (!han || han.length > 14 || latinWords > 4) return null;
  if (JOB_AND_PAY.test(han) && han.length <= 10) return han; // 招聘岗位及待遇
  if (LOGISTICS.test(han) || PERKS.test(han)) return han;
  // the heading word must be most of the block: 任职要求 / 我们的福利, not 良好的沟通能力和团队合作精神
  for (const [, re] of HEADINGS_ZH) {
    const m = re.exec(han);
    if (m) return han.length <= m[0].length + 4 ? han : null;
  }
  if (ABOUT_NAME.test(p) && p.length <= 24) return p; // 关于 Bitget
  return null;
}

const TITLE_HIRES = /(?:高薪诚聘|诚聘|招聘|直聘|急聘|热招|聘请|急招|直招|诚招|招募)/;
/**
 * The company part of a Chinese title line, "[杭州] web3 AI交易智能体公司诚聘 测试开发工程师": the words before
 * 诚聘/招聘/直聘 describe the employer (their industry words are its business, not asks). Returns its length
 * (0: no such verb in the first 60 characters, or nothing before it).
 */
export function cjkTitleCompany(raw: string): number {
  const m = TITLE_HIRES.exec(raw.slice(0, 60));
  if (!m || m.index === 0) return 0;
  return m.index;
}

/**
 * A block that ends a benefits heading's run (zones.ts): a strong ask of the hire opening the item (2、熟练掌握 Golang)
 * or an experience or a must anywhere (5年左右golang经验, 必须要有交易系统开发经验), as in a job list set under a
 * remote-work or pay heading; a perk list has none ("- 可以获取最新的行业资讯，掌握币圈的最新动态" is a perk).
 */
export const cjkStrongAsk = (raw: string): boolean => STRONG_ASK.test(raw);
const STRONG_ASK =
  /^\s*(?:[-*•·]|\d{1,2}\s*[,.)]|\(\d{1,2}\)|[一二三四五六七八九十]{1,2}\s*[,.)])?\s*(?:熟悉|精通|熟练|掌握|具备)|必须|\d+\s*(?:[-/]\s*\d+\s*)?年(?:以上|左右|及以上)?[^.;!?\n]{0,16}经验/;
/** A line opening one job of a list: "Position 一: Golang 工程师", "岗位二: 前端", "职位3:", the role's run starts here. */
export const cjkJobLine = (raw: string): boolean =>
  /^\s*[#*\s]*(?:position|岗位|职位|职务)\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*:/i.test(raw);

/** A Chinese list item: 1、 (folded to "1,"), ①, (1), 一、 - like "1." and "-" for the heading run (zones.ts). */
export const cjkBullet = (raw: string): boolean =>
  /^\s*(?:\d{1,2}\s*,|[\u2460-\u2473\u2776-\u277f]|\(\d{1,2}\)|[一二三四五六七八九十]{1,2}\s*[,.)])/.test(raw);

/** "要求: 熟悉 Go" - a Chinese label of up to 8 characters before a colon at the start of a block. */
export function cjkInlineLabel(raw: string): [string, string] | null {
  const m = /^\s*(?:[-*•·]\s*)?(?:\*\*)?([\u4e00-\u9fff]{2,8})(?:\*\*)?\s*:\s*\S/.exec(raw);
  return m ? [m[0], m[1]!] : null;
}

const CUES_ZH: [CueZone, RegExp][] = [
  [
    'apply',
    /(?:简历|投递|发送至|发到|邮箱|联系微信|加微信|微信[:：]|vx|联系我|私信|咨询|聯繫|聯絡|履歷|投遞|官方频道|关注我们|官推|官网)/i,
  ],
  [
    'benefits',
    /(?:五险一金|年终奖|期权|带薪|弹性|福利|薪资|待遇|年假|补贴|下午茶|团建|远程办公|居家办公|薪酬|晋升空间|发展空间)/,
  ],
  ['nice_to_have', /(?:优先|加分|者更佳|更佳|更好|是加分项)/],
  // the company describing itself (before the requirements cues: "DeGate 拥有一群才华横溢的贡献者", "已完成融资")
  [
    'company',
    /(?:成立于|创立于|创立|创办|创始人|创始团队|联合创始|总部位于|是一家|是一个|已完成|融资|投资方|投资机构|领投|估值|愿景|使命|旗下|孵化|致力于|我们是|公司介绍|公司简介|客户包括|客户涵盖|合作伙伴包括|合作伙伴有|^\s*(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}|我们|公司|团队|本公司)\s*(?:拥有|是|位于|由|成立|创立|专注))/,
  ],
  [
    'requirements',
    /(?:熟悉|精通|掌握|了解|具备|具有|拥有|熟练|扎实|良好的|较强的|优秀的|以上学历|本科|硕士|博士|学历|年以上|年及以上|经验|能力|善于|擅长|要求)/,
  ],
  ['role', /(?:负责|参与|主导|推动|设计和|开发和|维护|搭建|编写|职责|工作内容|你将|协助)/],
  ['company', /(?:成立于|总部|致力于|我们是|是一家|融资|投资方|估值|领先的|公司介绍|公司简介)/],
];

/** The cue zone of one Chinese sentence (first family that fires), or null. */
/** A contact or link line, "Telegram:@handle", "Twitter 中文: https://...", "TG: @x" (in any language). */
const CONTACT_LINE =
  /^\s*(?:[-*•·]\s*)?(?:telegram|tg|discord|twitter|x|medium|github|linkedin|wechat|vx|微信|电报|推特)\s*(?:中文|英文|cn|en)?\s*群?\s*:\s*(?:@|https?:\/\/|t\.me|discord\.gg)/i;
/** A platform's name as the text of a link or a handle label ([Twitter](https://..), Telegram: @x): no skill. */
const SOCIAL = /^(?:twitter|telegram|discord|youtube|medium|linkedin|github|推特|电报)$/i;
const LINK_AFTER = /^\s*(?:\]\s*\(|(?:中文|英文)?群?\s*:\s*(?:@|https?:|t\.me))/i;

export function cjkCueZone(sentence: string): [CueZone, string] | null {
  if (CONTACT_LINE.test(sentence)) return ['apply', 'contact-line'];
  if (!hasDense(sentence)) return null;
  for (const [z, re] of CUES_ZH) {
    const m = re.exec(sentence);
    if (!m) continue;
    // a remote-work cue in a line naming the jobs ("【全球远程 居家办公】技术+运维岗位eg:前端 go c++ java", "远程办公：
    // Flutter、前端工程师、Golang"): the line lists the roles, the work being remote is a detail of them
    if (z === 'benefits' && REMOTE.test(m[0]) && JOB_WORDS.test(sentence)) return ['role', `${m[0]}+jobs`];
    return [z, m[0]];
  }
  return null;
}
const REMOTE = /^(?:远程办公|居家办公)$/;
const JOB_WORDS = /(?:岗位|职位|工程师|架构师|开发岗|招聘|诚聘|产品经理)/;

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
/** Chinese list connectors between two skills (Go 和 Rust; C/C++ 及 Python). */
export const cjkListGap = (gap: string): boolean =>
  gap.length <= 6 && /^[\s,/|&+;:()·*\-'"]*(?:和|及|与|或|或者|以及|以及对|等)?[\s,/|&+;:()·*\-'"]*$/.test(gap);
/** An ambiguous tech alias (Go, Hardhat, Cypress) right after a Chinese ask/stack cue (熟悉 Go, 使用 Hardhat) or
 *  right before 开发/语言/框架/经验 is accepted (matcher's context rules, evidence 'cue-zh'). */
export const cjkTechCue = (before: string, after: string): boolean =>
  /(?:熟悉|精通|掌握|了解|熟练|使用|采用|基于|技术栈|经验)[^.;!?\n]{0,20}$/.test(before) ||
  /^\s*(?:开发|语言|框架|编程|经验|工程师)/.test(after);
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
      /^\s*(?:$|[,.;:/()|&+和及与或等]|系统|体系|平台|告警|报警|能力|库|工具|方案|大盘|面板|组件|服务|设施|架构|策略|经验|类)/,
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
    hasDense(ev.before.slice(-30) + after.slice(0, 12)) &&
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
  if ((ev.zone === 'other' || (ev.zone === 'role' && ev.kind === 'soft')) && !(ev.generic || ev.industry)) return null;
  return { keep: true, why: `zh:zone:${ev.zone}${ev.generic ? '+generic' : ev.industry ? '+industry' : ''}` };
}
