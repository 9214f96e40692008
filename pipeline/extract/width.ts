/**
 * Full-width ASCII (ＰＹＴＨＯＮ, （）, ：, ，) and CJK punctuation (、。【】「」《》) folded to ASCII in place: one
 * UTF-16 unit for one, so offsets carry over (pipeline/extract/cjk.ts, docs/extraction.md "Chinese postings").
 * No imports: prepare.ts and zones.ts use it below the automaton.
 */
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
};
const FOLDABLE = /[\uff01-\uff5e\u3000、。【】〔〕「」『』《》〈〉〜・‧]/g;

/** Full-width ASCII and CJK punctuation to ASCII, same length (see module doc). */
export function foldWidth(text: string): string {
  FOLDABLE.lastIndex = 0;
  if (!FOLDABLE.test(text)) return text;
  return text.replace(FOLDABLE, (ch) => {
    const c = ch.charCodeAt(0);
    return c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : PUNCT[ch]!;
  });
}
