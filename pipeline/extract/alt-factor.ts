/**
 * A regex source that matches where any of several cue families matches, its branches grouped by their first
 * letter (docs/extraction.md "Speed"). The engine tries the branches of an alternation one after the other at
 * each position; with the families' branches in family order (over a hundred) a position costs one quick check
 * per branch. Two branches whose first characters differ cannot both match at one position, so grouping the
 * branches by first letter (in their order inside a group) changes neither where a match is found nor which
 * branch matches there: the engine reads about one quick check per letter (the zone cue families: 0.65 of
 * the time of their one alternation). A branch whose first character is not one fixed letter or digit (a
 * class, an optional part) may match where any other one does: it stays between the groups of the branches
 * before it and after it, in order. Consecutive branches of a group that start with the letter itself share
 * it: `a(?:bout|ble to)`.
 *
 * The factored regex says WHERE some family matches (the leftmost position, and the same match). Which family
 * matched there is read by trying each family's own regex, factored the same way, sticky at that position
 * (zones.ts cueZone, multicue.ts): a family whose branches start with other letters fails at once. Group
 * markers (an empty group per branch) would name the branch, but the engine clears them at every position.
 */

/**
 * The factored alternation of `sources` (the families, in order; for the 'i' flag), or null when one of them
 * is not `\b(?:...)` (optionally with a trailing `\b`) or holds a backreference or a capturing group.
 */
export function factorAlternatives(sources: string[]): string | null {
  const branches: Branch[] = [];
  for (const src of sources) {
    if (/\\[1-9]|\\k</.test(src)) return null;
    const body = outerBody(src);
    if (body === null) return null;
    for (const alt of splitTop(body.inner)) {
      const expanded = expand(alt, 0);
      if (expanded === null) return null;
      for (const b of expanded) {
        if (shapeOf(b).groups > 0) return null;
        branches.push({ src: b + body.tail, key: firstKey(b) });
      }
    }
  }
  // runs of keyed branches between the unkeyed ones; in a run, one group per first letter
  const parts: string[] = [];
  let run = new Map<string, string[]>();
  const flush = () => {
    for (const [key, list] of run) {
      const alts: string[] = [];
      for (let x = 0; x < list.length; ) {
        let y = x;
        while (y < list.length && list[y]![0]!.toLowerCase() === key) y++;
        if (y - x >= 2) {
          alts.push(
            `${list[x]![0]}(?:${list
              .slice(x, y)
              .map((src) => src.slice(1))
              .join('|')})`,
          );
          x = y;
        } else alts.push(list[x++]!);
      }
      parts.push(alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`);
    }
    run = new Map();
  };
  for (const b of branches) {
    if (b.key === null) {
      flush();
      parts.push(b.src);
      continue;
    }
    let list = run.get(b.key);
    if (!list) run.set(b.key, (list = []));
    list.push(b.src);
  }
  flush();
  return `\\b(?:${parts.join('|')})`;
}

interface Branch {
  src: string;
  /** the first character of every match (firstKey), or null */
  key: string | null;
}

/** `\b(?:inner)` or `\b(?:inner)\b` as { inner, tail }, else null. */
function outerBody(src: string): { inner: string; tail: string } | null {
  if (!src.startsWith('\\b(?:')) return null;
  const close = groupEnd(src, 2);
  if (close < 0) return null;
  const tail = src.slice(close + 1);
  if (tail !== '' && tail !== '\\b') return null;
  return { inner: src.slice(5, close), tail };
}

/** The index of the ')' closing the group opened at src[open] ('('), or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0,
    inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level branches of an alternation body. */
function splitTop(body: string): string[] {
  const out: string[] = [];
  let depth = 0,
    inClass = false,
    at = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(at, i));
      at = i + 1;
    }
  }
  out.push(body.slice(at));
  return out;
}

const QUANT = /^[?*+{]/;

/**
 * A branch that starts with a non-capturing group without a quantifier, `(?:x|y)rest`, as the branches `xrest`,
 * `yrest` (the engine tries x then rest, then y then rest: the same matches in the same order), recursively,
 * so that each gets its own first letter. Other branches as they are. Null when a branch is malformed.
 */
function expand(alt: string, depth: number): string[] | null {
  if (depth > 4 || !alt.startsWith('(?:')) return [alt];
  const close = groupEnd(alt, 0);
  if (close < 0) return null;
  const rest = alt.slice(close + 1);
  if (QUANT.test(rest)) return [alt];
  const out: string[] = [];
  for (const x of splitTop(alt.slice(3, close))) {
    const e = expand(x + rest, depth + 1);
    if (e === null) return null;
    out.push(...e);
  }
  return out;
}

/**
 * One walk over a regex source, outside classes and escapes: its capturing groups ('(' but not '(?:', '(?=',
 * '(?!', '(?<=', '(?<!'; '(?<name>' counts) and whether it holds a `|` outside every group.
 */
export function shapeOf(src: string): { groups: number; topLevelBar: boolean } {
  let groups = 0,
    depth = 0,
    topLevelBar = false,
    inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      depth++;
      if (src[i + 1] !== '?') groups++;
      else if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') groups++; // (?<name>
    } else if (c === ')') depth--;
    else if (c === '|' && depth === 0) topLevelBar = true;
  }
  return { groups, topLevelBar };
}

/**
 * The lower-case ASCII letter or digit every match of the branch starts with (after its zero-width `\b`
 * and look-behinds, which stay in the branch), or null when that is not one fixed character.
 */
function firstKey(alt: string): string | null {
  let i = 0;
  for (;;) {
    if (alt.startsWith('\\b', i)) i += 2;
    else if (alt.startsWith('(?<!', i) || alt.startsWith('(?<=', i)) {
      const close = groupEnd(alt, i);
      if (close < 0) return null;
      i = close + 1;
    } else break;
  }
  const c = alt[i];
  if (c === undefined || !/[A-Za-z0-9]/.test(c)) return null;
  if (QUANT.test(alt.slice(i + 1))) return null; // optional or repeated: not the one first character
  return c.toLowerCase();
}
