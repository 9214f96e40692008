/** What a decision reads about one candidate (decide.ts) and what it returns: its own file, so the rule files that
 * take an Evidence (area-work.ts, soft-duty.ts) do not import decide.ts, which imports them. */
import type { Kind } from './kinds.ts';
import type { Zone } from './zones.ts';
import type { CueWindow } from './cues.ts';

export interface Evidence {
  kind: Kind;
  zone: Zone;
  /** the last ~60 characters of the candidate's sentence before it, and up to 80 after it (prepared view) */
  before: string;
  after: string;
  /** unanchored cue families in the sentence window before the candidate (cues.ts; computed once per posting) */
  cues: CueWindow;
  surface: string;
  inList: boolean;
  industry: boolean;
  generic: boolean;
  /** a practice that is also a job title (DevOps, SRE, QA, UX, data science) */
  roleArea: boolean;
  /** a business department word (Sales, Accounting, Marketing): a header lists departments, not skills */
  department: boolean;
  /** inside the first `|` field of the header (the company's name) */
  inCompanyName: boolean;
  /** the surface is the company's name from the header's first field ("Zendesk | ..." then "Zendesk Explore") */
  isCompanyName?: boolean;
  /** the sentence is the company telling what it has or does (zones.ts 'company-voice'; zone is then 'company', or
   *  'requirements' for a technology, matcher.ts); the matcher computes it (and voicedOther) for the kinds that
   *  read it, domain and soft, and leaves it false for the others */
  companyVoice?: boolean;
  /** an 'other'-zone sentence told in the company's voice (company-voice.ts): its ask cues are the company's own */
  voicedOther?: boolean;
  /** the segment's text before the candidate, up to 300 chars (a long list's opening: role-lists.ts) */
  longBefore?: string;
  /** the text of the sentence up to the candidate (at most 80 chars) */
  sentenceStart?: string;
  /** false: the posting's view holds no dense-script character (cjk.ts isDense), so none of the Chinese cues
   *  can fire and they are not tried (the matcher knows it from its scan); undefined: tried */
  dense?: boolean;
}

export interface Decision {
  keep: boolean;
  why: string;
  /** another skill's id that the surface names in this context ("AI" among design tools: illustrator) */
  as?: string;
}
