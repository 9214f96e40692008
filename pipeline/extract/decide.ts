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
 *   drop role-title          a role noun ("data scientist", "tech lead"), "Head / Director / VP of <area>", a method
 *                            naming a role ("Design Systems Engineer"), without "experience as"
 *   tech/method: keep zone:<z> in header/role/requirements/nice_to_have/other;
 *                in company: keep stack-cue | list, else drop zone:company
 *   domain: keep in requirements/nice_to_have (or with an ask cue anywhere, or in role with a role cue);
 *           industry words (fintech, e-commerce, open source...) only with an ask cue; else drop zone:<z>
 *   soft:   drop soft-mention (a perk, an invitation, the company's leaders); keep what the company hires for or
 *           values (soft-frames.ts), in requirements/nice_to_have, with an ask cue, or the verb "own" in a person
 *           frame; else drop zone:<z>
 *   header: an area with a bracketed stack ("Backend (Golang)") is kept before the role-title drop
 */
import type { Segment } from './zones.ts';
import { cjkAskNear, cjkDecision, cjkWorkBefore } from './cjk-decide.ts';
import { CueFacts, zhAsk } from './cue-facts.ts';
import { maySpace } from './chars.ts';
import { mayClose, mayOpen } from './first-char.ts';
import { teamDescribesItself } from './team-voice.ts';
import { practiceBelieved, practiceVoiced } from './practice-voice.ts';
import { softFramed } from './soft-frames.ts';
import { areaWorked } from './area-work.ts';
import { personWho, softDuty } from './soft-duty.ts';
import { namesOtherRole } from './role-lists.ts';
import { techAreaTitled } from './tech-area-title.ts';
import { namesRoleTitle, restOfField } from './company-field.ts';
import { techWorldMention } from './tech-world.ts';
import { softCulture } from './soft-culture.ts';
import { companyExpertise } from './company-expertise.ts';
import { companySubject } from './company-subject.ts';
import { negatedWide } from './negation-wide.ts';
import { businessSubject } from './business-subject.ts';
import { cryptoAsCryptography } from './crypto-sense.ts';
import { softTeamTrait } from './soft-team-trait.ts';
import { industryVoiced } from './industry-voice.ts';
import { sharedHeadAfter } from './shared-head.ts';
import { departmentListed } from './department-list.ts';
import { softOffered } from './soft-offer.ts';
import { softWeClause } from './soft-we-clause.ts';
import { softSetting } from './soft-setting.ts';
import { titleWordsAfter } from './title-words.ts';
import { domainMission } from './domain-mission.ts';

import type { Decision, Evidence } from './evidence.ts';

export type { Decision, Evidence };

/** "experience in backend development", "backend experience": generic areas count only this close to an ask. */
const ASK_NEAR_BEFORE =
  /\b(?:experience|background|expertise|knowledge|skills?|proficien\w*|strong|solid|deep)\s+(?:in|with|of|building|doing)?\s*(?:\w+\s+){0,2}$/i;
const ASK_NEAR_AFTER =
  /^[\s-]*(?:development\s+|engineering\s+|programming\s+)?(?:experience|skills|expertise|background|knowledge)\b/i;
/** GitHub/GitLab as the place a profile or the code lives ("your GitHub profile", "our code on GitLab",
 *  "36k stars on GitHub"), not a tool the hire is asked to use ("we use GitHub", "experience with GitLab CI"). */
const CODE_HOST = /^(?:github|gitlab|bitbucket|sourcehut)$/i;
const HOST_PLACE_BEFORE = /\b(?:on|at|to|your|our|their|from|stars on|us on|find us on|link to(?: your| our| a)?)\s+$/i;
const HOST_PLACE_AFTER =
  /^(?:'s)?\s*(?:profiles?|accounts?|handles?|links?|pages?|repos?|repositor(?:y|ies)|usernames?|stars|orgs?|organi[sz]ations?|url|sponsors)\b|^\s*\(|^\s*[:/]\s*(?:https?:|github\.com|gitlab\.com)/i;
/** the work the hire does, right before a domain in the role zone: "Develop scalable systems", "developing novel algorithms" */
const WORK_BEFORE =
  /(?:^\s*|[-*•:;]\s*|\b\d{1,2}[.)]\s+|\b(?:we|you|to|and|will|'ll|can)\s+)(?:develop|developing|build|building|design|designing|write|writing|implement|implementing|maintain|maintaining|create|creating|architect|architecting|operate|operating|scale|scaling|manage|managing|optimi[sz]e|optimi[sz]ing),?\s+(?:[\w-]+,?\s+){0,5}$/i;
/** the hire working on it: "Day-to-day tasks include working on P2P networks, databases, cryptography", "you'll
 *  work on complex distributed systems", "opportunities to work on all areas of our product: databases, ..." */
const WORK_ON_BEFORE =
  /\b(?:you(?:'ll|’ll| will| would)?|to|will|'ll|include|includes|including)\s+(?:be\s+)?work(?:ing)? on\s+(?:[\w/&+-]+[,:]?\s+){0,6}$/i;
/** a soft skill that opens a list item or a sentence, the item itself being the ask or the duty:
 *  "- Collaborate with cross-functional teams", "-high self-motivation and team spirit", "Working independently ... is critical" */
const ITEM_START = /(?:(?:^|\s)[-*•·]\s*|[;]\s*|[.!?]\s+)(?:(?:high|strong|good|great|excellent|very)\s+)?$/i;
const SEGMENT_START = /^[\s*•·-]*(?:(?:high|strong|good|great|excellent|very)\s+)?$/i;
/** the hire is to own it: "hiring an engineer to own features end-to-end", "You'll own growth and partnerships end-to-end" */
const TO_OWN_BEFORE = /\b(?:to|will|'ll|you)\s+own\s+(?:[\w-]+\s+){0,4}$/i;
/** ... and a technology-typed practice (CI/CD, code review) right after it or in its comma list: "We do continuous
 *  integration, continuous deployments, code reviews, code pairings" (not "we do a lot of work for clients on AWS") */
const PRACTICE_LIST_BEFORE =
  /\bwe (?:do|practi[cs]e|follow|value|embrace|believe in)\s+(?:[\w-]+(?:\s+[\w-]+)?,\s+(?:(?:and|&)\s+)?){0,4}$/i;
/** the candidate closes its list item: "code reviews, ...", "TDD." (not "We do Big data analysis using AI") */
const LIST_ITEM_END = /^\s*(?:[,.;:!?)]|(?:and|or|&)\s|$)/i;
/** a bracketed stack right after an area in the header, closing its field or list item ("Backend (Java/Kotlin),") */
const HEADER_STACK_AFTER = /^\s*\((?=[^)|]*[A-Z])[^)|]{1,60}\)\s*(?:[|&,/;]|and\b|$)/;
/** the verb "own" / "owning" (ownership's person-frame aliases, rules.ts) and the frame right before it */
const OWN_VERB = /^own(?:ing)?$/i;
const OWN_FRAME_BEFORE =
  /\b(?:you(?:'ll|’ll| will| would|'d| can| get to)?|to|will|can|should|must|and|in|enjoys?|loves?|likes?)\s+$/i;
/** a way of working the team practises, said in the company text: "We do continuous integration, code reviews, ..." */
const PRACTICE_BEFORE = /\bwe (?:do|practi[cs]e|follow|value|embrace|believe in|rely on|work with)\b[^.!?]{0,60}$/i;
/** a soft-skill word that names a perk, not an ask: "Continuous Learning: Tuition Reimbursement", "Public speaking
 *  opportunities", "self-paced leadership development opportunities" */
const SOFT_PERK_AFTER =
  /^\s*:?\s*(?:development\s+)?(?:opportunit(?:y|ies)|budgets?|stipends?|reimbursements?|tuition|programs?|allowances?|courses?|workshops?)\b/i;
/** the company's leaders or leader roles, not the hire's leadership: "an experienced leadership team", "leadership roles" */
const LEADERS_AFTER = /^\s+(?:teams?\b|(?:roles|positions|openings)\s*(?::|in\b))/i;
/** the company's leaders or its standing, not the hire's leadership: "senior leadership", "company leadership
 *  listened", "Our leadership (including ...)", "expand our thought leadership" ("provide thought leadership" asks) */
const LEADERS_BEFORE = /\b(?:senior|executive|company(?:'s|’s)?|our(?:\s+thought)?)\s+$/i;
/** an invitation, not an ask: "Curious? Read more", "curious about joining the team", "Curious to see who ..."
 *  (a question only when the word opens it: "Are you driven and intellectually curious?" asks) */
const INVITE_QUESTION = /^\s*\?/;
const INVITE_AFTER =
  /^\s+(?:about\s+(?:us|our|joining|working (?:at|with|here)|what|the (?:role|position|job|team|company))|to (?:see|learn more|know more|find out|hear more)|(?:and|&)\s+(?:want|would like|'d like|wish)\s+to\s+(?:know|learn|hear|find out|see)\s+more)\b/i;
/** a soft alias that is the company's own clause, not an ask: "we're hiring engineers to help us ship", "many of our
 *  team work part-time" (not "you'll be hiring engineers", "great team work") */
const HIRING_CLAUSE_BEFORE = /\b(?:we(?:'re|’re| are)|is|are|currently|now|actively|also|still)\s+$/i;
const TEAM_WORK_VERB_AFTER = /^\s+(?:part[- ]time|full[- ]time|remotely|from|in (?:the|our|different|multiple))\b/i;
/** the company's own trait or process, not the hire's: "the lifeblood of our prioritization and decision making",
 *  "remain in control of our own decision making", "keep the product in its leadership position" ("their" is
 *  often the hire's: "using their creativity"; a team surface is the team the hire joins: "join our
 *  cross-functional teams", "help make our team work better") */
const OWNED_SOFT_BEFORE = /\b(?:our|its)\s+(?:own\s+)?(?:[\w-]+(?:ion|ing)\s+and\s+)?$/i;
/** the company guessing the reader's curiosity, not asking for it: "we thought you might be curious." */
const INVITE_BEFORE = /\b(?:might|may|could) be\s+$/i;
/** a role noun earlier in the header's first field: the field is a role title, not the company's name */
const ROLE_WORD_BEFORE = /\b(?:engineers?|developers?|programmers?|designers?|scientists?|architects?)\b/i;
/** "We're a Ruby on Rails shop", "with React on the frontend": the company's own stack, said after the name */
const STACK_AFTER = /^\s*(?:shop|house)\b|^\s+(?:on|for) (?:the|our) (?:front|back)[- ]?end\b/i;
/** a generic-area alias that is a verb phrase ("lead development", "lead the technical design") */
const LEAD_VERB = /^lead\b/i;
const TO_DO_BEFORE = /\b(?:to|will|you'll|can|should)\s+(?:help\s+)?$/i;
const EVENT_AFTER = /^[\s-]*(?:meetups?|conferences?|conf\b|community|communities|summit|user group|hackathon)/i;
/** the skill names an audience or a trade ("tools for public relations and communication professionals",
 *  "marketing and customer success professionals"): a kind of person, not a skill asked of the hire */
/** a trait asked of the hire ("proactive and experienced IT professionals", "self-driven professionals") */
const TRAIT_SURFACE = /(?:ive|ed|en|ous|ful)$/i;
const AUDIENCE_AFTER = /^(?:\s+(?:and|&)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s+professionals\b/i;
const NEG_BEFORE =
  /\b(?:no|not|without|never|don't|do not|doesn't|does not|isn't|is not|no prior|zero)\s+(?:[\w-]+\s+){0,3}$/i;
const NEG_AFTER =
  /^[\s,)]*(?:(?:experience |knowledge )?(?:is |are )?(?:not|isn't|aren't) (?:required|needed|necessary|a requirement)|(?:not|never) required)/i;
const ROLE_NOUN =
  /(?:manager|managers|engineer|engineers|designer|designers|scientist|scientists|analyst|analysts|architect|architects|lead|leads|owner|owners|master|masters|advocate|advocates|developer|developers|researcher|researchers|recruiter|recruiters|writer|writers|administrator|administrators|specialist|specialists|marketer|marketers)$/i;
/** (every ROLE_NOUN word ends in r, s, t, d or e) */
const roleNoun = (surface: string) => mayClose(surface, 'rstde') && ROLE_NOUN.test(surface);
/** a product named with a role noun: "Google Tag Manager", "AWS Secrets Manager", "Swift Package Manager", "Facebook
 *  Ads Manager", "Substance Designer" (a vendor's name first), "Secrets Manager" (no one's title) are tools, not people */
const PRODUCT_TITLE = /^(?:aws|amazon|google|facebook|meta|microsoft|azure|swift|substance|adobe|apple|secrets)\s/i;
const PRODUCT_AFTER =
  /^(?:-(?:driven|based|powered|first|native|enabled|focused|ready)\b|\s+(?:platforms?|tools?|software(?!\s+(?:engineers?|developers?|builders?))|products?|solutions?|company|companies|startups?(?! environments?)|apps?|services|ready|technology)\b)/i;
const ROLE_LIST_BEFORE =
  /(?:^|\n|[•*])\s*[-*•·]?\s*(?:(?:senior|sr\.?|lead|staff|principal|junior|jr\.?|medior|head of|director of)\s+)*(?:[\w.+#-]+\s*\/\s*)?$/i;
/** a company or product name: "Chef Robotics", "Unity Technologies", "Spark Capital" */
const NAME_AFTER =
  /^\s+(?:Robotics|Labs?|Inc\b\.?|Technologies|Systems|Health|Capital|Ventures|Group|Games|Studios?|Corp\b\.?|Ltd\b\.?|GmbH|LLC|Foundation|Partners|Therapeutics|Biosciences)\b/;
/** the specialty of a role named in the header ("Staff Software Engineer - Applied ML", "Research Engineers:
 *  Planning, Image Processing", "Machine Learning Engineer (Deep Learning)"), not a list of departments ("ML,
 *  Backend, Frontend roles") or the company's business ("E-learning platform for Math") */
const HEADER_SPECIALTY =
  /\b(?:engineers?|developers?|scientists?|researchers?|architects?|programmers?)\s*(?:[-–—:(]|\b(?:in|for|on|with)\b)[^|]{0,60}$/i;
/** an industry asked of the hire, the ask right before it ("experience in fintech", "knowledge of crypto markets,
 *  DeFi and smart contracts", "background in robotics or drones"), not a bare "expertise" / "knowledge" / "experience"
 *  elsewhere in company text ("we combine China expertise, OSINT, data and AI", "pairing physician experience with AI") */
const INDUSTRY_ASK_BEFORE =
  /\b(?:experience|experienced|background|knowledge|familiar(?:ity)?|expertise|understanding|worked|working|interest|exposure|domain knowledge)\s+(?:(?:and|or) [\w-]+\s+)?(?:in|with|of|about|on|within)\s+(?:(?:the|an?)\s+)?(?:[\w/&+.-]+,?\s+(?:(?:and|or|&)\s+)?){0,5}$/i;
/** a sentence that opens in the company's voice: "We have ...", "Our customers ...", "Imagine ..." */
const COMPANY_VOICE = /^\W*(?:we(?:'re|’re|'ve|’ve)?|our|imagine|(?:for )?the past \d+ years,? we)\b/i;
/** ... unless the sentence turns to the hire: "We're looking for engineers experienced in ... cryptocurrencies" */
const HIRE_IN_SENTENCE =
  /\b(?:looking for|seeking|hiring|responsible for|experience[ds]?|you(?:'ll|’ll|r)?|candidates?)\b/i;
/** the industries a product serves, listed after "industries like" (not "experience in industries like fintech") */
const INDUSTRIES_LIKE_BEFORE =
  /\b(?:industries|sectors|verticals|markets)\s+(?:like|such as|including|from)\s+(?:[\w&-]+,?\s+(?:(?:and|or|&)\s+)?){0,4}$/i;
const INDUSTRY_ASK_AFTER =
  /^[\s-]*(?:(?:domain|industry|space|sector|market)\s+)?(?:experience|knowledge|expertise|background)\b/i;
/** a business tool the hire works on: "Salesforce developer", "Twilio and Zoom APIs", "a Sharepoint specialist",
 *  "Business Analyst SAP" */
const TOOL_WORK_AFTER =
  /^(?:\s+(?:and|or|\/)\s+[\w.]+)?\s*(?:apis?|sdks?|integrations?|experts?|specialists?|admin\w*|developers?|engineers?|consultants?|plugins?|apps? development)\b/i;
const TOOL_ROLE_BEFORE =
  /\b(?:analysts?|developers?|engineers?|specialists?|admins?|administrators?|consultants?)\s+$/i;
/** the header field around a candidate ("| Android, iOS, Geospatial, Vue, Go |") names roles or departments, not a stack */
const HEADER_ROLE_WORD =
  /\b(?:engineers?|engineering|developers?|roles?|positions?|designers?|design|managers?|scientists?|analysts?|leads?|marketing|sales|product|operations|pm|sre|devops|ux|qa|interns?|instructors?|teachers?|and more|&more)\b/i;
const headerFieldNamesRoles = (before: string, after: string) =>
  HEADER_ROLE_WORD.test(`${before.split('|').pop() ?? ''} ${after.split('|')[0] ?? ''}`);
/** "| English fluency required |", "| Maths background |": the header field asks for it */
const HEADER_ASK_AFTER = /^\s*(?:fluency|fluent|proficiency|background|skills?|experience|required|a must)\b/i;
/** "You take ownership", "You'll be hiring": a sentence that addresses the candidate right before the skill */
const YOU_BEFORE = /(?:^|[.!?:]\s+|\n\s*)\W*you(?:'ll| will| would|'d)?\s+(?:\w+\s+){0,3}$/i;
/** a role noun right after the area: "backend engineers", "the data team", "a DevOps person", "UX people", "SRE folks" */
const ROLE_AFTER =
  /^(?:'s)?(?:\s*[/&,]\s*[\w.+#-]+)*[\s-]*(?:(?:software|senior|sr\.?|staff|lead|principal|application|applications|systems?)\s+)*(?:engineers?|engineering (?:manager|lead)|developers?|designers?|managers?|leads?|admins?|administrators?|analysts?|scientists?|specialists?|architects?|testers?|researchers?|interns?|consultants?|directors?|roles?|positions?|openings?|teams?|person|people|folks)\b/i;
/** the last "and / or <area>" of a coordinated role list, so that ROLE_AFTER sees "frontend, backend, generalist,
 *  and sales engineers", "machine learning and backend engineers" (not for the tech role areas DevOps / QA / SRE, whose
 *  "DevOps and Data Engineer" the annotators count as asked) */
const AND_HEAD = String.raw`^((?:\s*[/&,]\s*[\w.+#-]+)*),?\s+(?:and|or)\s+`;
const NOT_AREA = 'an?|also|related|similar|their|our|the|its|his|her|other|improving|building';
const AND_ROLE = new RegExp(String.raw`${AND_HEAD}(?!(?:${NOT_AREA})\b)[\w.+#-]+(?=[\s-])`, 'i');
/** the same with a two-word last area: "our data science and machine learning team" (not "... and we need engineers") */
const AND_ROLE2 = new RegExp(
  String.raw`${AND_HEAD}(?!(?:${NOT_AREA}|we|you|they|i|it)\b)[\w.+#-]+\s+(?!(?:with|to|for|of|in|on|at|the|our|an?|and|or|who|that|will|can)\b)[\w.+#-]+(?=[\s-])`,
  'i',
);
/** an ask noun right before: "experience building distributed systems and front-end engineers" (not "strong", which
 *  qualifies the role: "strong frontend, backend and sales engineers") */
const ASK_NOUN_BEFORE =
  /\b(?:experience|background|expertise|knowledge|skills?|proficien\w*)\s+(?:(?:in|with|of)\s+)?(?:\w+\s+){0,2}$/i;
/** a leader's title before the area: "Head of Data Science", "head of Growth Marketing", "Director of Product Design" */
const HEAD_OF_BEFORE = /\b(?:head|director|directors|vp|svp|evp|vice president|chief)\s+of\s+$/i;
/** a method naming a person's role ("Design Systems Engineer", "C++ 3D Modeling Engineer:", "Serverless Developer"),
 *  not the team's way of working ("agile teams", "an API design team") */
const METHOD_ROLE_AFTER =
  /^(?:\s*\/\s*[\w.+#-]+(?:\s+(?!(?:that|which|who|our|their|the|an?|and|or|for|to|with|of|we|you|can|will)\b)[\w.+#-]+){0,2})?[\s-]*(?:(?:software|senior|sr\.?|staff|lead|principal)\s+)*(?:engineers?|developers?|designers?|architects?|specialists?|consultants?|researchers?|coach(?:es)?|leads?(?!\s+(?:to|the|an?|our|by|with|and|in|on|for)\b))\b/i;
/** "level design" as the tail of "high-level design" / "low-level design" (system design, not game levels) */
const LEVEL_COMPOUND_BEFORE = /\b(?:high|low|top|mid|entry|senior|upper|lower)-$/i;
const LEVEL_SURFACE = /^level\b/i;
const AS_ROLE =
  /\b(?:experience|background|worked|working|years?|time) (?:as|in the role of)\s+(?:an?\s+)?(?:\w+\s+){0,2}$/i;
/** "<Name> is a ..." / "We are a ..." at the start of the sentence: the company describing itself. */
const SELF_DESCRIPTION =
  /^\W*(?:(?:at\s+)?(?!(?:you|your|if|this|that|these|those|there|here|he|she|they|i|what|who|which|when|where|why|how|ideal|the (?:role|position|job|ideal|right|successful|perfect|candidate|person|work|team you)|(?:our|an?) (?:ideal|right|successful|perfect|next|new) (?:candidate|hire|person|engineer|developer|teammate|colleague))\b)[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?:\s+\([^)]{1,60}\))?\s+(?:(?:is|are)\s+(?:an?|the|building|creating|making|developing|on a mission)\b|(?:helps|provides|enables|makes|builds|offers|develops|creates|powers|automates|lets|gives)\b)|we(?:'re|’re| are)\s+(?:an?|the|building|creating|making|developing|working on|on a mission)\b|it(?:'s|’s| is)\s+(?:an?|the)\b|our (?:mission|company|platform|product|customers))/i;

/** A role title rather than a skill: a role noun surface ("Product Manager", "data scientists"), an area followed by
 *  Engineer/Developer/team ("DevOps Engineer", "ML roles") or after "Head of" ("Director of Product Design"), a method
 *  followed by a person's role noun ("Design Systems Engineer"), a role area in the header or opening a role-list item. */
/** "algorithms on FPGAs", "running on GPUs": a plural acronym after these is the hardware, not people ("SREs") */
const ON_DEVICE_BEFORE = /\b(?:on|onto|using|targeting)\s+$/i;

/** a list item that is only a role title and its link: "Senior UX Research | https://...", "https://... Director
 *  Product Design https://..." (a seniority or leader word opens the item, a link or a `|` ends it; the prepared
 *  view has blanked the links to runs of spaces, prepare.ts) */
const TITLE_ITEM_BEFORE =
  /(?:^|\n|[•*|]| {8})\s*[-*•·]?\s*(?:(?:senior|sr\.?|lead|staff|principal|junior|jr\.?|associate|head of|director(?: of)?|vp(?: of)?)\s+)+$/i;
const TITLE_ITEM_AFTER = /^\s*(?:[:–—-]\s*)?(?:\||$)|^\s*(?:[:–—-]\s*)? {8}/;

/** a list of the openings or departments hired for, each item a role or a department: "MANY OTHER OPENINGS: sales,
 *  marketing, content strategy, project management", "Recruiting across the business - including Frontend, Backend
 *  and Fullstack Engineering, UX Design, Digital Design" (the items follow the cue with nothing but list marks) */
const OPENINGS_LIST_BEFORE =
  /\b(?:openings|open (?:roles|positions)|positions|vacancies|recruiting (?:across|for)(?: the)?(?: [\w-]+)?|hiring (?:across|for)(?: the)?(?: [\w-]+)?|other roles)\s*(?:[-:–—(]\s*)?(?:including\s+)?(?:[\w/&+ -]{1,40},\s*){0,8}(?:(?:and|&)\s+)?$/i;

/** The sentence up to the candidate: all of it when it is short (sentenceStart holds at most 80 characters), else
 *  its last 60 characters. */
const sentenceUpTo = (ev: Evidence): string =>
  ev.sentenceStart !== undefined && ev.sentenceStart.length < 80 ? ev.sentenceStart : ev.before;

function roleTitled(ev: Evidence): boolean {
  const people =
    (roleNoun(ev.surface) &&
      /\s/.test(ev.surface.trim()) &&
      !/^\w+ing\b/i.test(ev.surface) &&
      !PRODUCT_TITLE.test(ev.surface)) ||
    (ev.roleArea && /^[A-Z]{2,}s$/.test(ev.surface) && !ON_DEVICE_BEFORE.test(ev.before));
  const areaLike = ev.roleArea || ev.generic || ev.kind === 'domain';
  return (
    people ||
    (areaLike && (ROLE_AFTER.test(ev.after) || HEAD_OF_BEFORE.test(ev.before))) ||
    (areaLike &&
      !(ev.roleArea && ev.kind === 'tech') &&
      !ASK_NOUN_BEFORE.test(ev.before) &&
      (ROLE_AFTER.test(ev.after.replace(AND_ROLE, ' ')) || ROLE_AFTER.test(ev.after.replace(AND_ROLE2, ' ')))) ||
    (ev.kind === 'method' && METHOD_ROLE_AFTER.test(ev.after) && !ASK_NEAR_BEFORE.test(ev.before)) ||
    (ev.kind !== 'tech' && ev.zone !== 'requirements' && OPENINGS_LIST_BEFORE.test(sentenceUpTo(ev))) ||
    (ev.kind !== 'tech' &&
      (ev.zone === 'other' || ev.zone === 'header') &&
      TITLE_ITEM_BEFORE.test(ev.before) &&
      TITLE_ITEM_AFTER.test(ev.after)) ||
    (ev.roleArea && (ev.zone === 'header' || (ev.zone === 'other' && ROLE_LIST_BEFORE.test(ev.before))))
  );
}

/** An ask right next to the skill: "experience in backend development", "a background in X", "X experience". */
const askedNear = (ev: Evidence) => ASK_NEAR_BEFORE.test(ev.before) || ASK_NEAR_AFTER.test(ev.after) || zhAskNear(ev);
/** The Chinese cues of cjk.ts, skipped when the posting has no dense-script character (they need one). */
const zhAskNear = (ev: Evidence) => ev.dense !== false && cjkAskNear(ev.before, ev.after);

/** The last character may be white space (every \s, and a few more): NEG_BEFORE's match ends with `\s+$`, so
 *  without one the regex (tried from every position of the 60 characters) cannot match. */
const endsWithSpace = (s: string): boolean => maySpace(s.charCodeAt(s.length - 1));

/** time or room to work on something offered to the hire: "Time off to work on OSS", "opportunities to contribute
 *  to open-source projects" (a perk, not the stack the hire will use) */
const PERK_WORK_BEFORE =
  /\b(?:time|days?|hours?|opportunit(?:y|ies)|encouraged|encouragement|freedom|budget)\b[^.;:!?\n]{0,40}\b(?:work(?:ing)? on|contribut(?:e|ing) (?:back )?to)\s+(?:\w+\s+)?$/i;

/** a perk that gives time or money for something, not an ask: "We have dedicated time for self-improvement,
 *  blogging, talks", "a yearly budget for conferences and mentoring" */
const PERK_FOR_BEFORE =
  /\b(?:(?:dedicated|paid|free|set[- ]aside|allotted|protected) time|time off|(?:learning |education |training |yearly |annual )?budgets?|stipends?|allowances?)\s+(?:for|to spend on)\b[^.;:!?\n]{0,40}$/i;

/** a soft verb phrase ending in its preposition ("collaborate with", "collaborating across"): what follows is who */
const VERB_WITH = /^(?:collaborat|work|partner)\w*\s+(?:\w+\s+)?(?:with|across)$/i;

const selfDescribedAt = (ev: Evidence) => ev.sentenceStart !== undefined && SELF_DESCRIPTION.test(ev.sentenceStart);

export function decide(ev: Evidence): Decision {
  const { kind, zone, before, after } = ev;
  if ((endsWithSpace(before) && NEG_BEFORE.test(before)) || (mayOpen(after, 'ekian', ',)') && NEG_AFTER.test(after)))
    return { keep: false, why: 'negation' };
  // a negated ask further away (negation-wide.ts): "You do not need to have any previous experience in X" (domain /
  // soft: a technology there is often the stack named anyway, "you don't need to know Go, we'll teach you")
  if ((kind === 'domain' || kind === 'soft') && negatedWide(before, after)) return { keep: false, why: 'negation' };
  if (mayOpen(ev.surface, 'l') && LEVEL_SURFACE.test(ev.surface) && LEVEL_COMPOUND_BEFORE.test(before))
    return { keep: false, why: 'compound-word' };
  const zh = cjkDecision(ev); // cjk.ts: Chinese surfaces outside company/benefits/apply/legal zones
  if (zh) return zh;
  // the header's first field is the company's name, unless it names a role ("Sr. Software Engineer, Platform (Ruby,
  // Go, Kafka) | Remote | ...", "C# Software Engineer | ...", company-field.ts): then its skills are the role's
  if (
    (zone === 'header' &&
      ev.inCompanyName &&
      !ROLE_WORD_BEFORE.test(before) &&
      !namesRoleTitle(`${before} ${restOfField(after)}`)) ||
    ev.isCompanyName
  )
    return { keep: false, why: 'company-name' };
  const { cues } = ev;
  // the cue facts below are read by few rules: each is computed when first read (cue-facts.ts)
  const facts = new CueFacts(ev);
  const mention = cues.lastMention(80);
  if (mention !== null) return { keep: false, why: `mention:${mention}` };
  // the team's former employers, the product's integrations, the customers' platforms (tech-world.ts)
  const world = kind === 'tech' ? techWorldMention((ev.longBefore ?? before).slice(-160), zone) : null;
  if (world !== null) return { keep: false, why: world };
  if (mayOpen(after, 'mcsuh', '-') && EVENT_AFTER.test(after)) return { keep: false, why: 'mention:event' };
  // the team describing what it already has ("We're a small team with deep experience in distributed systems"),
  // not a way of working the hire joins ("As a team we practise TDD", "we use microservices")
  if (
    kind !== 'tech' &&
    !(kind === 'method' && (facts.stack() || PRACTICE_BEFORE.test(before))) &&
    !practiceVoiced(kind, ev.surface, before, after) &&
    teamDescribesItself(ev.sentenceStart, before, after)
  )
    return { keep: false, why: 'mention:team' };
  if (mayOpen(after, '') && AUDIENCE_AFTER.test(after) && !TRAIT_SURFACE.test(ev.surface))
    return { keep: false, why: 'mention:audience' };
  const techLike = kind === 'tech' || kind === 'method';
  if ((kind === 'domain' || kind === 'soft') && PERK_FOR_BEFORE.test(before)) return { keep: false, why: 'perk' };
  if (zone === 'legal') return { keep: false, why: 'zone:legal' };
  if (zone === 'benefits' || zone === 'apply') {
    // (a method offered as a perk is no stack: "time off to work on OSS", "opportunities to work on open-source
    // projects", with "Technologies: ..." or "Our stack: ..." right after)
    if (techLike && facts.stack() && !(kind === 'method' && PERK_WORK_BEFORE.test(before)))
      return { keep: true, why: `zone:${zone}+stack-cue` };
    // a domain skill here is asked only right next to the ask ("a background in data science is welcome"),
    // never as the role applied for ("email us with 'Full-Stack Engineer'", "Experienced Backend Engineer: <link>")
    if (!techLike && facts.strong() && kind !== 'soft' && !roleTitled(ev) && askedNear(ev))
      return { keep: true, why: `zone:${zone}+ask-cue` };
    return { keep: false, why: `zone:${zone}` };
  }
  // the company telling what it has or does (zones.ts 'company-voice', company-voice.ts): its ask words ("deep
  // expertise in", "strong background in") are its own, so a domain or soft skill there is no ask (a trait it says it
  // hires for still is, soft-frames.ts: "we are hiring curious engineers")
  if ((kind === 'domain' || kind === 'soft') && ev.companyVoice && !(kind === 'soft' && softFramed(before)))
    return { keep: false, why: 'zone:company-voice' };
  // "crypto" for cryptography, not the Blockchain alias (crypto-sense.ts): "public key crypto", "crypto libraries"
  if (cryptoAsCryptography(ev.surface, before, after)) return { keep: false, why: 'sense:crypto-cryptography' };
  // the company's business or product told with its name, its customers or "we enable ..." as subject
  // (business-subject.ts): "FlowCrypt does PGP email encryption", "Customers use it for ML and HPC clusters"
  if (
    (kind === 'domain' || kind === 'soft') &&
    zone !== 'header' &&
    businessSubject(ev.sentenceStart, before, after) &&
    !(kind === 'soft' && softFramed(before))
  )
    return { keep: false, why: 'mention:business' };
  if (mayOpen(after, '') && NAME_AFTER.test(after)) return { keep: false, why: 'name' };
  if (
    mayOpen(ev.surface, 'gbs') &&
    CODE_HOST.test(ev.surface) &&
    (HOST_PLACE_BEFORE.test(before) || HOST_PLACE_AFTER.test(after)) &&
    !facts.strong()
  )
    return { keep: false, why: 'code-host' };
  // a kind of work the header pairs with its stack: "Backend (Java/Kotlin), Mobile (Kotlin)", "Backend (Golang) &
  // Frontend (React/TS)", "Frontend (Angular) | Mobile (React)": the opening's name, its stack the hire's (the
  // technologies stay skills); the kind of work named only as that title is context_only (LABELING.md, batches E/F
  // reviewed: domprec2 round, 4 of 5 such tune-half header areas labelled context_only), kept only where the body
  // asks it (not a role noun: "Data Scientist (NLP)", "Engineering Manager (Backend)" stay role titles)
  if (
    zone === 'header' &&
    (ev.generic || kind === 'domain') &&
    !ev.department &&
    !roleNoun(ev.surface) &&
    HEADER_STACK_AFTER.test(after)
  )
    return { keep: false, why: 'role-title:header-area' };
  if (roleTitled(ev)) {
    if (AS_ROLE.test(before)) return { keep: true, why: 'role-title+experience-as' };
    return { keep: false, why: 'role-title' };
  }
  // a tech kind of work named only as an opening, a person or a list heading (tech-area-title.ts): "Open roles: ..., SRE"
  const areaTitle = techAreaTitled(ev);
  if (areaTitle !== null) return { keep: false, why: areaTitle };
  // another role, team or department named beside the hire's (role-lists.ts): "* Data Scientist * ML Engineering",
  // "Head of Marketing & Social Media", "working closely with product management, mechanical engineering"
  if ((kind === 'domain' || ev.generic) && kind !== 'tech' && !AS_ROLE.test(before)) {
    const other = namesOtherRole(before, after, zone, ev.longBefore);
    if (other !== null) return { keep: false, why: other };
    // the company's own expertise (company-expertise.ts): "MedSec leverages its cybersecurity expertise"
    if (companyExpertise(before, after)) return { keep: false, why: 'mention:company-expertise' };
    // the departments hired in, listed beside it (department-list.ts): "hiring ... data science, design or product management"
    if (kind === 'domain' && zone !== 'header' && departmentListed(ev.sentenceStart, before, after, ev.longBefore))
      return { keep: false, why: 'role-list:departments' };
    // a title-case role title (title-words.ts), the company's mission (domain-mission.ts)
    if (kind === 'domain' && titleWordsAfter(after)) return { keep: false, why: 'role-title:title-words' };
    if (kind === 'domain' && domainMission(before, after)) return { keep: false, why: 'mention:mission' };
  }
  if (ev.generic) {
    if (askedNear(ev)) return { keep: true, why: 'generic+ask-cue' };
    // listed among the skills a requirements list asks for: "design patterns, coding practices, CI/CD"
    if ((zone === 'requirements' || zone === 'nice_to_have') && ev.inList && !ev.roleArea)
      return { keep: true, why: `generic+${zone}-list` };
    // a practice asked in the requirements: "Attention to the quality and readability of your code" (a practice is
    // no opening's name, unlike "full stack Sr. Software Engineer")
    if ((zone === 'requirements' || zone === 'nice_to_have') && kind === 'method' && !ROLE_NOUN.test(ev.surface))
      return { keep: true, why: `generic+${zone}-practice` };
    // the kind of work the hire does, not a title (area-work.ts): "working across backend, frontend, and mobile"
    if (zone !== 'company' && !selfDescribedAt(ev)) {
      const worked = areaWorked(ev);
      if (worked) return { keep: true, why: worked };
    }
    // the applications the hire builds: "5+ years developing web applications", "- Develop and maintain web apps"
    if (
      (/\bapp(?:lication)?s?$/i.test(ev.surface) || /^app/.test(sharedHeadAfter(after) ?? '')) &&
      zone !== 'company' &&
      !selfDescribedAt(ev) &&
      WORK_BEFORE.test(before)
    )
      return { keep: true, why: 'generic+work-verb' };
    // a verb-phrase alias the hire is asked to do: "looking for an engineer to lead development of ..."
    if (LEAD_VERB.test(ev.surface) && TO_DO_BEFORE.test(before) && (facts.ask() || cues.has('roleCue')))
      return { keep: true, why: 'generic+to-do' };
    return { keep: false, why: 'generic-area' };
  }
  const selfDescribed = selfDescribedAt(ev);
  // the thing the hire builds: "- build scalable backend infrastructure", "Design, build and maintain scalable software"
  if (kind === 'domain' && !ev.industry && !selfDescribed && zone !== 'company' && WORK_BEFORE.test(before))
    return { keep: true, why: `zone:${zone}+work-verb` };
  // ... unless asked right before it: "deep understanding of blockchain technology", "experience with AI services"
  // (not a verb phrase ending in its preposition: "Collaborate with product owners, designers" names people)
  if (
    kind !== 'tech' &&
    PRODUCT_AFTER.test(after) &&
    !ASK_NEAR_BEFORE.test(before) &&
    !OWN_VERB.test(ev.surface) &&
    !VERB_WITH.test(ev.surface)
  )
    return { keep: false, why: 'product-noun' };
  if (techLike && !(ev.industry && kind === 'method')) {
    if (zone === 'company' || selfDescribed) {
      if (facts.stack() || STACK_AFTER.test(after))
        return { keep: true, why: `${zone === 'company' ? 'zone:company' : 'self-description'}+stack-cue` };
      if (ev.inList)
        return { keep: true, why: `${zone === 'company' ? 'zone:company' : 'self-description'}+tech-list` };
      if (
        (kind === 'method' && PRACTICE_BEFORE.test(before)) ||
        (kind === 'tech' && PRACTICE_LIST_BEFORE.test(before) && LIST_ITEM_END.test(after)) ||
        // the team's way of working (practice-voice.ts): "strong DevOps culture", "Agile is how we work here"
        practiceVoiced(kind, ev.surface, before, after)
      )
        return { keep: true, why: `${zone === 'company' ? 'zone:company' : 'self-description'}+practice` };
      return { keep: false, why: zone === 'company' ? 'zone:company' : 'self-description' };
    }
    // a business tool named in prose without a stack or ask cue is the company's or the customers' world, not the
    // hire's stack: "powered by email and spreadsheets", "check out our YouTube channel", "we update Salesforce for you"
    if (
      kind === 'tech' &&
      ev.department &&
      !ev.inList &&
      !facts.stack() &&
      !facts.strong() &&
      zone !== 'requirements' &&
      zone !== 'nice_to_have' &&
      !ROLE_AFTER.test(after) &&
      !TOOL_WORK_AFTER.test(after) &&
      !TOOL_ROLE_BEFORE.test(before) &&
      !WORK_BEFORE.test(before) &&
      // a Chinese duty on it (负责 CEX 品牌在 Twitter、Facebook 的运营, 开发Telegram群组数据抓取系统)
      !(zone === 'role' && ev.dense !== false && cjkWorkBefore(before))
    )
      return { keep: false, why: 'business-tool-mention' };
    return { keep: true, why: ev.inList ? `zone:${zone}+tech-list` : `zone:${zone}` };
  }
  if (ev.industry) {
    // the requirements zone alone does not make the company's own business an ask: a sentence told in the
    // company's voice ("We have customers in ... AI", "We've been serving users in Web3", "Imagine an AI assistant")
    // with no ask cue in it
    // the industries a product serves: "revolutionize industries like aerospace, defense, automotive"
    if (INDUSTRIES_LIKE_BEFORE.test(before) && !INDUSTRY_ASK_BEFORE.test(before))
      return { keep: false, why: 'industry-mention' };
    // an item of the hire's stack list: "Our stack includes LiDAR, Vision, SLAM, and Rust"
    if (facts.stack() && ev.inList && zone !== 'company' && !selfDescribedAt(ev))
      return { keep: true, why: 'industry+stack-list' };
    // the team's belief in a practice (practice-voice.ts): "we are firm believers in open source"
    if (kind === 'method' && practiceBelieved(before)) return { keep: true, why: 'industry+practice' };
    // a clause in the company's voice, no turn to the hire (industry-voice.ts): "the cutting edge of using AI"
    if (kind === 'domain' && industryVoiced(before, ev.longBefore ?? before, after))
      return { keep: false, why: 'industry-voice' };
    if (
      (zone === 'requirements' || zone === 'nice_to_have') &&
      !facts.ask() &&
      !cues.has('askIndustry') &&
      !cues.has('askWeak') &&
      !facts.stack() &&
      !ev.inList &&
      !WORK_BEFORE.test(before) &&
      !/\b(?:work(?:s|ing)? (?:with|on)|such as|like)\s+(?:the\s+)?$/i.test(before) &&
      ev.sentenceStart !== undefined &&
      // (or the company named as the subject: "SpinDance, a leader in custom IoT software", company-subject.ts)
      (COMPANY_VOICE.test(ev.sentenceStart) || companySubject(ev.sentenceStart)) &&
      !HIRE_IN_SENTENCE.test(ev.sentenceStart)
    )
      return { keep: false, why: 'industry-mention' };
    if (
      (zone === 'requirements' ||
        zone === 'nice_to_have' ||
        (cues.has('askIndustry') && (INDUSTRY_ASK_BEFORE.test(before) || INDUSTRY_ASK_AFTER.test(after))) ||
        zhAsk(ev)) &&
      zone !== 'company' &&
      !selfDescribed
    )
      return { keep: true, why: 'industry+ask-cue' };
    // a Chinese duty on it, as for a domain name (支持 BTC、ETH、TRON 等公链: TRON is kept, so are BTC and ETH)
    if (zone === 'role' && ev.dense !== false && cjkWorkBefore(before))
      return { keep: true, why: 'industry+work-verb' };
    return { keep: false, why: 'industry-mention' };
  }
  const softMention =
    kind === 'soft' &&
    (SOFT_PERK_AFTER.test(after) ||
      INVITE_AFTER.test(after) ||
      (INVITE_BEFORE.test(before) && /^\s*[.!]/.test(after)) ||
      (/^hiring\b/i.test(ev.surface) && HIRING_CLAUSE_BEFORE.test(before)) ||
      (/^team work$/i.test(ev.surface) && TEAM_WORK_VERB_AFTER.test(after)) ||
      (OWNED_SOFT_BEFORE.test(before) && !/team/i.test(ev.surface) && !/\bown(?:s|ing)?\s+\w+\s+$/i.test(before)) ||
      (INVITE_QUESTION.test(after) && (ITEM_START.test(before) || SEGMENT_START.test(before))) ||
      (/leadership$/i.test(ev.surface) && (LEADERS_AFTER.test(after) || LEADERS_BEFORE.test(before))) ||
      // the company's or team's culture (soft-culture.ts): "Our engineering values include ...", "Our team is humble"
      softCulture(ev.sentenceStart, before, after, ev.surface) ||
      // the team the hire joins (soft-team-trait.ts): "join a collaborative, fun and hardworking team"
      softTeamTrait(ev.surface, before, after) ||
      // offered to the hire (soft-offer.ts), the company's own practice (soft-we-clause.ts)
      softOffered(ev.surface, before) ||
      softWeClause(ev.sentenceStart, before, after, ev.surface) ||
      softSetting(ev.surface, before, after));
  // a trait the company hires for or values, said in its own voice (soft-frames.ts): "We are a small agile team who
  // value communication, learning, teamwork", "We are hiring fast learners", "Most important characteristics are
  // resilience, work ethic, and curiosity"
  if (kind === 'soft' && !softMention && softFramed(before)) return { keep: true, why: `zone:${zone}+soft-frame` };
  if (selfDescribed && !facts.strong()) return { keep: false, why: 'self-description' };
  if (softMention) return { keep: false, why: 'soft-mention' };
  if (zone === 'requirements' || zone === 'nice_to_have') return { keep: true, why: `zone:${zone}` };
  // (not the company's own words in a sentence told in its voice: "We utilize strong end-to-end encryption",
  // "LightStep makes understanding distributed systems simpler", company-voice.ts)
  if ((kind === 'domain' || kind === 'soft') && ev.voicedOther && facts.ask())
    return { keep: false, why: 'zone:company-voice' };
  if (facts.ask()) return { keep: true, why: `zone:${zone}+ask-cue` };
  if (YOU_BEFORE.test(before)) return { keep: true, why: `zone:${zone}+you-cue` };
  if (kind === 'soft' && zone === 'other' && cues.has('askWeak')) return { keep: true, why: 'zone:other+ask-cue' };
  if (kind === 'soft' && (zone === 'role' || zone === 'other') && TO_OWN_BEFORE.test(before))
    return { keep: true, why: `zone:${zone}+to-own` };
  // the verb itself in a person frame (rules.ts 'ownership/own'): "an engineer who will own and lead the roadmap",
  // "We expect the candidate to come and own the frontend", "As you own the code, ..."
  // (not the company's "and own": "We're well-funded, well-connected, and own a labeled set of brain data")
  if (
    kind === 'soft' &&
    OWN_VERB.test(ev.surface) &&
    OWN_FRAME_BEFORE.test(before) &&
    !(
      /\band\s+$/i.test(before) &&
      ev.sentenceStart !== undefined &&
      COMPANY_VOICE.test(ev.sentenceStart) &&
      !HIRE_IN_SENTENCE.test(ev.sentenceStart)
    )
  )
    return { keep: true, why: `zone:${zone}+own-verb` };
  if (
    kind === 'soft' &&
    (zone === 'other' || zone === 'role') &&
    (ITEM_START.test(before) || (before.length < 60 && SEGMENT_START.test(before)))
  )
    return { keep: true, why: `zone:${zone}+item-start` };
  // a verb-phrase soft skill the hire is to do (soft-duty.ts): "you will collaborate with", "by collaborating across"
  if (kind === 'soft' && (zone === 'other' || zone === 'role') && softDuty(ev))
    return { keep: true, why: `zone:${zone}+duty` };
  if (kind === 'soft' && (zone === 'other' || zone === 'role' || zone === 'company') && personWho(before))
    return { keep: true, why: `zone:${zone}+person-who` };
  if (
    kind === 'domain' &&
    zone === 'header' &&
    !ev.department &&
    (HEADER_SPECIALTY.test(before) ||
      HEADER_ASK_AFTER.test(after) ||
      (ev.inList && !headerFieldNamesRoles(before, after)))
  )
    return { keep: true, why: 'zone:header+specialty' };
  if (kind === 'domain' && zone === 'role' && (cues.has('roleCue') || ev.inList))
    return { keep: true, why: 'zone:role+role-cue' };
  if (
    kind === 'domain' &&
    zone === 'role' &&
    (WORK_BEFORE.test(before) || WORK_ON_BEFORE.test(before) || (ev.dense !== false && cjkWorkBefore(before)))
  )
    return { keep: true, why: 'zone:role+work-verb' };
  return { keep: false, why: `zone:${zone}` };
}

/** The before/after context of [start,end) inside its segment (prepared view). */
export function contextOf(
  view: string,
  seg: Segment | undefined,
  start: number,
  end: number,
): {
  before: string;
  after: string;
  sentenceStart: string;
  inCompanyName: boolean;
  windowStart: number;
  longBefore: string;
} {
  const s0 = seg ? seg.start : 0;
  const a = Math.max(s0, start - 60);
  const b = Math.min(seg ? seg.end : view.length, end + 80);
  const lead = view.slice(s0, Math.min(start, s0 + 400));
  // in the header line, the sentence is the current `|` field ("Squint | SF | Squint is a mobile app that uses AI")
  const field = seg?.zone === 'header' ? lead.slice(lead.lastIndexOf('|') + 1) : lead;
  return {
    before: view.slice(a, start),
    after: view.slice(end, b),
    sentenceStart: field.slice(0, 80),
    inCompanyName: seg?.zone === 'header' && !lead.includes('|'),
    windowStart: Math.max(s0, start - 120),
    longBefore: view.slice(Math.max(s0, start - 300), start),
  };
}
