/**
 * Zoning: splits a posting into segments (sentences or list items), each with the part of the posting it
 * belongs to. Rules, in order (docs/extraction.md "Zoning"):
 *   1. blocks: the text is cut at newlines and at block HTML tags (<p>, <li>, <h1-6>, <br>, <div>, <tr>);
 *   2. header: the first block of a posting that contains a `|` (the HN "Company | Role | Place" line);
 *   3. headings: a block that is short and looks like a title (ends with ':', is an <h*>/<strong> block, a
 *      Markdown `#`/`**` line or in capitals) and names a part ("Requirements", "What we offer") sets the zone
 *      of the blocks that follow, until the next heading; "Label: text" at the start of a block (a label of up
 *      to 6 words) does the same for that block;
 *   4. cue phrases: each sentence is classified by the first cue family that fires, in the order legal, apply,
 *      benefits, nice_to_have, requirements, role, company (e.g. "we offer" -> benefits, "you have" ->
 *      requirements, "we are a" -> company);
 *   5. a sentence under a heading keeps the heading's zone unless its cue is legal, apply or nice_to_have (or the
 *      heading is "about the company", which often carries "we use ..." sentences); a sentence with no cue
 *      and no heading takes the zone of the sentence before it in the same block, else 'other'.
 * Offsets are UTF-16 offsets into the original text; segments cover the text in order without overlap.
 */
export type Zone =
  | 'header'
  | 'company'
  | 'role'
  | 'requirements'
  | 'nice_to_have'
  | 'benefits'
  | 'apply'
  | 'legal'
  | 'other';
export const ZONES: readonly Zone[] = [
  'header',
  'company',
  'role',
  'requirements',
  'nice_to_have',
  'benefits',
  'apply',
  'legal',
  'other',
];

export interface Segment {
  start: number;
  end: number;
  zone: Zone;
  /** why: 'header', 'heading:<text>', 'label:<text>', 'cue:<phrase>', 'inherit', 'none' */
  by: string;
}

type CueZone = Exclude<Zone, 'header' | 'other'>;

/** Heading words per zone (tested against the heading text, lower-cased). */
const HEADINGS: [CueZone, RegExp][] = [
  [
    'legal',
    /\b(?:equal (?:employment )?opportunit|eeo\b|diversity|inclusion|privacy|disclaimer|accommodation|e-verify|legal|notice)/,
  ],
  [
    'apply',
    /\b(?:how to apply|to apply|apply|applying|application|contact|interested|interview|hiring process|next steps|get in touch)\b/,
  ],
  [
    'benefits',
    /\b(?:benefits?|perks?|what we offer|we offer|our offer|offer|compensation|salary|pay|why (?:join|work)|what'?s in it|package|rewards|we provide)\b/,
  ],
  [
    'nice_to_have',
    /\b(?:nice[- ]to[- ]haves?|bonus|preferred|plus(?:es)?|extra credit|good to have|ideally|desired|not required)\b/,
  ],
  [
    'requirements',
    /\b(?:requirements?|qualifications?|what you(?:'ll)? (?:need|bring|have)|who you are|about you|you have|you are|you bring|skills|must[- ]haves?|what we(?:'re| are)? look(?:ing)? for|looking for|ideal candidate|experience|profile|your background)\b/,
  ],
  [
    'role',
    /\b(?:the role|role|position|job description|about the (?:job|role|position|team)|what you(?:'ll| will| would)? (?:do|be doing|work on|build)|responsibilit\w*|your (?:role|job|mission|day)|the job|day[- ]to[- ]day|the opportunity|opportunity|the team|team|tech(?:nology)? stack|our stack|stack|technolog\w*|tools|projects?|the work|duties|tasks|challenges?|overview|summary)\b/,
  ],
  [
    'company',
    /\b(?:about(?: us)?|who we are|what we do|the company|company|our (?:mission|story|vision|values|culture)|mission|culture|values|background)\b/,
  ],
];

const CUES: [CueZone, RegExp][] = [
  [
    'legal',
    /\b(?:equal (?:employment )?opportunity|eeo\b|affirmative action|regardless of (?:race|gender|age|sex|religion)|without regard to|reasonable accommodations?|e-verify|protected veteran|sexual orientation|gender identity|privacy (?:policy|notice))/i,
  ],
  [
    'apply',
    /\b(?:r[eé]sum[eé]s?\b|(?<![、，,/&\u4e00-\u9fff]\s*|\b(?:and|or|nlp|ml|ai)\s+)cv\b(?!\s*(?:[/&、，,]\s*(?:nlp|ml|ai|llms?|speech|robotics|3d|slam)\b|(?:engineers?|models?|research\w*|algorithms?|pipelines?|tasks?|systems?)\b)|[\u4e00-\u9fff])|cover letter|to apply|apply (?:here|at|now|via|through|online|by|on|today|directly)|please apply|how to apply|send (?:us |me )?(?:your|a|an) (?:resume|cv|note|email|application|github|portfolio|short)|e-?mail (?:me|us|your|jobs|careers|hiring)|reach out|contact (?:me|us)|drop (?:me|us) a|ping me|dm me|get in touch|questions\?|mention (?:hn|hacker news)|interview process|hiring process|our process)\b/i,
  ],
  [
    'benefits',
    /\b(?:we offer|we provide|offering|(?<!\b(?:bring|brings|bringing|deliver|delivers|delivering|exploit\w*|believers? in|believe in|show|showcase|demonstrate|extend|unlock)\s+(?:all\s+)?(?:the|its|their)\s+(?:\w+\s+)?)benefits|perks|401\(?k\)?|health(?:care)?,? (?:dental|insurance|coverage|benefits)|dental|medical,|vision insurance|paid (?:time off|vacation|parental|leave)|\bpto\b|unlimited (?:vacation|pto)|parental leave|stock options|competitive (?:salary|pay|compensation)|salary|compensation|relocation (?:assistance|package|support)|visa sponsorship|sponsor visas|free (?:lunch|lunches|snacks|drinks|food)|catered|gym|stipend|learning budget|equipment of your choice|home office)\b/i,
  ],
  [
    'nice_to_have',
    /\b(?:nice[- ]to[- ]haves?|bonus(?: points)?(?= if| for|:| to)|bonus points|(?:is|are|would be) (?:a )?(?:big |huge |strong |definite )?(?:plus|bonus)|an? (?:big |huge )?plus\b|preferred\b|ideally|not (?:required|necessary) but|extra credit|good to have|would be (?:great|nice|helpful)|is helpful|a strong plus)/i,
  ],
  [
    'requirements',
    /\b(?:you have|you've|you are (?:an?|experienced|comfortable|familiar|proficient|fluent|passionate|someone|able)|you're (?:an?|experienced|comfortable|familiar|proficient|fluent|passionate|someone|able)|you bring|you know(?!\s*(?:[.,;:!?)]|and (?:love|trust)\b|$))|you can|you should|candidates? (?:should|must|will have|with)|(?<!\b(?:physician|doctor|clinician|patient|customer|member|guest|shopping|buying|learning|student|employee|dining|travel|viewing|listening|gaming)\s)experience (?:with|in|building|using|working|of|as|designing|developing|leading|running|deploying|shipping)|\d+\+? ?(?:years|yrs)|years of (?:professional )?experience|must (?:have|be|know)|required|requirements?|proficien(?:t|cy)|familiar(?:ity)? with|knowledge of|(?:strong|solid|deep|good|excellent|proven) (?:background|understanding|knowledge|skills|experience|grasp|command|track record)|background in|expertise (?:in|with)|looking for (?:someone|people|engineers?|developers?|candidates?|an?\b)|ideal candidate|qualifications|ability to|comfortable (?:with|working)|fluent in|understanding of|degree in|(?:bs|ms|phd|bachelor'?s|master'?s)\b)/i,
  ],
  [
    'role',
    /\b(?:you will|you'll|you would|you'd|your (?:role|responsibilit\w*|day|job|work|mission)|responsibilit\w*|(?:the|this|in this) role|the position|this position|be responsible|will be (?:building|working|responsible|joining)|help (?:us )?(?:build|design|scale|grow)|we(?:'re| are) (?:hiring|looking|seeking|searching)|hiring (?:for )?(?:an?|senior|junior|engineers?|developers?)|join (?:us|our|the)|our (?:tech(?:nology)? )?stack|tech stack|stack(?: is|:)|we use|we're using|we are using|we work with|built (?:with|on|in|using)|written in|work(?:ing)? on|you(?:'ll)? work)\b/i,
  ],
  [
    'company',
    /\b(?:we(?:'re| are) (?:an?|the)\b|we(?:'ve| have) (?:built|raised|grown)|founded (?:in|by)|backed by|raised|funding|funded by|series [a-e]\b|seed round|investors|our (?:customers|clients|mission|company|partners|investors|founders|vision)|customers (?:include|like|such as)|clients (?:include|like|such as)|used by|trusted by|headquartered|we help|we build|we make|we provide|we develop|we create|we power|we enable|is (?:an?|the) (?:leading|fast[- ]growing|growing|profitable|small|venture|well[- ]funded|startup|company|platform|marketplace|provider|global)|on a mission)\b/i,
  ],
];

import { anyDense, foldWidth } from './cjk.ts';
import { endsWithColon, firstNonSpace } from './zone-prechecks.ts';
import { maySpace } from './chars.ts';
import {
  cjkBullet,
  cjkCompanyVoice,
  cjkCueZone,
  contactCue,
  cjkHeading,
  cjkHeadingZone,
  cjkInlineLabel,
  cjkJobLine,
  cjkLogistics,
  cjkStrongAsk,
  cjkTitleCompany,
} from './cjk-zones.ts';

const BLOCK_SPLIT = /\r?\n|<\/?(?:p|div|h[1-6]|li|ul|ol|br|tr|section|article|header|footer|table|dt|dd)\b[^>]*>/gi;
const TAG = /<[^>]+>/g;
// last: Chinese 。 (folded), not the dot of a list number ("1.负责后端开发"); its look-behind is read after the mark
// (`(?<!X)[.!?;]` is `[.!?;](?<!X[.!?;])`): every branch then starts with a mark, which the engine searches for
// instead of trying the look-behind at every position
const SENTENCE_END =
  /[.!?;](?=\s+["'([]?[A-Z0-9*•-])|[.!?](?=\s*$)|[.!?;](?<!(?:^|\s)\d{1,2}[.!?;])(?=[\u3400-\u9fff])/g;

/** Classifies a heading text; null when it names no part. */
export function headingZone(text: string): CueZone | null {
  const f = HEADING_CUES.first(text.toLowerCase());
  return f >= 0 ? HEADINGS[f]![0] : cjkHeadingZone(text);
}

/** headingZone family by family (the reference in tests). */
export function headingZoneByFamily(text: string): CueZone | null {
  const t = text.toLowerCase();
  for (const [z, re] of HEADINGS) if (re.test(t)) return z;
  return cjkHeadingZone(text);
}

import { MultiCue, anyOf } from './multicue.ts';
/** the heading families found together, as the cue families are (on the lower-cased heading: the same answers
 *  with multicue.ts's 'i' flag, its letters all lower-case) */
const HEADING_CUES = new MultiCue(HEADINGS.map(([, re]) => re));
import { COMPANY_VOICE_CUE, companyVoiced } from './company-voice.ts';

/** Some family of CUES fires somewhere (an alternation matches where one of its branches does). */
const ANY_CUE = new RegExp(anyOf(CUES.map(([, re]) => re.source)), 'i');
/** the families found together (multicue.ts: their literal starts in one pass, their regexes tried there) */
const ZONE_CUES = new MultiCue(CUES.map(([, re]) => re));

/** The cue zone of one sentence (first family in order that fires anywhere), with its leftmost phrase. */
export function cueZone(sentence: string): [CueZone, string] | null {
  return cueZoneIn(sentence, 0, sentence.length, true);
}

/** cueZone(text.slice(from, to)), read in place; `dense` false: the text holds no dense character (cjk.ts), so
 *  that of the Chinese cues only the contact line can fire. */
function cueZoneIn(text: string, from: number, to: number, dense: boolean): [CueZone, string] | null {
  const f = ZONE_CUES.first(text, from, to);
  if (f >= 0) return [CUES[f]![0], ZONE_CUES.firstText.toLowerCase()];
  const sentence = text.slice(from, to);
  return dense ? cjkCueZone(sentence) : contactCue(sentence);
}

/** cueZone family by family (when the families cannot share one capturing regex; the reference in tests). */
export function cueZoneByFamily(sentence: string): [CueZone, string] | null {
  if (!ANY_CUE.test(sentence)) return cjkCueZone(sentence); // one pass finds that no family fires
  for (const [z, re] of CUES) {
    const m = re.exec(sentence);
    if (m) return [z, m[0].toLowerCase()];
  }
  return cjkCueZone(sentence);
}

export interface Block {
  start: number;
  end: number;
  raw: string;
  heading: boolean;
}

/** The blocks of a text (`viaRegex`: always by BLOCK_SPLIT, the reference of the newline path in tests). */
export function blocks(text: string, viaRegex = false): Block[] {
  const out: Block[] = [];
  let at = 0;
  if (!viaRegex && !text.includes('<')) {
    // no tag: BLOCK_SPLIT's matches are the newlines, with the '\r' before one (found by indexOf, no regex)
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      const cut = i > at && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      pushBlock(out, text, at, cut, '');
      at = i + 1;
    }
    pushBlock(out, text, at, text.length, '');
    return out;
  }
  let prevTag = '';
  BLOCK_SPLIT.lastIndex = 0;
  for (let m = BLOCK_SPLIT.exec(text); m; m = BLOCK_SPLIT.exec(text)) {
    pushBlock(out, text, at, m.index, prevTag);
    prevTag = m[0].startsWith('<') ? m[0] : '';
    at = m.index + m[0].length;
  }
  pushBlock(out, text, at, text.length, prevTag);
  return out;
}

/** Adds block [a, b) unless it is white space only (`tagBefore`: the tag that opened it, '' after a newline). */
function pushBlock(out: Block[], text: string, a: number, b: number, tagBefore: string): void {
  const raw = text.slice(a, b);
  if (!NOT_SPACE.test(raw)) return; // raw.trim() === ''
  out.push({ start: a, end: b, raw, heading: tagBefore !== '' && /^<(?:h[1-6])\b/i.test(tagBefore) });
}
const NOT_SPACE = /\S/;

/** The text of a block without tags, entities and Markdown marks, its spaces collapsed. */
export const plain = (s: string) => (MARKUP.test(s) ? plainMarkup(s) : s.replace(/\s+/g, ' ').trim()); // without those characters the first three replaces change nothing
const MARKUP = /[<&*_#`>]/;
const plainMarkup = (s: string) =>
  s
    .replace(TAG, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/[*_#`>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** plain(s).length > n, without building plain(s) when its bounds decide: plain() never lengthens a text, and
 *  keeps at least plainFloor(s) characters. */
export function plainLonger(s: string, n: number): boolean {
  if (s.length <= n) return false;
  if (plainFloor(s) > n) return true;
  return plain(s).length > n;
}

/** A block that reads as a title: short, and ends with ':' or is an <h*>, bold, Markdown heading or capitals. */
function asHeading(b: Block): string | null {
  return headingText(b.raw, b.heading);
}

/** asHeading of a block's raw text (`tag`: an <h*> block); `precheck` false skips the cheap rejections (tests). */
export function headingText(raw: string, tag: boolean, precheck = true): string | null {
  if (raw.length > 160) return null;
  if (precheck && !tag && !mayLookLikeHeading(raw)) return null;
  if (precheck && plainFloor(raw) > 60) return null; // too long for a title, whatever plain() drops
  const p = plain(raw);
  if (!p || p.length > 60 || spaces(p) > 7) return null;
  const trimmed = raw.trim();
  const looks =
    tag ||
    /:\s*$/.test(p) ||
    /^#{1,6}\s/.test(trimmed) ||
    /^(?:\*\*|__|<(?:strong|b)>)[\s\S]*(?:\*\*|__|<\/(?:strong|b)>)\s*:?\s*$/i.test(trimmed) ||
    (/[A-Z]/.test(p) && p === p.toUpperCase() && p.length >= 4 && !/[\u3400-\u9fff]/.test(p)) || // Han has no case
    (/\?\s*$/.test(p) && p.length <= 40);
  return looks ? p.replace(/:\s*$/, '') : null;
}

/**
 * A lower bound of plain(s).length, read without building it: when s has no '<' or '&' (no tag or entity to
 * drop), every character that is neither a Markdown mark nor white space survives plain(). -1 otherwise.
 */
function plainFloor(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 60 || c === 38) return -1;
    if (c === 42 || c === 95 || c === 35 || c === 96 || c === 62) continue; // * _ # ` >
    if (maySpace(c)) continue; // every \s, and more
    n++;
  }
  return n;
}

/** The number of ' ' in s (split(' ').length - 1). */
function spaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * False only when none of asHeading's title shapes can hold, read on the raw block without plain(): a trailing
 * ':' or '?' needs that character at the block's end (mayEndWithMark); '#', bold or a tag needs the block to
 * start with '#', '*', '_' or '<'; capitals need no lower-case letter in plain(), and a lower-case ASCII letter
 * outside every tag and entity survives plain() (lowerSurvives). Most short HN blocks hold an entity (&#x27;),
 * a link tag or a URL's ':': this keeps them from building plain() (five regex replaces) for nothing.
 */
function mayLookLikeHeading(raw: string): boolean {
  if (mayEndWithMark(raw)) return true;
  const c = raw.charCodeAt(firstNonSpace(raw)); // raw.trimStart().charCodeAt(0)
  if (c === 35 /* # */ || c === 42 /* * */ || c === 95 /* _ */ || c === 60 /* < */) return true;
  return !lowerSurvives(raw);
}

/**
 * plain(raw) may end with ':' or '?': the last character of raw that is neither white space nor a Markdown mark
 * plain() drops (* _ # `) is one of them, or a '>' or ';' (the end of a tag, a '>' mark or an entity, which
 * plain() drops and which may hide one). Skips at least every character plain() drops at the end.
 */
function mayEndWithMark(raw: string): boolean {
  for (let i = raw.length - 1; i >= 0; i--) {
    const c = raw.charCodeAt(i);
    if (maySpace(c)) continue; // every \s, and more
    if (c === 42 || c === 95 || c === 35 || c === 96) continue; // * _ # `
    return c === 58 /* : */ || c === 63 /* ? */ || c === 62 /* > */ || c === 59 /* ; */;
  }
  return false;
}

/**
 * A lower-case ASCII letter of `raw` that plain() keeps: not inside a tag (`<` up to the first `>` after it, as
 * TAG replaces them) and not in the run of letters, digits and '#' right after a '&' (an entity, when a ';'
 * ends it; read as one either way, which can only answer false for a letter plain() keeps).
 */
function lowerSurvives(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c === 60 /* < */) {
      const close = raw.indexOf('>', i + 2); // TAG needs one character or more before the '>'
      if (close > 0) i = close;
    } else if (c === 38 /* & */) {
      let j = i + 1;
      for (; j < raw.length; j++) {
        const d = raw.charCodeAt(j) | 32;
        if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 35)) break;
      }
      i = j - 1;
    }
  }
  return false;
}

function sentences(text: string, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  const s = text.slice(a, b);
  let at = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) {
    const e = m.index + 1;
    if (e - at >= 2) {
      out.push([a + at, a + e]);
      at = e;
    }
  }
  if (at < s.length) out.push([a + at, b]);
  return out;
}

const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)]|<li\b)/i;
const INLINE_LABEL =
  /^\s*(?:[-*•·]\s*)?(?:\*\*|<(?:strong|b)>)?([A-Za-z][A-Za-z'’ /&-]{1,48}?)(?:\*\*|<\/(?:strong|b)>)?\s*[:\u2013\u2014]\s+\S/;

/**
 * Splits `text` into zoned segments (see module doc).
 * `need` (sorted offsets) makes it lazy: the sentences of a block (and their cue regexes, most of the cost) are
 * only classified when one of the offsets falls inside the block; the heading run across blocks is still
 * followed in every block, so each needed offset gets exactly the segment eager zoning gives it (segmentAt),
 * while segments of other blocks are left out. The matcher passes its candidates' offsets.
 */
export function zonePosting(text: string, need?: readonly number[]): Segment[] {
  return zoneFolded(foldWidth(text), need); // cjk.ts, same length
}

/** zonePosting() of a text already folded by foldWidth (the matcher folds once for prepare and zoning). */
export function zoneFolded(text: string, need?: readonly number[]): Segment[] {
  const segs: Segment[] = [];
  let heading: { zone: CueZone; by: string } | null = null;
  let first = true;
  let k = 0; // next needed offset
  const dense = anyDense(text); // once, not per block: most postings have no dense character
  for (let b of blocks(text)) {
    const tk = first && dense ? cjkTitleCompany(b.raw) : 0; // cjk.ts: "[杭州] web3 AI公司诚聘 后端工程师" (its verbs are Han)
    if (tk > 0) {
      segs.push({ start: b.start, end: b.start + tk, zone: 'company', by: 'zh-title' });
      b = { ...b, start: b.start + tk, raw: b.raw.slice(tk) };
      // the rest of a Chinese title names the roles hired for (诚聘 CTO 产品经理): asked like a role section
      segs.push({ start: b.start, end: b.end, zone: 'role', by: 'zh-title' });
      first = false;
      continue;
    }
    if (first && b.raw.includes('|')) {
      segs.push({ start: b.start, end: b.end, zone: 'header', by: 'header' });
      first = false;
      continue;
    }
    first = false;
    const h = asHeading(b) ?? (dense && anyDense(b.raw) ? cjkHeading(b.raw) : null); // a Chinese heading needs Han
    if (h !== null) {
      const z = headingZone(h);
      if (z) {
        heading = { zone: z, by: `heading:${h.toLowerCase()}` };
        segs.push({ start: b.start, end: b.end, zone: z, by: heading.by });
        continue;
      }
    }
    // a Chinese job list under a benefits heading (远程办公, 薪资福利待遇): a job's first line starts a role run, a strong
    // ask ends the benefits run (cjk-zones.ts)
    if (dense && heading && NOT_ASKED.has(heading.zone) && cjkJobLine(b.raw))
      heading = { zone: 'role', by: 'zh-job-line' };
    else if (dense && heading?.zone === 'benefits' && cjkStrongAsk(b.raw)) heading = null;
    // prose with a cue of its own ends a heading's run (bullets and short lines continue it)
    // the block's cue, when read here: a sentence that is the whole block has the same one
    let blockCue: [CueZone, string] | null | undefined;
    if (heading && !BULLET.test(b.raw) && !cjkBullet(b.raw) && plainLonger(b.raw, 80)) {
      const c = (blockCue = cueZoneIn(text, b.start, b.end, dense));
      // # zhprec2: ...but not the company's own prose under a Chinese company-intro heading (成都云存科技有限公司创立于
      // 2019年...为相关企业提供更好的物联网网络): its cue is the company's voice (cjkCompanyVoice)
      if (c && c[0] !== heading.zone && !(dense && companyVoice(heading, c, text, b.start, b.end))) heading = null;
    }
    if (need) {
      while (k < need.length && need[k]! < b.start) k++;
      if (!(k < need.length && need[k]! < b.end)) {
        // no needed offset here: only what the block hands on (a closing "Requirements:" line starts a run)
        if (endsWithColon(b.raw)) heading = tailHeading(text, b, heading);
        continue;
      }
    }
    let blockZone = heading;
    const lab = INLINE_LABEL.exec(b.raw) ?? cjkInlineLabel(b.raw);
    if (lab && lab[1]!.trim().split(/\s+/).length <= 6) {
      const z = headingZone(lab[1]!);
      if (z) blockZone = { zone: z, by: `label:${lab[1]!.trim().toLowerCase()}` };
    }
    const ss = sentences(text, b.start, b.end);
    if (need) {
      // lazy: a segment only for each sentence holding a needed offset. A sentence's zone depends on the
      // sentences before it only when it has no cue and there is no block zone (it inherits the zone of the
      // sentence before, i.e. the zone of the nearest earlier sentence with a cue, else 'other'), so the
      // sentences between are classified only when such a walk back reaches them.
      const cues: ([CueZone, string] | null | undefined)[] = new Array(ss.length);
      let x = 0,
        last = -1;
      for (let q = k; q < need.length && need[q]! < b.end; q++) {
        while (ss[x]![1] <= need[q]!) x++;
        if (x === last) continue;
        last = x;
        const own = ownZone(blockZone, cueAt(cues, ss, x, text, b, blockCue, dense), text, ss[x]![0], ss[x]![1]);
        let zone: Zone, by: string;
        if (own) ({ zone, by } = own);
        else if (x > 0) {
          let j = x - 1;
          while (j >= 0 && !cueAt(cues, ss, j, text, b, blockCue, dense)) j--;
          if (j >= 0 && cues[j]![1] === COMPANY_VOICE_CUE) ({ zone, by } = afterVoice(text, ss[x]![0], ss[x]![1]));
          else {
            zone = j >= 0 ? cues[j]![0] : 'other';
            by = 'inherit';
          }
        } else {
          zone = 'other';
          by = 'none';
        }
        segs.push({ start: ss[x]![0], end: ss[x]![1], zone, by });
      }
      const [ls, le] = ss[ss.length - 1]!;
      if (le === b.end) heading = tail(text, ls, le, heading);
      continue;
    }
    let prev: { zone: Zone; by: string } | null = null;
    let voiceRun = false; // the last sentence with a cue is the company's voice
    for (const [s, e] of ss) {
      const own = ownZone(blockZone, sentenceCue(text, s, e, b, blockCue, dense), text, s, e);
      let zone: Zone, by: string;
      if (own) {
        ({ zone, by } = own);
        voiceRun = by === VOICE_BY;
      } else if (voiceRun) ({ zone, by } = afterVoice(text, s, e));
      else if (prev) {
        zone = prev.zone;
        by = 'inherit';
      } else {
        zone = 'other';
        by = 'none';
      }
      segs.push({ start: s, end: e, zone, by });
      prev = { zone, by };
      if (e === b.end) heading = tail(text, s, e, heading);
    }
  }
  return segs;
}

type Heading = { zone: CueZone; by: string } | null;
/** Heading zones whose run a Chinese job line ends (under a requirements heading a job list stays asked). */
const NOT_ASKED: ReadonlySet<Zone> = new Set(['benefits', 'company', 'apply']);

/** The cue of sentence [s, e) of block b: the block's own cue when the sentence is the whole block and the
 *  heading-run test already read it (blockCue), else its cue phrases. */
function sentenceCue(
  text: string,
  s: number,
  e: number,
  b: Block,
  blockCue: [CueZone, string] | null | undefined,
  dense: boolean,
): [CueZone, string] | null {
  const c = blockCue !== undefined && s === b.start && e === b.end ? blockCue : cueZoneIn(text, s, e, dense);
  // the company telling what it has or does, its ask words its own (company-voice.ts): "MedSec leverages its deep
  // expertise in medical device security", "We have years of experience in payments"
  return c && c[0] === 'requirements' && companyVoiced(text.slice(s, e)) ? VOICE_CUE : c;
}
const VOICE_CUE: [CueZone, string] = ['company', COMPANY_VOICE_CUE];
/** the Segment.by of such a sentence (the matcher reads it: a technology there keeps the requirements zone's
 *  decision, company-voice.ts) */
export const VOICE_BY = `cue:${COMPANY_VOICE_CUE}`;
/**
 * A sentence with no cue after a company's-voice sentence (lazy and full walks alike): the company's voice again
 * when it is told the same way ("We have deep expertise in payments. We focus on full stack solutions."), else
 * the requirements zone the cue before gave ("... Most of all, we seek someone curious.").
 */
function afterVoice(text: string, s: number, e: number): { zone: Zone; by: string } {
  return companyVoiced(text.slice(s, e)) ? { zone: 'company', by: VOICE_BY } : { zone: 'requirements', by: 'inherit' };
}

/** The cue of sentence x of a block, read once (memo in `cues`). */
function cueAt(
  cues: ([CueZone, string] | null | undefined)[],
  ss: [number, number][],
  x: number,
  text: string,
  b: Block,
  blockCue: [CueZone, string] | null | undefined,
  dense: boolean,
): [CueZone, string] | null {
  let c = cues[x];
  if (c === undefined) c = cues[x] = sentenceCue(text, ss[x]![0], ss[x]![1], b, blockCue, dense);
  return c;
}

/** A sentence's zone from its block's label or heading (unless its own cue overrides it), else from its cue;
 *  null when it has neither and takes the zone of the sentences before it (lazy and full walks alike). */
function ownZone(
  blockZone: Heading,
  cue: [CueZone, string] | null,
  text: string,
  s: number,
  e: number,
): { zone: Zone; by: string } | null {
  if (blockZone && (!cueOverrides(blockZone.zone, cue) || logisticsLabel(blockZone))) return blockZone;
  // # zhprec2: under a Chinese company heading, an ask or duty cue in the company's own voice (团队拥有多年的...经验,
  // 构建系统能力: 低延时撮合..., 为人们带来更好的...体验) leaves the sentence the company's (cjk-zones.ts cjkCompanyVoice)
  if (blockZone?.zone === 'company' && cue && companyVoice(blockZone, cue, text, s, e)) return blockZone;
  return cue ? { zone: cue[0], by: `cue:${cue[1]}` } : null;
}

/** The block's last sentence [s, e) ending in ':' names the part that follows ("...we need:"): the heading
 *  run from here (else the current one). */
function tail(text: string, s: number, e: number, heading: Heading): Heading {
  if (!endsWithColon(text, s, e)) return heading; // (most do not: no slice, no trim)
  const tailText = text.slice(s, e).trim();
  if (tailText.endsWith(':') && tailText.length <= 80) {
    const hz = headingZone(tailText);
    if (hz) return { zone: hz, by: `heading:${plain(tailText).replace(/:$/, '').toLowerCase()}` };
  }
  return heading;
}

/** tail() for a block whose sentences are not otherwise classified. */
function tailHeading(text: string, b: Block, heading: Heading): Heading {
  const ss = sentences(text, b.start, b.end);
  const [s, e] = ss[ss.length - 1]!;
  return e === b.end ? tail(text, s, e, heading) : heading;
}

/** A Chinese company heading's sentence whose requirements, role or nice-to-have cue is the company's own voice. */
const companyVoice = (h: NonNullable<Heading>, cue: [CueZone, string], text: string, s: number, e: number): boolean =>
  (cue[0] === 'requirements' || cue[0] === 'role' || cue[0] === 'nice_to_have') &&
  COMPANY_INTRO_HEADING.test(h.by) &&
  cjkCompanyVoice(text.slice(s, e));
/** a short Chinese heading introducing the company (公司/团队介绍, 公司简介, 关于我们, 关于 Bitget), not a run such as
 *  团队与项目管理 or a sentence ending in ':' */
const COMPANY_INTRO_HEADING = /^heading:[^,.;:]{0,12}(?:介绍|简介|关于)[^,.;:]{0,12}$/;

/** A sentence's own cue that wins over the zone of its heading or label (rule 5 of the module doc). */
function cueOverrides(blockZone: CueZone, cue: [CueZone, string] | null): boolean {
  if (!cue) return false;
  const z = cue[0];
  return (
    z === 'legal' ||
    z === 'apply' ||
    z === 'nice_to_have' ||
    blockZone === 'company' ||
    // the company's voice inside a requirements run (company-voice.ts)
    (z === 'company' &&
      cue[1] === COMPANY_VOICE_CUE &&
      (blockZone === 'requirements' || blockZone === 'nice_to_have')) ||
    (blockZone === 'role' && z === 'requirements')
  );
}

/** "时区要求: GMT+8优先" - a label naming the conditions of the work keeps its zone over the line's cues (cjk-zones.ts). */
const logisticsLabel = (h: NonNullable<Heading>): boolean => h.by.startsWith('label:') && cjkLogistics(h.by.slice(6));

/** The segment containing `offset` (binary search over zonePosting's output), or undefined. */
export function segmentAt(segs: Segment[], offset: number): Segment | undefined {
  let lo = 0,
    hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
