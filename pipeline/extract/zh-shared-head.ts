/**
 * zhrec3 (issue 15, Chinese tech recall): a head noun written once for a whole list, the way Chinese ads coordinate
 * ("关系型/缓存/向量数据库" = 关系型数据库, 缓存数据库, 向量数据库; "功能、回归、接口及性能测试"; "C、Java、Kotlin 等语言";
 * "Web/API/鉴权等测试"). The last item carries the head; an earlier item that is a form only with the head (关系型 +
 * 数据库 = 关系型数据库, API + 测试 = API测试) is found on its own letters, as that form. createScanner (cjk.ts) adds
 * these hits to a Chinese text's scan; the decision then reads them as any other.
 *   list   items of 1-8 letters, digits or Han characters, parted by '/', '、' or ',' (the view folds both '、' and '，'
 *          to ','), the last one joined by 及/和/与/或/以及 or a mark; before the head the last item holds at most 4 Han
 *          characters or 8 letters, optionally after 等 ("风控绕过等测试", "非关系型数据库", "Kotlin等语言"; not a clause:
 *          "系统与内网环境开展渗透测试", "编写智能合约代码,建立自动化测试");
 *   head   one of HEADS, ending the last item: a kind of test, database, language, protocol, tuning or wallet (not
 *          开发 or 管理: "前端、后端、测试、APP开发" lists roles, "内存、存储和密钥安全管理" no memory management);
 *   item   not already ending in the head and no form alone (关系型 is none, 回归 none; "API" names no test alone);
 *          the tail of a Han item is tried after the clause's first words (掌握关系型). A list with an item holding 的
 *          after the first is a run of phrases, not of nouns ("编写高性能、规范的sql语句,sql调优"): none of it is read.
 */

export const SHARED_HEADS = ['测试', '数据库', '语言', '协议', '调优', '钱包'] as const;

const HEAD_RE = new RegExp(`(?:${SHARED_HEADS.join('|')})`);
/** a list whose last item ends in a head: items parted by / 、 , (one connector word allowed before the last) */
const LIST_RE = new RegExp(
  String.raw`(?:[A-Za-z0-9+#.\u4e00-\u9fff]{1,8}\s*(?:[/、,]|及|和|与|或|以及)\s*){1,6}(?:等\s*)?[A-Za-z0-9+#.\u4e00-\u9fff]{0,8}?(?:${SHARED_HEADS.join('|')})`,
  'g',
);
const SEP_RE = /\s*(?:[/、,]|以及|及|和|与|或)\s*/g;
/** the last item before the head: 1-4 Han characters or 1-8 letters and digits, then an optional 等 (a bare head after a
 *  connector is a word of its own: "开发、部署、测试", "开发和测试环境", "性能分析与调优") */
const LAST_RE = /^(?:[\u4e00-\u9fff]{1,4}|[A-Za-z0-9+#.]{1,8})\s*(?:等\s*)?$/;

export interface SharedHeadHit {
  /** the form the item makes with the head (folded: lower case), e.g. "关系型数据库", "api测试" */
  form: string;
  start: number;
  end: number;
}

/**
 * The earlier items of each shared-head list in the (width-folded) view and the forms they make with the head;
 * `isForm` tells whether a folded string is a form of the taxonomy (the scanner's dense patterns).
 */
export function sharedHeadHits(view: string, isForm: (folded: string) => boolean): SharedHeadHit[] {
  if (!HEAD_RE.test(view)) return [];
  const out: SharedHeadHit[] = [];
  LIST_RE.lastIndex = 0;
  for (let m = LIST_RE.exec(view); m; m = LIST_RE.exec(view)) {
    const text = m[0];
    const head = SHARED_HEADS.find((h) => text.endsWith(h));
    if (!head) continue;
    // the items and their offsets: split at the separators
    const items: { s: string; at: number }[] = [];
    let at = 0;
    SEP_RE.lastIndex = 0;
    for (let s = SEP_RE.exec(text); s; s = SEP_RE.exec(text)) {
      items.push({ s: text.slice(at, s.index), at });
      at = s.index + s[0].length;
    }
    if (items.length === 0) continue;
    // the head closes a short last item ("回归及性能测试"), not a clause ("系统与内网环境开展渗透测试")
    const last = text.slice(at, text.length - head.length);
    if (!LAST_RE.test(last)) continue;
    // the first item may follow the clause's words up to a 的 (核心系统的功能、回归、接口及性能测试): its part after it
    const first = items[0]!;
    const cut = first.s.lastIndexOf('的') + 1;
    items[0] = { s: first.s.slice(cut), at: first.at + cut };
    if (items.some((it) => it.s.includes('的'))) continue;
    for (const it of items) {
      const item = it.s.replace(/\s*等$/, '');
      if (!item || item.endsWith(head)) continue;
      const low = item.toLowerCase();
      // the item may follow the clause's words in the match (掌握关系型/非关系型数据库): its tail is the item
      for (let k = 0; k < low.length; k++) {
        const tail = low.slice(k);
        if (k > 0 && !/[\u4e00-\u9fff]/.test(low[k - 1]!)) continue; // a Latin item is taken whole
        if (isForm(tail)) break;
        const form = [tail + head, `${tail} ${head}`].find(isForm);
        if (form) {
          out.push({ form, start: m.index + it.at + k, end: m.index + it.at + item.length });
          break;
        }
      }
    }
  }
  return out;
}
