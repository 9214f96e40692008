/**
 * Recall audit of Chinese extraction on the rebase postings that are in no blind label file (issue 15, zhrec):
 * finds what the extractor misses without labels. In each unlabelled Chinese posting, every Latin token (a word
 * of letters, digits and . + # - / that starts with a letter: "Redis", "Vue3", "web3.js", "C++") that no kept
 * match covers is counted, once per posting, with why: `dropped:<rule>` when a candidate on it was dropped (the
 * decision's reason), `alias` when it is a taxonomy alias but no candidate was made, else `none` (no alias: a
 * missing form or skill, or an ordinary English word). Tokens are listed by the number of postings, with one
 * context of 30 characters each side, for a reader to judge which are skills. No blind-set posting is read.
 *   npx tsx bench/zh-recall-audit.ts [--n 150] [--min 3] [--why none|alias|dropped] [--asked]
 * --asked lists, instead of Latin tokens, the items of the list right after a Chinese ask verb (熟悉/精通/掌握/了解/
 * 熟练使用...: "熟悉MySQL、Redis、消息队列等" gives MySQL, Redis, 消息队列) that no kept match covers: Chinese forms too.
 * Counts: a posting is "Chinese" when it has a Han character; tokens of one or two letters and the English
 * function words in `common` are not listed (they are rarely a skill, and RN/Go/JS are read in the tune half).
 */
import path from 'node:path';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { loadBlind } from '../test/eval/blind.ts';
import { corpusRecords } from './corpus-files.ts';
import { rebaseFile } from './eval-extract-zh.ts';

const common = new Set(
  (
    'the and for with you our are will have has can all job work team from who this that your not more any job ' +
    'remote salary full time part com www http https html email apply contact location base join web3 usdt usd ' +
    'hr wechat mail gmail telegram tg twitter linkedin dev senior junior lead manager engineer developer title ' +
    'years year experience etc plus nice good strong skills skill knowledge about what how why such other'
  ).split(' '),
);

/** Latin tokens of `text` with their offsets (a token may end in + or #: C++, C#). */
export function latinTokens(text: string): { token: string; start: number; end: number }[] {
  const out: { token: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:[.\-/][A-Za-z0-9]+)*(?:\+\+|#)?/g))
    out.push({ token: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The items (2 to 16 characters) of the list right after each Chinese ask verb, with their offsets. */
export function askedItems(text: string): { token: string; start: number; end: number }[] {
  const out: { token: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/(?:熟悉|精通|掌握|了解|熟练使用|熟练掌握|熟练|具备|有)(?:使用)?\s*/g)) {
    let i = m.index + m[0].length;
    const stop = text.slice(i).search(/[。；;！!？?\n，,:：]|等|者|优先|经验|能力|的/);
    const span = text.slice(i, stop < 0 ? text.length : i + Math.min(stop, 60));
    for (const part of span.split(/([、/|和及与或])/)) {
      const lead = part.length - part.trimStart().length;
      const item = part.trim().replace(/^[(（]|[)）]$/g, '');
      if (item.length >= 2 && item.length <= 16 && !/^[、/|和及与或]$/.test(item))
        out.push({ token: item, start: i + lead, end: i + lead + part.trim().length });
      i += part.length;
    }
  }
  return out;
}

interface Row {
  postings: number;
  why: Map<string, number>;
  example: string;
}

function main(argv: string[]): void {
  const opt = (name: string, def: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1]! : def;
  };
  const n = Number(opt('--n', '150'));
  const min = Number(opt('--min', '3'));
  const onlyWhy = opt('--why', '');
  const tokensOf = argv.includes('--asked') ? askedItems : latinTokens;
  const blind = new Set(loadBlind().map((l) => l.id));
  const tax = loadTaxonomy(undefined, { overlays: [] });
  const aliases = new Set<string>();
  for (const s of tax.skills)
    for (const a of [s.label, ...s.aliases]) aliases.add(a.replace(/^[?=]+/, '').toLowerCase());
  const matcher = createMatcher(tax);
  const rows = new Map<string, Row>();
  let postings = 0;
  const file = path.basename(rebaseFile);
  for (const r of corpusRecords(path.dirname(rebaseFile), (f) => f === file)) {
    if (blind.has(r.id) || !r.text || !/[\u4e00-\u9fff]/.test(r.text)) continue;
    postings++;
    const ex = matcher.explain(r.text);
    const covered = (a: number, b: number) => ex.kept.some((k) => k.start < b && k.end > a);
    const seen = new Set<string>();
    for (const t of tokensOf(r.text)) {
      const key = t.token.toLowerCase();
      if (key.length < 3 || common.has(key) || seen.has(key) || covered(t.start, t.end)) continue;
      seen.add(key);
      const drop = ex.dropped.find((d) => d.start < t.end && d.end > t.start);
      const why = drop ? `dropped:${drop.why}` : aliases.has(key) ? 'alias' : 'none';
      if (onlyWhy && !why.startsWith(onlyWhy)) continue;
      const row = rows.get(key) ?? { postings: 0, why: new Map(), example: '' };
      row.postings++;
      row.why.set(why, (row.why.get(why) ?? 0) + 1);
      if (!row.example) {
        const ctx = r.text.slice(Math.max(0, t.start - 30), Math.min(r.text.length, t.end + 30));
        row.example = `${r.id} ${ctx.replace(/\s+/g, ' ')}`;
      }
      rows.set(key, row);
    }
  }
  const list = [...rows].filter(([, r]) => r.postings >= min).sort((a, b) => b[1].postings - a[1].postings);
  console.log(['token', 'postings', 'why', 'example'].join('\t'));
  for (const [k, r] of list.slice(0, n))
    console.log([k, r.postings, [...r.why].map(([w, c]) => `${w} ${c}`).join(', '), r.example].join('\t'));
  console.error(
    `${postings} unlabelled Chinese rebase postings; ${list.length} uncovered tokens in >= ${min} postings`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('zh-recall-audit.ts')) main(process.argv.slice(2));
