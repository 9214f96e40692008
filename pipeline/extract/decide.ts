/**
 * The decision for every candidate match: keep it (the job asks for it, or the hire works with it) or drop
 * it (the posting only mentions it), from its evidence:
 *   kind     tech | method | domain | soft (kinds.ts)
 *   zone     the segment it sits in (zones.ts)
 *   cues     words before/after it in its sentence: stack cues ("our stack", "we use", "written in"),
 *            ask cues ("experience with", "strong", "skills", "a plus"), mention cues ("customers", "backed by",
 *            "competitors", "founded by"), negations ("no Java needed")
 *   list     it sits in a list of technologies ("Go, Rust and Postgres")
 *   surface  a role title ("Product Manager"), an industry word ("fintech"), a generic area ("backend")
 * Rules, first that applies (the rule name is the `why` of the decision; docs/extraction.md lists them):
 *   drop negation            a negation right before/after it
 *   drop mention:<cue>       a mention cue earlier in the sentence and no stack/ask cue between
 *   drop zone:<legal|benefits|apply>   unless a stack cue (tech/method) or an ask cue (domain/soft)
 *   drop role-title          a role noun ("data scientist", "tech lead") without "experience as"
 *   tech/method: keep zone:<z> in header/role/requirements/nice_to_have/other;
 *                in company: keep stack-cue | list, else drop zone:company
 *   domain: keep in requirements/nice_to_have (or with an ask cue anywhere, or in role with a role cue);
 *           industry words (fintech, e-commerce, open source...) only with an ask cue; else drop zone:<z>
 *   soft:   keep in requirements/nice_to_have or with an ask cue; else drop zone:<z>
 */
import type { Kind } from './kinds.ts';
import type { Segment, Zone } from './zones.ts';

export interface Evidence {
  kind: Kind;
  zone: Zone;
  /** text of the candidate's sentence before it / after it (at most ~120 / 80 chars, prepared view) */
  before: string;
  after: string;
  surface: string;
  inList: boolean;
  industry: boolean;
  generic: boolean;
}

export interface Decision { keep: boolean; why: string }

const STACK = /\b(?:our (?:tech(?:nology)? )?stack|(?:tech(?:nology)? )?stack(?: is| includes)?\s*:?|we use|we(?:'re| are) using|we(?:'ve| have) used|using|uses|built (?:with|on|in|using|around|on top of)|written in|powered by|runs? on|running on|based on|on top of|work(?:ing|s)? (?:with|in|on)|migrat\w+ (?:to|from)|in production|develop(?:ed|ing)? (?:in|with)|code ?base (?:is|in)|languages?\s*:|technolog(?:y|ies)\s*:|tools?\s*:|environment\s*:|frameworks?\s*:|experience (?:with|in|using)|knowledge of|familiar(?:ity)? with|proficien\w+ (?:in|with))/i;
const ASK = /\b(?:experience|experienced|background|knowledge|understanding|familiar(?:ity)?|expertise|expert|skills?|skilled|proficien\w*|strong|excellent|solid|good|deep|great|outstanding|exceptional|ability|able to|comfortable|passion(?:ate)? (?:for|about)|interest(?:ed)? in|you(?:'re| are| have| bring| know| thrive| enjoy| love| care)|must|required|requirements?|preferred|plus|bonus|ideally|degree|who (?:can|is|are|has|have)|looking for|seeking|need(?:s|ed)?|demonstrated|proven|track record|capable|fluent|fluency|command of|grasp of|willing(?:ness)?|eager|desire to|aptitude|mindset|attitude|self|take|taking|takes|show|shows|thrive|value|values|love|care about|focus(?:ed)? on)\b/i;
const ASK_AFTER = /^[\s,)]*(?:skills?|experience|expertise|background|knowledge|(?:is|are|would be) (?:a )?(?:must|plus|bonus|required|preferred|helpful|essential|key|important)|a (?:big |huge )?plus|required|preferred|is a must|mindset|abilities|ability|is key|is essential|(?:a )?must)\b/i;
const ROLE_CUE = /\b(?:you(?:'ll| will| would|'d)|work(?:ing)? on|build(?:ing)?|develop(?:ing)?|design(?:ing)?|apply(?:ing)?|improv(?:e|ing)|research(?:ing)?|lead(?:ing)?|own(?:ing)?|focus(?:ed|ing)? on|responsible for|involve[sd]?|with|using|our)\b/i;
const MENTION = /\b(?:customers?|clients?|brands?|partners?(?: with| like)?|partnered|partnerships? with|investors?|backers?|(?:backed|funded|used|trusted|loved|founded|led|started|acquired) by|competitors?|compet(?:e|es|ing) (?:with|against)|alternative to|alumni|ex-|formerly (?:at|of)|previously (?:at|of|worked)|came from|hail from|companies (?:like|such as|including)|(?:work(?:ed|s)?|worked) (?:at|for) (?:companies|places)|(?:is|are) (?:an?|the) (?:\w+[- ])*(?:company|startup|platform|marketplace|provider|leader|firm|agency|business|lab|studio))\b/gi;
const NEG_BEFORE = /\b(?:no|not|without|never|don't|do not|doesn't|does not|isn't|is not|no prior|zero)\s+(?:\w+\s+){0,2}$/i;
const NEG_AFTER = /^[\s,)]*(?:(?:experience |knowledge )?(?:is |are )?(?:not|isn't|aren't) (?:required|needed|necessary|a requirement)|(?:not|never) required)/i;
const ROLE_NOUN = /(?:manager|managers|engineer|engineers|designer|designers|scientist|scientists|analyst|analysts|architect|architects|lead|leads|owner|owners|master|masters|advocate|advocates|developer|developers|researcher|researchers|recruiter|recruiters|writer|writers)$/i;
const AS_ROLE = /\b(?:experience|background|worked|working|years?|time) (?:as|in the role of)\s+(?:an?\s+)?(?:\w+\s+){0,2}$/i;

/** Last index where MENTION matches in `before`, with the matched cue. */
function lastMention(before: string): [number, string] | null {
  MENTION.lastIndex = 0;
  let last: [number, string] | null = null;
  for (let m = MENTION.exec(before); m; m = MENTION.exec(before)) last = [m.index + m[0].length, m[0].toLowerCase()];
  return last;
}

export function decide(ev: Evidence): Decision {
  const { kind, zone, before, after } = ev;
  if (NEG_BEFORE.test(before) || NEG_AFTER.test(after)) return { keep: false, why: 'negation' };
  const stack = STACK.test(before);
  const ask = ASK.test(before) || ASK_AFTER.test(after);
  const mention = lastMention(before);
  if (mention) {
    const tail = before.slice(mention[0]);
    if (!STACK.test(tail) && !ASK.test(tail)) return { keep: false, why: `mention:${mention[1].replace(/\s+/g, ' ')}` };
  }
  const techLike = kind === 'tech' || kind === 'method';
  if (zone === 'legal') return { keep: false, why: 'zone:legal' };
  if (zone === 'benefits' || zone === 'apply') {
    if (techLike ? stack : ask && kind !== 'soft') return { keep: true, why: `zone:${zone}+${techLike ? 'stack' : 'ask'}-cue` };
    return { keep: false, why: `zone:${zone}` };
  }
  if (kind !== 'tech' && ROLE_NOUN.test(ev.surface) && /\s/.test(ev.surface.trim())) {
    if (AS_ROLE.test(before)) return { keep: true, why: 'role-title+experience-as' };
    return { keep: false, why: 'role-title' };
  }
  if (ev.generic) {
    if ((zone === 'requirements' || zone === 'nice_to_have') && ask) return { keep: true, why: `generic+${zone}+ask-cue` };
    return { keep: false, why: 'generic-area' };
  }
  if (techLike) {
    if (zone === 'company') {
      if (stack) return { keep: true, why: 'zone:company+stack-cue' };
      if (ev.inList) return { keep: true, why: 'zone:company+tech-list' };
      return { keep: false, why: 'zone:company' };
    }
    return { keep: true, why: ev.inList ? `zone:${zone}+tech-list` : `zone:${zone}` };
  }
  if (ev.industry) {
    if (ask && zone !== 'company') return { keep: true, why: `industry+ask-cue` };
    return { keep: false, why: 'industry-mention' };
  }
  if (zone === 'requirements' || zone === 'nice_to_have') return { keep: true, why: `zone:${zone}` };
  if (ask) return { keep: true, why: `zone:${zone}+ask-cue` };
  if (kind === 'domain' && (zone === 'role' || zone === 'header') && (zone === 'header' || ROLE_CUE.test(before) || ev.inList))
    return { keep: true, why: `zone:${zone}+${zone === 'header' ? 'title' : 'role-cue'}` };
  return { keep: false, why: `zone:${zone}` };
}

/** The before/after context of [start,end) inside its segment (prepared view). */
export function contextOf(view: string, seg: Segment | undefined, start: number, end: number): { before: string; after: string } {
  const a = Math.max(seg ? seg.start : 0, start - 120);
  const b = Math.min(seg ? seg.end : view.length, end + 80);
  return { before: view.slice(a, start), after: view.slice(end, b) };
}
