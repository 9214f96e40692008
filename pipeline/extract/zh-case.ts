/**
 * Letter case in Chinese postings (docs/extraction.md "Chinese postings"). A case-sensitive alias (=Go, =C, =R)
 * keeps English words out ("go to market", "plan C"), but Chinese postings often write technology names in lower
 * case inside a list: "go 、python 、rust", "有python/c/c++ 经验", "react/flutter/go/rust". In a text holding Han
 * characters, a technology or domain alias (a chain or protocol: "eth、solana、tron等", "uniswap、compound，synthetix")
 * seen in another case than its own is kept as an ambiguous candidate that only
 * a list (another accepted skill of its family next to it, Chinese or English list marks) or, for a non-language
 * technology, a Chinese ask cue (熟悉 prometheus) accepts; never the English cues, a default rule or the
 * requirements zone (which takes capitalised names only).
 */

/** Whether an alias seen in another case than its own may still be a candidate (then needing the evidence above; a
 *  domain alias takes no Chinese cue, matcher.ts: only a list). */
export const zhCaseRelaxed = (denseText: boolean, kind: string): boolean =>
  denseText && (kind === 'tech' || kind === 'domain');

/** The evidence that accepts a case-relaxed candidate ('list', 'cue-zh'). */
export const ZH_CASE_EVIDENCE: ReadonlySet<string> = new Set(['list', 'cue-zh']);

/**
 * A one-letter name (C, R) that is no language in a Chinese text: C端 / B端 (the consumer or business side of a
 * product: 3年以上C端产品经验), "To C" (selling to consumers; "toC" has no word boundary already), or a list mark
 * at the start of a clause ("b,熟悉 golang; c,精通 MEV 原理"). `v` is the prepared view (full-width folded).
 */
export function zhLetterNotName(v: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const after = v.slice(end, end + 4);
  if (/^\s*端/.test(after)) return true;
  const before = v.slice(Math.max(0, start - 6), start);
  if (/(?:^|[^A-Za-z])to\s*$/i.test(before)) return true;
  return /(?:^|[\n;.])\s*$/.test(before) && /^\s*[,.):]\s*[\u4e00-\u9fff]/.test(after);
}
