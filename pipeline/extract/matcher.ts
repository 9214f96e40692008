/**
 * Skill matcher: Aho-Corasick scan over the prepared view, then
 *   1. boundary checks (a match must not sit inside a longer word: `Go` in `Google`, `C` in `C++`, `snake_case`),
 *   2. case checks for case-sensitive aliases (`=Go`, `=REST`),
 *   3. leftmost-longest overlap resolution (`Spring Boot` beats `Spring`, `Node.js` beats `Node`),
 *   4. context rules for ambiguous aliases (see rules.ts), evaluated against the accepted neighbours.
 * Every Match carries `rule`: `alias:<alias>` (case-insensitive alias), `case:<alias>` (case-sensitive alias) or
 * `context/<evidence>:<alias>` (an ambiguous alias accepted by its context rule; evidence = default|list|cue-before|cue-after|window).
 */
import type { AliasSpec, Skill, Taxonomy } from './taxonomy.ts';
import { Automaton } from './automaton.ts';
import { FILLER, prepareFolded } from './prepare.ts';
import { type AliasRule, ruleFor } from './rules.ts';
import { companyVoiced } from './company-voice.ts';
import { endsCompanyName, namesRoleTitle } from './company-field.ts';
import { VOICE_BY, zoneFolded, segmentAt, type Segment, type Zone } from './zones.ts';
import { contextOf, decide } from './decide.ts';
import { anyDense, createScanner, denseBoundaryOk, hasDense, foldWidth } from './cjk.ts';
import { cjkListGap, cjkOtherThing, cjkTechCue } from './cjk-decide.ts';
import { CueIndex } from './cues.ts';
import { maySpace } from './chars.ts';
import { ideographicStop, plusJoin, zhListMarkDot } from './joins.ts';
import { ZH_CASE_EVIDENCE, zhCaseRelaxed, zhLetterNotName } from './zh-case.ts';
import { companionOf } from './companions.ts';
import { GENERIC, INDUSTRY, ROLE_AREA, kindOf, type Kind } from './kinds.ts';

/** A kept match. `rule`: how the surface matched; `why`: the decision that kept it (decide.ts); `zone`: zones.ts. */
export interface Match {
  id: string;
  label: string;
  surface: string;
  start: number;
  end: number;
  rule: string;
  zone: Zone;
  why: string;
  kind: Kind;
}
/** A candidate the decision dropped (or an ambiguous alias without evidence: why = 'ambiguous:no-evidence'). */
export interface Dropped extends Match {}
export interface Explained {
  kept: Match[];
  dropped: Dropped[];
  segments: Segment[];
}
export interface Matcher {
  extract(text: string): Match[];
  /** Kept and dropped candidates with their reasons, and the zoned segments. */
  explain(text: string): Explained;
}

interface Entry {
  skill: Skill;
  spec: AliasSpec;
  family: number;
  startsWord: boolean;
  endsWord: boolean;
  kind: Kind;
  industry: boolean;
  generic: boolean;
  roleArea: boolean;
  dense: boolean;
  /** squash(spec.text), for the case check of case-sensitive aliases */
  squashed: string;
  /** spec.caseSensitive and spec.needsContext, read for every hit (one load instead of two) */
  caseSensitive: boolean;
  needsContext: boolean;
  /** the alias's context rule (rules.ts ruleFor), looked up once per alias instead of once per candidate */
  rule: AliasRule;
  /** the skill sits under Business (a department: decide.ts) */
  department: boolean;
  /** Match.rule of a surface matched as the alias itself (`alias:` or `case:`), built once */
  aliasRule: string;
}
interface Cand {
  start: number;
  end: number;
  e: Entry;
  reason: string | null;
  /** seen in another case than its case-sensitive alias, in a Chinese text (zh-case.ts) */
  caseRelaxed?: boolean;
  /** a one-letter name that no evidence accepts (C端, To C, a list mark in Chinese text: zh-case.ts) */
  notName?: boolean;
  /** evidenceOf's reading before and after the list check, once read (see there) */
  lead?: string | null;
  tail?: string | null;
}

const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
const familyOf = (s: Skill) =>
  s.domain === 'Languages' ? 2 : s.domain === 'Transversal' || s.domain === 'Business' ? 1 : 0;
const LIST_GAP =
  /^[\s,/|&+;:()[\]·•*\-–—'"]*(?:\b(?:and|or|and\/or|plus|as well as|with|on)\b)?[\s,/|&+;:()[\]·•*\-–—'"]*$/i;
const SENTENCE_START = /(?:^\s*|[.!?:|•]\s*|\n\s*|(?:^|\n)\s*[-*•]\s+)$/;
const squash = (s: string) =>
  s
    .split(FILLER)
    .join('')
    .replace(/[\s\-\u00a0\u2010-\u2014]+/g, ' ')
    .trim();

/** A candidate, every field set (one object shape for all). */
const cand = (
  start: number,
  end: number,
  e: Entry,
  reason: string | null,
  caseRelaxed: boolean,
  notName: boolean,
): Cand => ({
  start,
  end,
  e,
  reason,
  caseRelaxed,
  notName,
  lead: undefined,
  tail: undefined,
});

/** No FILLER, space or dash in s: squash(s) === s. */
const plainSurface = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || maySpace(c)) return false;
  }
  return true;
};

/** Time spent per stage (milliseconds, summed over calls), filled when passed to createMatcher (bench/extract.ts). */
export interface StageTimes {
  prepare: number;
  scan: number;
  /** boundaries, case checks, overlaps, context rules of ambiguous aliases */
  candidates: number;
  zoning: number;
  cues: number;
  decisions: number;
}
export const newStageTimes = (): StageTimes => ({
  prepare: 0,
  scan: 0,
  candidates: 0,
  zoning: 0,
  cues: 0,
  decisions: 0,
});

export function createMatcher(taxonomy: Taxonomy, opts: { stages?: StageTimes } = {}): Matcher {
  const stages = opts.stages;
  let lapAt = 0;
  /** Adds the time since the last lap to stage k (only when timing). */
  const lap = (k: keyof StageTimes) => {
    const now = performance.now();
    stages![k] += now - lapAt;
    lapAt = now;
  };
  const patterns: string[] = [];
  const index = new Map<string, number>();
  const entries: Entry[][] = [];
  for (const skill of taxonomy.skills) {
    for (const spec of taxonomy.specs.get(skill.id) ?? []) {
      const p = Automaton.fold(spec.text);
      if (!p) continue;
      let id = index.get(p);
      if (id === undefined) {
        id = patterns.length;
        index.set(p, id);
        patterns.push(p);
        entries.push([]);
      }
      const list = entries[id]!;
      // first owner wins for the same (case-folded or exact) surface; case-sensitive entries are tried first
      if (
        list.some(
          (x) => x.spec.caseSensitive === spec.caseSensitive && (!spec.caseSensitive || x.spec.text === spec.text),
        )
      )
        continue;
      const e: Entry = {
        skill,
        spec,
        family: familyOf(skill),
        kind: kindOf(skill),
        industry: INDUSTRY.has(skill.id),
        generic: GENERIC.has(skill.id),
        roleArea: ROLE_AREA.has(skill.id),
        startsWord: isWordCode(p.charCodeAt(0)),
        endsWord: isWordCode(p.charCodeAt(p.length - 1)),
        dense: hasDense(p),
        squashed: spec.caseSensitive ? squash(spec.text) : '',
        caseSensitive: spec.caseSensitive,
        needsContext: spec.needsContext,
        rule: ruleFor(skill.id, skill.domain, spec.text),
        department: skill.domain === 'Business',
        aliasRule: `${spec.caseSensitive ? 'case' : 'alias'}:${spec.text}`,
      };
      if (spec.caseSensitive) list.unshift(e);
      else list.push(e);
    }
  }
  const ac = createScanner(patterns); // cjk.ts: dense-script aliases beside the DFA
  /** one cue index for every posting (reset per run: run() is synchronous, nothing keeps it between runs) */
  const cueIndex = new CueIndex('', stages !== undefined);

  /** `dense`: the view holds a dense-script character, where a glued list number or '+' join is no word (joins.ts) */
  function boundaryOk(v: string, start: number, end: number, e: Entry, dense: boolean, text: string): boolean {
    if (e.dense) return denseBoundaryOk(v, start, end, e.startsWord, e.endsWord);
    let b = start - 1;
    while (b >= 0 && v.charCodeAt(b) === 0) b--;
    if (b >= 0) {
      const c = v.charCodeAt(b);
      if (isWordCode(c) || c === 64 /* @ */) return false;
      if (c === 95 /* _ */ && b > 0 && isWordCode(v.charCodeAt(b - 1))) return false;
      if (
        c === 46 /* . */ &&
        e.startsWord &&
        b > 0 &&
        isWordCode(v.charCodeAt(b - 1)) &&
        !(dense && zhListMarkDot(v, b)) &&
        !ideographicStop(text, b)
      )
        return false;
    }
    if (end < v.length) {
      const c = v.charCodeAt(end);
      if (isWordCode(c) || c === 64) return false;
      // '+' joining two names ("React+TypeScript", "Vue+Nuxt") ends the name (joins.ts); "C++", "Google+ " and "C+"
      // keep their '+' as part of the word
      if (e.endsWord && c === 43 /* + */ && !plusJoin(v, start, end, dense)) return false;
      if (e.endsWord && c === 35 /* # */) return false;
      if (!e.endsWord && (c === 43 || c === 35)) return false;
      if (c === 95 && end + 1 < v.length && isWordCode(v.charCodeAt(end + 1))) return false;
      if (
        c === 46 &&
        e.endsWord &&
        end + 1 < v.length &&
        isWordCode(v.charCodeAt(end + 1)) &&
        !ideographicStop(text, end)
      )
        return false;
    }
    return true;
  }

  function contextReason(c: Cand, v: string, accepted: Cand[], dense: boolean): string | null {
    const r = evidenceOf(c, v, accepted, dense);
    return r !== null && c.caseRelaxed && !ZH_CASE_EVIDENCE.has(r) ? null : r;
  }

  /** A pass of the context rules changes only the accepted neighbours, so only the list evidence is read again:
   *  the evidence before it (a negative: null) and after it are read once per candidate (Cand.lead, Cand.tail). */
  function evidenceOf(c: Cand, v: string, accepted: Cand[], dense: boolean): string | null {
    if (c.notName) return null;
    if (c.lead === undefined) c.lead = leadEvidence(c, v, dense);
    if (c.lead !== '') return c.lead;
    if (!c.e.rule.noList && listed(c, v, accepted, dense)) return 'list';
    if (c.tail === undefined) c.tail = tailEvidence(c, v, dense);
    return c.tail;
  }

  /** The evidence read before the list: a reason, null when a negative fires, '' when neither. */
  function leadEvidence(c: Cand, v: string, dense: boolean): string | null {
    const rule = c.e.rule;
    const before = v.slice(Math.max(0, c.start - 60), c.start);
    const after = v.slice(c.end, c.end + 60);
    // a name whose neighbours say it is another skill (Remix among Truffle / Hardhat: the Remix IDE, which the rule's
    // negatives keep from being the React framework; cjk-decide.ts OTHER_THING reports it as that skill)
    if (dense && cjkOtherThing(v.slice(c.start, c.end), before, after)?.as) return 'cue-zh';
    if (rule.negBefore?.test(before) || rule.negAfter?.test(after)) return null;
    if (rule.mode === 'default' && !c.caseRelaxed) {
      const ch = v.charCodeAt(c.start);
      const lower = ch >= 97 && ch <= 122;
      if (!(lower && rule.lowerNeedsEvidence) && !SENTENCE_START.test(before)) return 'default';
    }
    return '';
  }

  /** An accepted neighbour of c's family separated from it by list punctuation only. */
  function listed(c: Cand, v: string, accepted: Cand[], dense: boolean): boolean {
    for (const n of accepted) {
      // in a Chinese posting a technology lists with a technology of any family (Linux、macOS、Windows: Windows sits
      // under Business, as Hardhat and Discord do)
      if (n === c || (n.e.family !== c.e.family && !(dense && c.e.kind === 'tech' && n.e.kind === 'tech'))) continue;
      // the gap's bounds first: most accepted neighbours are far away, and a slice per pair and pass adds up
      const left = n.end <= c.start;
      if (!left && n.start < c.end) continue; // overlapping: no gap
      const g0 = left ? n.end : c.end,
        g1 = left ? c.start : n.start;
      if (g1 - g0 > 30 || g1 - g0 <= 0) continue;
      const gap = v.slice(g0, g1);
      if (LIST_GAP.test(gap) || (dense && cjkListGap(gap))) return true;
    }
    return false;
  }

  /** The evidence read after the list: cues before or after c, a topical word around it. */
  function tailEvidence(c: Cand, v: string, dense: boolean): string | null {
    const rule = c.e.rule;
    const before = v.slice(Math.max(0, c.start - 60), c.start);
    const after = v.slice(c.end, c.end + 60);
    // a technology of any family (Hardhat and Windows sit under Business): 熟悉hardhat本地和链上的调试
    if (dense && (c.e.family === 0 || c.e.kind === 'tech') && cjkTechCue(before, after)) return 'cue-zh';
    if (rule.posBefore?.test(before)) return 'cue-before';
    if (rule.posAfter?.test(after)) return 'cue-after';
    if (rule.window?.test(v.slice(Math.max(0, c.start - 80), c.end + 80))) return 'window';
    return null;
  }

  function run(text: string, withDropped: boolean): Explained {
    if (stages) lapAt = performance.now();
    // folded once for the scan view and for zoning (foldWidth is idempotent: zoning read foldWidth twice)
    const folded = foldWidth(text);
    const v = prepareFolded(folded);
    if (stages) lap('prepare');
    // a dense-script character in the view or the text (surfaces are read from the text; the view differs from it
    // by ASCII folds, blanks and decoded entities): without one no Chinese cue can fire (cjk-decide.ts); zh-case.ts asks
    // the view (a masked link's Han characters do not make a Chinese posting), and so does the scan
    // (only a decoded entity brings the view a character the text lacks: without a dense one in the text or an '&'
    // in it, the view has none, and one scan of the text answers both)
    const denseText = anyDense(text);
    const denseView = denseText || folded.includes('&') ? anyDense(v) : false;
    const hits = ac.scan(v, denseView);
    if (stages) lap('scan');
    if (hits.length === 0) return { kept: [], dropped: [], segments: [] };
    const dense = denseView || denseText;
    const cands: Cand[] = [];
    for (const h of hits) {
      let end = h.end;
      while (end < v.length && v.charCodeAt(end) === 0) end++;
      let chosen: Entry | undefined;
      let relaxed: Entry | undefined;
      const list = entries[h.pattern]!;
      for (let x = 0; x < list.length; x++) {
        const e = list[x]!;
        if (!boundaryOk(v, h.start, end, e, denseView, text)) continue;
        if (e.caseSensitive) {
          const seen = v.slice(h.start, end);
          if (seen !== e.spec.text && (plainSurface(seen) ? seen : squash(seen)) !== e.squashed) {
            if (!relaxed && zhCaseRelaxed(denseView, e.kind)) relaxed = e;
            continue;
          }
        }
        chosen = e;
        break;
      }
      if (chosen) {
        const notName = chosen.needsContext && denseView && zhLetterNotName(v, h.start, end);
        cands.push(cand(h.start, end, chosen, chosen.needsContext ? null : 'alias', false, notName));
      } else if (relaxed) cands.push(cand(h.start, end, relaxed, null, true, zhLetterNotName(v, h.start, end)));
    }
    // the scan gives the hits by end, mostly already in this order: sort only when one is out of it
    let inOrder = true;
    for (let x = 1; x < cands.length && inOrder; x++) {
      const a = cands[x - 1]!,
        b = cands[x]!;
      inOrder = a.start < b.start || (a.start === b.start && a.end >= b.end);
    }
    if (!inOrder) cands.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Cand[] = [];
    let lastEnd = -1;
    for (const c of cands)
      if (c.start >= lastEnd) {
        kept.push(c);
        lastEnd = c.end;
      }
    const accepted = kept.filter((c) => c.reason !== null);
    let pending = kept.filter((c) => c.reason === null);
    for (let pass = 0; pass < 3 && pending.length > 0; pass++) {
      const still: Cand[] = [];
      for (const c of pending) {
        const r = contextReason(c, v, accepted, dense);
        if (r) {
          c.reason = r;
          accepted.push(c);
        } else still.push(c);
      }
      if (still.length === pending.length) break;
      pending = still;
    }
    if (stages) lap('candidates');
    if (!withDropped && !kept.some((c) => c.reason !== null || c.e.needsContext))
      return { kept: [], dropped: [], segments: [] };
    // explain lists every segment; extract zones only the blocks that hold a candidate (same zones for those),
    // leaving out the ambiguous ones that no zone can accept (see the 'zone' evidence below)
    const segments = zoneFolded(
      folded,
      withDropped ? undefined : kept.filter((c) => c.reason !== null || mayTakeZone(v, c)).map((c) => c.start),
    );
    if (stages) lap('zoning');
    const out: Explained = { kept: [], dropped: [], segments };
    const company = companyName(text, segments);
    const cues = cueIndex.reset(v);
    // whether a segment is told in the company's voice (company-voice.ts), once per segment, not per candidate
    const voiced = new Map<Segment, boolean>();
    const voicedSeg = (seg: Segment): boolean => {
      let r = voiced.get(seg);
      if (r === undefined) voiced.set(seg, (r = companyVoiced(folded.slice(seg.start, seg.end))));
      return r;
    };
    for (let i = 0; i < kept.length; i++) {
      const c = kept[i]!;
      const seg = segmentAt(segments, c.start);
      // a technology in the company's own voice keeps the requirements zone's decision (company-voice.ts: the
      // company's tools are usually its stack); a domain or soft skill there is the company's
      const zone: Zone =
        seg === undefined
          ? 'other'
          : (c.e.kind === 'tech' || c.e.kind === 'method') && seg.by === VOICE_BY
            ? 'requirements'
            : seg.zone;
      // an ambiguous alias written as a name (capitalised, not starting its sentence) inside a requirements list
      if (
        c.reason === null &&
        !c.caseRelaxed &&
        !c.notName &&
        (zone === 'requirements' || zone === 'nice_to_have') &&
        mayTakeZone(v, c) &&
        !(dense || c.e.rule.vetoesZone ? ruleNegative(v, c) : false)
      )
        c.reason = 'zone';
      if (c.reason === null && !withDropped) continue;
      const surface = text.slice(c.start, c.end);
      if (c.reason === null) {
        out.dropped.push(toMatch(c, surface, zone, 'ambiguous:no-evidence'));
        continue;
      }
      const { before, after, sentenceStart, inCompanyName, windowStart, longBefore } = contextOf(
        v,
        seg,
        c.start,
        c.end,
      );
      // the company's voice is read by the domain and soft rules only (evidence.ts): not computed for the others
      const voiceRead = c.e.kind === 'domain' || c.e.kind === 'soft';
      const d = decide({
        kind: c.e.kind,
        zone,
        before,
        after,
        cues: cues.window(windowStart, c.start),
        surface,
        industry: c.e.industry,
        generic: c.e.generic,
        roleArea: c.e.roleArea,
        department: c.e.department,
        inCompanyName,
        sentenceStart,
        longBefore,
        // (or a company-zone sentence told the same way: "We build products with strong focus on scalability")
        companyVoice:
          voiceRead && seg !== undefined && (seg.by === VOICE_BY || (seg.zone === 'company' && voicedSeg(seg))),
        // (an 'other' sentence told so: only its ask cues are the company's own, "We utilize strong encryption")
        voicedOther: voiceRead && seg?.zone === 'other' && voicedSeg(seg),
        isCompanyName:
          company !== null &&
          (isCompany(company, surface.toLowerCase()) || endsCompanyName(company, surface.toLowerCase(), v, c.start)),
        inList: inTechList(v, kept, i, dense),
        dense,
      });
      // the Match is built only for what is returned (extract() returns the kept ones)
      if (d.keep) {
        out.kept.push(toMatch(c, surface, zone, d.why, d.as));
        // a surface naming two skills ("UI/UX": UI design and UX design, companions.ts; not in Chinese postings)
        const twin = dense ? undefined : companionOf(d.as ?? c.e.skill.id, surface);
        if (twin !== undefined) out.kept.push(toMatch(c, surface, zone, d.why, twin));
      } else if (withDropped) out.dropped.push(toMatch(c, surface, zone, d.why));
    }
    if (stages) {
      lap('decisions');
      stages.decisions -= cues.spentMs;
      stages.cues += cues.spentMs;
    }
    return out;
  }

  /** `as`: the skill the decision reads the surface as in its context (cjk.ts: "AI" among design tools) */
  function toMatch(c: Cand, surface: string, zone: Zone, why: string, as?: string): Match {
    const other = as === undefined ? undefined : taxonomy.byId.get(as);
    if (other) return { ...toMatch(c, surface, zone, why), id: other.id, label: other.label, kind: kindOf(other) };
    return {
      id: c.e.skill.id,
      label: c.e.skill.label,
      surface,
      start: c.start,
      end: c.end,
      rule:
        c.reason === null
          ? `ambiguous:${c.e.spec.text}`
          : c.reason === 'alias'
            ? c.e.aliasRule
            : `context/${c.reason}:${c.e.spec.text}`,
      zone,
      why,
      kind: c.e.kind,
    };
  }

  /** The header's company name is this surface (lower-cased), or starts with it and a space. */
  function isCompany(company: string, surface: string): boolean {
    return company === surface || (company.startsWith(surface) && company.charCodeAt(surface.length) === 32);
  }

  /** An ambiguous candidate that a requirements or nice-to-have zone accepts: not soft, and written as a name. */
  /** A negative pattern of the alias's context rule fires around it ("PS:" a postscript, "H5方向" a role). It vetoes
   *  the requirements-zone evidence in a posting with dense-script text, and elsewhere only for a rule that says
   *  `vetoesZone` (rules.ts: "our R&D team", "(TS or TS/SCI)"): the looser English negatives written for the
   *  evidence ("a Go developer", "experience with Swift", "understanding of Unity") would drop asks there. */
  function ruleNegative(v: string, c: Cand): boolean {
    const rule = c.e.rule;
    return (
      rule.negBefore?.test(v.slice(Math.max(0, c.start - 60), c.start)) === true ||
      rule.negAfter?.test(v.slice(c.end, c.end + 60)) === true
    );
  }

  function mayTakeZone(v: string, c: Cand): boolean {
    return c.e.kind !== 'soft' && isNamed(v, c);
  }

  /** Capitalised (or all-caps) and not at the start of its sentence or list item. */
  function isNamed(v: string, c: Cand): boolean {
    const ch = v.charCodeAt(c.start);
    if (!(ch >= 65 && ch <= 90)) return false;
    return !SENTENCE_START.test(v.slice(Math.max(0, c.start - 6), c.start));
  }

  /** The company's name: the first `|` field of an HN header line, lower-cased (null when none). */
  function companyName(text: string, segs: Segment[]): string | null {
    const h = segs[0];
    if (h?.zone !== 'header') return null;
    const line = text.slice(h.start, h.end);
    const bar = line.indexOf('|');
    const first = (bar < 0 ? line : line.slice(0, bar))
      .replace(/\(.*?\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
      // (its legal form and a dash after it are no part of the name: "Fauna, Inc.", "Timescale - [Remote")
      .replace(/\s+[-–—]\s.*$|\s+[-–—]$/, '')
      .replace(/,?\s+(?:inc|llc|ltd|gmbh|corp|co|s\.?a|b\.?v)\.?$/, '');
    // (a role title is no company name: "C# Software Engineer | Remote", company-field.ts)
    return first.length >= 2 && first.length <= 40 && !namesRoleTitle(first) ? first : null;
  }

  /** A technology neighbour (accepted, tech family) separated from candidate i only by list punctuation. */
  function inTechList(v: string, list: Cand[], i: number, dense: boolean): boolean {
    for (let j = i - 1; j <= i + 1; j += 2) {
      const n = list[j];
      if (!n || n.reason === null || n.e.kind !== 'tech') continue;
      const c = list[i]!;
      const g0 = j < i ? n.end : c.end,
        g1 = j < i ? c.start : n.start;
      if (g1 - g0 > 30) continue; // slice(a, b) with b < a is '' (length 0, tested below like before)
      const gap = v.slice(g0, g1);
      if (LIST_GAP.test(gap) || (dense && cjkListGap(gap))) return true;
    }
    return false;
  }

  const extract = (text: string): Match[] => run(text, false).kept;
  const explain = (text: string): Explained => run(text, true);

  return { extract, explain };
}
