/**
 * Full-width ASCII (ＰＹＴＨＯＮ, （）, ：, ，), CJK punctuation (、。【】「」《》) and typographic apostrophes (’) folded to ASCII in place: one
 * UTF-16 unit for one, so offsets carry over (pipeline/extract/cjk.ts, docs/extraction.md "Chinese postings").
 * Traditional Han characters are folded to simplified ones the same way (zh-trad.ts: 區塊鏈 -> 区块链).
 * Imports only the data table: prepare.ts and zones.ts use it below the automaton.
 */
import { TRAD_SIMP_PAIRS } from './zh-trad.ts';
const PUNCT: Record<string, string> = {
  '\u3000': ' ',
  '、': ',',
  '。': '.',
  '【': '[',
  '】': ']',
  '〔': '(',
  '〕': ')',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '《': '"',
  '》': '"',
  '〈': '"',
  '〉': '"',
  '〜': '~',
  '・': '·',
  '‧': '·',
  // typographic apostrophes, as &rsquo; decodes (prepare.ts): "you’ll", "we’re" read like "you'll", "we're"
  '\u2019': "'",
  '\u2018': "'",
};
const FOLDABLE = /[\uff01-\uff5e\u3000、。【】〔〕「」『』《》〈〉〜・‧\u2018\u2019]/g;
/** FOLDABLE but the two apostrophes (both fold to "'", PUNCT) */
const FOLDABLE_NOT_APOSTROPHE = /[\uff01-\uff5e\u3000、。【】〔〕「」『』《》〈〉〜・‧]/;
const APOSTROPHES = /[\u2018\u2019]/g;
/** traditional -> simplified characters (zh-trad.ts), for Chinese postings written in traditional script */
const TRAD = new Map<string, string>();
for (let i = 0; i + 1 < TRAD_SIMP_PAIRS.length; i += 2) TRAD.set(TRAD_SIMP_PAIRS[i]!, TRAD_SIMP_PAIRS[i + 1]!);
const HAN = /[\u4e00-\u9fff]/;
/** FOLDABLE_NOT_APOSTROPHE or HAN: one scan tells a text that needs neither (nearly every English posting) */
const CJK_ANY = /[\uff01-\uff5e\u3000、。【】〔〕「」『』《》〈〉〜・‧\u4e00-\u9fff]/;
const HAN_ALL = /[\u4e00-\u9fff]/g;

/** Full-width ASCII and CJK punctuation to ASCII, traditional Han to simplified; same length (see module doc). */
export function foldWidth(text: string): string {
  const cjk = CJK_ANY.test(text);
  FOLDABLE.lastIndex = 0;
  let out = text;
  if (FOLDABLE.test(out)) {
    // most English postings fold only typographic apostrophes: one replace by a string, no callback per match
    if (!cjk || !FOLDABLE_NOT_APOSTROPHE.test(out)) out = out.replace(APOSTROPHES, "'");
    else
      out = out.replace(FOLDABLE, (ch) => {
        const c = ch.charCodeAt(0);
        return c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : PUNCT[ch]!;
      });
  }
  // (folding keeps every Han character: HAN over the folded text is HAN over the text)
  if (cjk && HAN.test(out)) out = out.replace(HAN_ALL, (ch) => TRAD.get(ch) ?? ch);
  return out;
}
