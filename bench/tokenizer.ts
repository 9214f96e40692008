/**
 * The plain tokenizer every speed ratio of the benches is measured against (issues 11 and 18): "read" a posting
 * (JSON.parse of its line, as `skillpulse extract` does) and split its text into word tokens, nothing else.
 * One definition, so that bench/extract and bench/enrich compare with the same reference.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

/** JSON.parse of one `{"text": ...}` line and a count of its word tokens. */
export function tokenize(line: string): number {
  const t = (JSON.parse(line) as { text: string }).text;
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(t) !== null) n++;
  return n;
}
