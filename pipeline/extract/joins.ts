/**
 * Marks glued to a Latin name that the matcher's word boundaries would otherwise read as part of a longer word
 * (docs/extraction.md): a '+' joining two names, in English text only before a capital ("React+TypeScript"), in
 * Chinese postings also before a lower-case name or a Han character ("html+JavaScript", "Vue+Element", "NLP+RAG");
 * and, in Chinese postings only, a list number ("1.Java基础扎实", "2.Redis"). English text keeps its other
 * boundaries ("v1.Java" is no list mark there, nor "C++" a join).
 */

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** The '+' at v[end], right after the name v[start, end), joins it to the next name: `dense` is the view's script
 *  (a dense-script character in it: zhPlusJoin too). */
export function plusJoin(v: string, start: number, end: number, dense: boolean): boolean {
  return latinPlusJoin(v, start, end) || (dense && zhPlusJoin(v, end));
}

/** "React+TypeScript": the '+' at `end` joins a name of 3+ characters to a capitalised next one ("C++", "C+",
 *  "Google+ " and "Scala+akka" are no join) */
function latinPlusJoin(v: string, start: number, end: number): boolean {
  if (end - start < 3 || end + 1 >= v.length) return false;
  const n = v.charCodeAt(end + 1);
  return n >= 65 && n <= 90;
}

/**
 * v[dot] is '.', right before an alias: it ends a list number of one or two digits that starts its line (or
 * follows a space): "1.Java", "\n12.Redis"; not "v1.Java", "3.5.Java", "Node.js" nor "web3.js".
 */
export function zhListMarkDot(v: string, dot: number): boolean {
  let i = dot - 1;
  let digits = 0;
  while (i >= 0 && isDigit(v.charCodeAt(i)) && digits < 3) {
    i--;
    digits++;
  }
  if (digits === 0 || digits > 2) return false;
  if (i < 0) return true;
  const c = v.charCodeAt(i);
  return c === 10 || c === 32 || c === 9 || c === 0xa0;
}

/**
 * v[plus] is '+', right after an alias: a join to the next name, when a Latin letter or a Han character follows
 * at once ("html+JavaScript", "Vue+Element", "Java+经验" is not a name but not a "C++" either); "C++", "C+#",
 * "Java+ " and a '+' at the end are no join.
 */
export function zhPlusJoin(v: string, plus: number): boolean {
  if (plus + 1 >= v.length) return false;
  const n = v.charCodeAt(plus + 1);
  if (!(isAsciiLetter(n) || isHan(n))) return false;
  // two letters or digits before '+', one of them a letter: "Vue3+TS", "html+"; one letter alone ("C+Java", a grade
  // "A+") is no name joined
  if (plus < 2) return false;
  const a = v.charCodeAt(plus - 2),
    b = v.charCodeAt(plus - 1);
  return (isAsciiLetter(a) || isDigit(a)) && (isAsciiLetter(b) || isDigit(b)) && (isAsciiLetter(a) || isAsciiLetter(b));
}

/**
 * text[i] is the ideographic full stop '。', which the view folds to '.' (width.ts): a sentence end, never the dot
 * inside a name, so a name glued to it on either side ends there ("如Zabbix。prometheus", "一个dApp。Gear是"), where
 * the folded "Zabbix.prometheus" would read as one dotted word like "Node.js". `text` is the original posting.
 */
export function ideographicStop(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x3002;
}
