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
 *   4. zone and cue words for Chinese postings (岗位职责, 任职要求, 加分项, 福利待遇: cjk-zones.ts) and the decision
 *      evidence and rules for Chinese text (熟悉, 精通, 良好的...: cjk-decide.ts), used by zones.ts and decide.ts
 *      next to their English ones.
 */
import { Automaton, type Hit } from './automaton.ts';
import { blankVersions, zhVersionSpans } from './zh-versions.ts';
import { ZH_ONLY_PATTERNS } from './zh-only.ts';
import { ZH_LATIN_ONLY } from './zh-latin-only.ts';
import { sharedHeadHits } from './zh-shared-head.ts';
import { latinHeadHits } from './shared-head.ts';

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
export const denseIn = (s: string, from: number, to: number): boolean => {
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
  /** dense patterns by their folded text, for the shared-head forms (zh-shared-head.ts) */
  const denseIds = new Map<string, number>();
  patterns.forEach((p, id) => {
    if (!hasDense(p)) {
      latin.push(p);
      latinIds.push(id);
      return;
    }
    if (!denseIds.has(p)) denseIds.set(p, id);
    const k = lowerAscii(p.charCodeAt(0));
    const list = byFirst.get(k) ?? [];
    list.push({ p, id });
    byFirst.set(k, list);
  });
  const ac = new Automaton(latin);
  /** Latin patterns by their folded text, for the shared-head forms of English lists (shared-head.ts) */
  const latinByForm = new Map(latin.map((p, i) => [p, latinIds[i]!]));
  const isLatinForm = (f: string) => latinByForm.has(f);
  // Latin aliases for Chinese text only (zh-only.ts), by the DFA's pattern index
  const zhOnly = latin.map((p) => ZH_ONLY_PATTERNS.has(p.toLowerCase()) || ZH_LATIN_ONLY.has(p.toLowerCase()));
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
        // # recall: an earlier item of a list whose head noun is written once ("web and mobile applications")
        for (const s of latinHeadHits(view, isLatinForm))
          hits.push({ pattern: latinByForm.get(s.form)!, start: s.start, end: s.end });
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
      // # zhrec3: an item of a list whose head noun is written once (关系型/非关系型数据库, 功能、回归及性能测试) is found
      // as the form it makes with the head (zh-shared-head.ts)
      for (const s of sharedHeadHits(view, (f) => denseIds.has(f)))
        hits.push({ pattern: denseIds.get(s.form)!, start: s.start, end: s.end });
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
  // 返回测试结果 / 返回测试数据: 回测 (a strategy backtest, quant) read across two words
  '返回测',
  // zhzh: 系统安全性 is a quality of the system (优化系统安全性、性能、可用性), not security knowledge (系统安全)
  '系统安全性',
  // zhzh: 解锁机制 is a token unlock schedule (锁仓与解锁机制), not a lock of concurrent code (锁机制)
  '解锁机制',
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
