/**
 * Role family from a title: ordered rules, the first that matches wins (security before software,
 * product manager before manager, data engineer before engineer). Several titles: the first title
 * with a family other than 'other' decides.
 */
import type { RoleFamily } from './types.ts';

const RULES: ReadonlyArray<[RoleFamily, RegExp]> = [
  [
    'security',
    /\b(?:security|infosec|appsec|secops|cyber\s?security|penetration|pen[- ]?test(?:er|ing)?|red team|blue team|soc analyst|threat|vulnerability|CISO|cryptographer)\b/i,
  ],
  [
    'devops_sre',
    /\b(?:devops|dev ops|devsecops|SREs?|site reliability|reliability engineer(?:ing)?|infrastructure|infra|platform engineer(?:ing|s)?|cloud (?:engineer|architect)s?|sys ?admins?|systems? administrators?|systems engineer(?:ing|s)?|release engineer(?:ing|s)?|build engineer(?:ing|s)?|production engineer(?:ing|s)?|network engineer(?:ing|s)?|kubernetes|k8s)\b/i,
  ],
  [
    'data_ml',
    /\b(?:data|machine learning|ML|MLE|MLOps|AI|artificial intelligence|deep learning|NLP|computer vision|LLMs?|analytics|analysts?|BI|business intelligence|statisticians?|quant(?:itative)?(?: researcher| developer| analyst)?s?|bioinformatic(?:s|ian)|ETL)\b/i,
  ],
  [
    'product',
    /\b(?:product (?:managers?|management|owners?|leads?|directors?|marketing managers?)|head of product|vp,? (?:of )?product|chief product|CPO|PMs?|APMs?|technical program managers?|TPMs?)\b/i,
  ],
  [
    'design',
    /\b(?:designers?|UX|UI\/UX|UI|user experience|user research(?:ers?)?|product design|graphic|illustrators?|visual design|interaction design|design (?:lead|director)|animators?|artists?|creative director)\b/i,
  ],
  [
    'hardware',
    /\b(?:hardware|firmware|embedded|electrical|electronics?|mechanical|FPGA|ASIC|PCB|RF|silicon|chip|VLSI|robotics?|mechatronics|manufacturing|optical|photonics|analog)\b/i,
  ],
  [
    'research',
    /\b(?:research(?:ers?)?|scientists?|physicists?|chemists?|biologists?|mathematicians?|economists?|post-?docs?|PhD)\b/i,
  ],
  [
    'sales_marketing',
    /\b(?:sales|account executives?|AEs?|account managers?|business development|BDRs?|SDRs?|marketing|marketers?|growth|SEO|SEM|content (?:writer|strategist|marketer|manager)s?|copywriters?|brand|partnerships?|go[- ]to[- ]market|GTM|demand gen(?:eration)?|community managers?|developer relations|devrel|evangelists?|advocates?|solutions? (?:engineer|architect|consultant)s?|sales engineers?|pre-?sales)\b/i,
  ],
  [
    'support_ops',
    /\b(?:support|customer success|customer service|customer experience|CX|help ?desk|operations|ops|office managers?|recruit(?:er|ers|ing)|talent|people|HR|human resources|finance|accountants?|accounting|bookkeep(?:er|ing)|controller|legal|counsel|attorneys?|paralegal|admin(?:istrative)? assistants?|executive assistants?|implementation|onboarding|technical writers?|documentation|compliance|payroll|procurement|logistics|dispatch)\b/i,
  ],
  [
    'management',
    /\b(?:engineering managers?|managers?|head of|directors?|VP|vice president|CTO|CIO|chief|program(?:me)? (?:managers?|leads?)|project (?:managers?|leads?)|team leads?|tech leads? managers?|founders?|co-?founders?|general manager|scrum master|delivery manager)\b/i,
  ],
  [
    'software',
    /\b(?:software|engineers?|engineering|developers?|devs?|programmers?|coders?|hackers?|SWEs?|SDEs?|front[- ]?end|back[- ]?end|full[- ]?stack|fullstack|frontend|backend|web|mobile|iOS|android|QA|SDETs?|test(?:ing)? engineers?|testers?|automation|game|gameplay|apps?|API|javascript|typescript|python|golang|go|rust|java|kotlin|scala|ruby|rails|php|django|node(?:\.?js)?|react|vue|angular|elixir|erlang|haskell|clojure|c\+\+|c#|\.net|swift|flutter|unity|architects?|technical leads?|tech leads?|CTO|blockchain|smart contracts?|solidity|web3)\b/i,
  ],
];

export function roleFamilyOf(title: string): RoleFamily {
  for (const [family, re] of RULES) if (re.test(title)) return family;
  return 'other';
}

const GENERIC =
  /^(?:multiple|various|several|many|all|open|engineering|tech(?:nical)?|all kinds of)?\s*(?:positions?|roles?|openings?|jobs?|vacancies)\b|^various$|^multiple$/i;
const HEAD_NOUN =
  /\b(?:engineers?|developers?|designers?|scientists?|managers?|analysts?|architects?|SREs?|devops|programmers?|researchers?|recruiters?|marketers?|representatives?|executives?|writers?|specialists?|administrators?|interns?|leads?|directors?|consultants?|hackers?)\b/gi;

/** Role phrases in running text: a head noun with up to 40 characters before it, cut at punctuation. */
function familyFromPhrases(text: string): RoleFamily {
  HEAD_NOUN.lastIndex = 0;
  let seen = 0;
  for (let m = HEAD_NOUN.exec(text); m !== null && seen < 12; m = HEAD_NOUN.exec(text), seen++) {
    const from = Math.max(0, m.index - 40);
    let phrase = text.slice(from, m.index + m[0].length);
    const cut = Math.max(
      phrase.lastIndexOf('.'),
      phrase.lastIndexOf('\n'),
      phrase.lastIndexOf(','),
      phrase.lastIndexOf('|'),
      phrase.lastIndexOf(':'),
      phrase.lastIndexOf(';'),
      phrase.lastIndexOf('('),
    );
    if (cut >= 0 && cut < phrase.length - m[0].length) phrase = phrase.slice(cut + 1);
    const f = roleFamilyOf(phrase);
    if (f !== 'other') return f;
  }
  return 'other';
}

/**
 * First title with a known family (generic titles like "Multiple roles" skipped); else the first role phrase
 * ("... backend engineer") of the fallback text that has a family; else 'other'.
 */
export function roleFamily(titles: string[], fallback: string): RoleFamily {
  for (const t of titles) {
    if (GENERIC.test(t.trim())) continue;
    const f = roleFamilyOf(t);
    if (f !== 'other') return f;
  }
  return fallback.length > 0 ? familyFromPhrases(fallback) : 'other';
}
