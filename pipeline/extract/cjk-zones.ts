/**
 * Zones and cue words for Chinese postings (the text is foldWidth-ed: '：' is ':'): headings (岗位职责, 任职要求,
 * 加分项, 福利待遇), inline labels, list items and per-sentence cue families, used by zones.ts next to the English
 * ones (docs/extraction.md "Chinese postings").
 */
import { hasDense } from './cjk.ts';

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
    /(?:岗位职责|工作职责|职位描述|岗位描述|工作内容|职责|职位|岗位|职缺|工作描述|你将|你会|你要做|技术栈|项目介绍|工作日常|日常工作|你的工作|主要工作|工作范围)/,
  ],
  // # zhprec2: the template's 公司/团队介绍 as a whole (its bare line was no heading: 公司 is 2 of its 7 characters)
  [
    'company',
    /(?:(?:公司|团队)\s*[/、&和]\s*(?:团队|公司)\s*(?:介绍|简介)|公司介绍|公司简介|关于我们|团队介绍|公司|团队|我们是|简介|项目简介)/,
  ],
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
/** A line opening one job of a list: "Position 一: Golang 工程师", "岗位二: 前端", "职位3:", the role's run starts here;
 *  zhtech: also a Markdown heading that is a job's title ("## 大数据运维工程师", "### Android 客户端工程师(IM方向)" after
 *  a 简历投递 line or the company's intro), whose duties and asks follow. */
export const cjkJobLine = (raw: string): boolean =>
  /^\s*[#*\s]*(?:position|岗位|职位|职务)\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*:/i.test(raw) ||
  JOB_TITLE_HEADING.test(raw);
/** "## 大数据运维工程师", "### Java 后端开发工程师 (IM方向)": a Markdown heading of at most 30 characters ending in a job noun */
const JOB_TITLE_HEADING =
  /^\s*#{1,4}\s+(?=[^\n]{2,30}$)[^\n:]*[\u4e00-\u9fff][^\n:]*?(?:工程师|工程師|开发|架构师|专家|设计师|分析师|研究员|实习生)\s*(?:\([^()\n]{1,16}\))?\s*$/;

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

/** The contact-line cue alone: all cjkCueZone can find in a text without a dense character. */
export const contactCue = (sentence: string): [CueZone, string] | null =>
  CONTACT_LINE.test(sentence) ? ['apply', 'contact-line'] : null;

export function cjkCueZone(sentence: string): [CueZone, string] | null {
  const contact = contactCue(sentence);
  if (contact) return contact;
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

/**
 * # zhprec2: a Chinese sentence of a company section in the company's own voice: it names no hire, job or ask
 * (你 / 您, 诚聘, 寻找, 欢迎, 岗位, 要求..., ...者优先). Under a company heading its requirements, role or nice-to-have
 * cue (团队拥有多年的数字资产管理经验, 围绕“极速”构建系统能力, 为人们带来更好的体验) then leaves it the company's
 * (zones.ts ownZone); "我们正在寻找一位熟悉区块链的研发技术经理" and "如果你具备相关经验" still ask.
 */
const HIRE_ADDRESS =
  /(?:你|您|候选人|人选|求职|应聘|诚聘|招聘|招募|寻找|欢迎|期待|希望|加入我们|加入团队|需要一[位名]|岗位|职位|职责|任职|职缺|伙伴|同学|(?:有|具备|熟悉|精通|掌握)[^.;!?]{0,30}者|者优先|优先考虑|负责人|工程师(?!队伍|团队|组成|出身)|专员|\d+\s*年(?:及)?以上|(?:推动|参与|主导|负责|做|有|用|开发|搭建)过(?!渡|程|去|于|滤|往)|能(?:够)?独立|独立(?:完成|负责|撰写|开发)|job\s*type|position)/i;
/** ...nor opens on a duty, as a list item of the work does (- 参与公司分布式系统的需求分析) */
const DUTY_OPENING =
  /^[\s\-*•·>#\d.,:)]*(?:负责|参与|主导|协助|完成|设计|开发|搭建|维护|推动|构建|编写|实现|熟悉|精通|掌握|具备|有)/;
export const cjkCompanyVoice = (sentence: string): boolean =>
  hasDense(sentence) && !HIRE_ADDRESS.test(sentence) && !DUTY_OPENING.test(sentence);
