/**
 * Context rules for ambiguous surface forms (aliases marked `?` in the taxonomy).
 * A candidate is accepted when no negative pattern fires and one piece of evidence holds:
 *   list      : an accepted skill of the same family sits next to it in a list ("Go, Rust", "Java/Spring")
 *   cue       : a positive cue right before/after it ("written in Go", "Spring Boot", "R programming")
 *   window    : a topical word within ±80 characters ("Flutter" near "Dart", "game" near "Unity")
 *   capitalized: `default` rules accept a capitalized form that does not start a sentence
 * `before` is the text up to the candidate, `after` the text following it.
 */
export interface ContextRule {
  /** 'evidence': needs one piece of evidence; 'default': accepted unless a negative fires (and, when it
   *  starts a sentence, only with evidence). */
  mode: 'evidence' | 'default';
  negBefore?: RegExp;
  negAfter?: RegExp;
  posBefore?: RegExp;
  posAfter?: RegExp;
  window?: RegExp;
  /** Lower-case surfaces need evidence even in 'default' mode. */
  lowerNeedsEvidence?: boolean;
  /** The negatives also veto the requirements-zone evidence of a capitalised form (matcher.ts mayTakeZone): for
   *  negatives that name another thing outright ("R&D", "TS/SCI", "American Express"), not the loose ones of
   *  go / swift ("a Go developer", "experience with Swift" are asks in a requirements list). */
  vetoesZone?: boolean;
}

const TECH_BEFORE =
  /\b(?:experience (?:with|in|using)|proficien(?:t|cy) (?:in|with)|knowledge of|expertise (?:in|with)|familiar(?:ity)? with|written in|built (?:with|in|on)|using|use|uses|develop(?:ing)? in|code in|coding in|programming in|fluent in|skills? in|work(?:ing)? (?:in|with)|runs? on|running on|powered by|hosted on|deploy(?:ed)? (?:on|to)|migrat\w+ (?:\w+ ){0,4}(?:to|from)|stack:?|languages?:?|tech(?:nologies)?:?)\s*$/i;
const TECH_AFTER =
  /^\s*(?:developers?|engineers?|engineering|programmers?|programming|language|code|codebase|framework|librar(?:y|ies)|experience|expertise|stack|backend|back-end|services|microservices|apps?|applications?|apis?|development|ecosystem|projects?|skills)\b/i;

const rules: Record<string, ContextRule> = {
  // a lower-case "go" is the language only with evidence ("python, java, rust, go, C#", "written in go")
  go: {
    mode: 'default',
    lowerNeedsEvidence: true,
    negBefore:
      /\b(?:let'?s|to|will|can|could|must|should|we|you|they|ready to|good to|free to|way to|place to|places to|on the|a|to a|it a|gonna|you'll|we'll|must|come and|on the)\s+$/i,
    negAfter:
      /^(?:\s*-\s*|\s+)(?:to|ahead|live|beyond|above|through|out|back|far|for it|get|getter|deeper|big|from|into|on|with|anywhere|forward|home|fast|hand|wrong|green|public|market|in hand|where)\b|^[\s-]*!/i,
    posBefore: TECH_BEFORE,
    posAfter: TECH_AFTER,
  },
  rust: {
    mode: 'default',
    lowerNeedsEvidence: true,
    negAfter: /^\s+(?:belt|proof|colou?r|removal)\b/i,
    negBefore: /\b(?:to|won't|will|no)\s+$/i,
    posBefore: TECH_BEFORE,
    posAfter: TECH_AFTER,
  },
  c: {
    mode: 'evidence',
    vetoesZone: true,
    negBefore:
      /\b(?:series|type|grade|vitamin|class|tier|plan|level|section|part|round|option|appendix|usb|building|suite|team|block|floor|room|hall|unit|phase|group|model|size|step|note|item|list|category|schedule|form|exhibit|figure|table|key|major)\s+$|[A-Za-z]\.\s*$|\b[A-Z]\s*[,/]\s*$/i,
    negAfter:
      /^[-\s]*(?:level|suite|corp|corporation|section|series|grade|round|class|compan(?:y|ies)|executives?|staff)\b|^\s*\+\+|^\.[A-Z]|^\s*(?:&|and)\s*[A-Z]\b(?!\+\+|#)/i,
    posBefore:
      /\b(?:experience (?:with|in)|proficien(?:t|cy) (?:in|with)|knowledge of|written in|programming in|code in|coding in|fluent in|modern|embedded|ansi|in)\s*$/i,
    posAfter:
      /^\s*(?:programming|language|code|developers?|engineers?|99|11|\/\s*c\+\+|and c\+\+|or c\+\+|\+\+)\b|^\s*(?:\/|,|and|or)\s*(?:C\+\+|Rust|Go|Python|assembly)/i,
  },
  // "R" in "R&D" / "R&E" is research, not the language: 72 requirements-zone keeps in the HN corpus (2026.2.11)
  r: {
    mode: 'evidence',
    vetoesZone: true,
    negBefore: /\b(?:mr|dr|ms|mrs|prof)\.?\s+$|\b[A-Z]\.\s*$|&\s*$/i,
    negAfter: /^\s*&\s*[A-Z]|^\.\s?[A-Z]\.|^'s\b|^\.[A-Za-z]/,
    posBefore: TECH_BEFORE,
    posAfter:
      /^\s*(?:programming|language|studio|shiny|packages?|scripts?|markdown|code|developers?|users?|and python|\/\s*python|or python)\b/i,
  },
  swift: {
    mode: 'default',
    lowerNeedsEvidence: true,
    negAfter:
      /^\s+(?:growth|response|action|feedback|decisions?|pace|turnaround|and decisive|execution|delivery|resolution|payments?|transfers?|code\b(?! review))/i,
    // "and" is a list tail after a capitalised name or a bracket ("Kotlin (Android) and Swift (iOS)"), an
    // adjective pair otherwise ("quick and swift")
    negBefore:
      /\b(?:[Aa]|[Tt]he|[Bb]e|[Ii]s|[Aa]re|[Vv]ery|[Ss]o|[Ii]ts?|[Tt]heir|[Oo]ur|[Ww]ith)\s+$|(?<!(?:\b[A-Z][\w+#.]*|\))\s+)[Aa]nd\s+$/,
    posBefore: TECH_BEFORE,
    posAfter: TECH_AFTER,
    window: /\b(?:ios|xcode|swiftui|uikit|iphone|apple|objective-c|kotlin)\b/i,
  },
  spring: {
    mode: 'evidence',
    negBefore: /\b(?:this|next|last|the|early|late|by|until|mid|of|in|during|for|summer|winter|fall|autumn)\s+$/i,
    negAfter:
      /^\s*(?:'?\d{2,4}|break|semester|term|season|summer|and summer|\/\s*summer|cleaning|internships?|interns?|training|quarter|loaded|into|up)\b/i,
    posBefore: /\b(?:java|kotlin|jvm|with|using|experience (?:with|in)|knowledge of)[\s,/]*(?:and\s+|&\s*|\+\s*)?$/i,
    posAfter:
      /^\s*(?:boot|framework|mvc|data|cloud|security|batch|webflux|ecosystem|stack|integration|\/\s*hibernate|,\s*hibernate)\b/i,
  },
  express: {
    mode: 'evidence',
    vetoesZone: true,
    negBefore: /\b(?:to|can|please|you|we|american|federal|interest to|clearly|ability to)\s+$/i,
    negAfter:
      /^\s+(?:interest|your|yourself|themselves|ideas|their|our|an?|the|that|concerns|opinions|delivery|mail|entry|lane|checkout|written|consent|permission)\b/i,
    posBefore: /\bnode(?:\.?js)?[\s,/]*(?:and\s+|\+\s*|&\s*|with\s+)?$/i,
    posAfter: /^\s*(?:\.js|js|server|framework|middleware|apps?|apis?|backend|routes)\b/i,
  },
  chef: {
    mode: 'evidence',
    negBefore: /\b(?:sous|head|executive|private|pastry|line|our|a|the|personal|master|top|celebrity|kitchen)\s+$/i,
    negAfter: /^\s+robotics\b/i,
    window: /\b(?:ansible|salt(?:stack)?|terraform|puppet|configuration management|cfengine|devops|infrastructure)\b/i,
  },
  puppet: {
    mode: 'evidence',
    negBefore: /\b(?:a|the|sock|hand|government)\s+$/i,
    negAfter: /^\s+(?:show|master|government|regime)\b/i,
    window: /\b(?:ansible|salt(?:stack)?|terraform|chef|configuration management|cfengine|devops|infrastructure)\b/i,
  },
  react: {
    mode: 'default',
    negAfter: /^\s+(?:to|quickly|fast|swiftly|accordingly|appropriately|in real[- ]time|calmly|positively|well)\b/i,
    negBefore: /\b(?:to|can|will|must|quickly|how (?:we|you|they)|able to|ability to|we|you|they|i)\s+$/i,
    // a sentence-initial "React" counts with front-end words nearby ("React and a lot of CSS")
    posAfter: TECH_AFTER,
    window:
      /\b(?:javascript|typescript|css|html|redux|jsx|front-?end|next\.?js|node(?:\.?js)?|components?|hooks|ui)\b/i,
  },
  spark: {
    mode: 'default',
    lowerNeedsEvidence: true,
    negAfter:
      /^\s+(?:joy|innovation|creativity|change|interest|curiosity|conversations?|ideas?|debate|growth|new|the|a|your|our|their)\b/i,
    negBefore: /\b(?:to|can|will|that|which|who|the|a|creative|initial)\s+$/i,
    posBefore: /\b(?:apache|py|using|with|on|in|experience (?:with|in)|knowledge of)\s*$/i,
    posAfter:
      /^\s*(?:sql|streaming|jobs?|clusters?|ml|mllib|pipelines?|applications?|structured|,\s*(?:hadoop|kafka|hive|flink))\b/i,
  },
  excel: {
    mode: 'default',
    lowerNeedsEvidence: true,
    negAfter: /^\s+(?:at|in|as|with|within|and grow|professionally)\b/i,
    negBefore:
      /\b(?:to|will|you|and|who|can|should|must|which|help(?:s)? (?:you|them)|we|they|opportunity to|chance to|you'll)\s+$/i,
    posBefore:
      /\b(?:microsoft|ms|advanced|proficient in|proficiency in|skills in|knowledge of|experience (?:with|in)|google sheets (?:and|or|\/))\s*$/i,
    posAfter:
      /^\s*(?:skills|spreadsheets?|models?|modeling|modelling|macros|vba|formulas|\/\s*google sheets|,\s*powerpoint)\b/i,
  },
  unity: {
    mode: 'evidence',
    negBefore: /\b(?:of|the|sense of|spirit of|community|diversity and|national)\s+$/i,
    posAfter: /^\s*(?:3d|engine|developers?|game|c#|editor|dots|assets?|programming|experience)\b/i,
    posBefore: /\b(?:using|built (?:with|in)|made (?:with|in)|experience (?:with|in)|knowledge of)\s*$/i,
    window: /\b(?:game|games|gaming|c#|unreal|3d|ar\/vr|vr|shaders?)\b/i,
  },
  julia: {
    mode: 'evidence',
    vetoesZone: true,
    negAfter: /^\s+[A-Z][a-z]+/,
    negBefore: /\b(?:ask|contact|email|to|from|with)\s+$/i,
    posAfter: /^\s*(?:lang|language|programming|developers?|code|computing)\b/i,
  },
  dart: {
    mode: 'evidence',
    window: /\b(?:flutter|android|ios|mobile|kotlin|swift)\b/i,
    posAfter: TECH_AFTER,
    posBefore: TECH_BEFORE,
  },
  elm: {
    mode: 'evidence',
    negAfter: /^\s+(?:street|st\b|avenue|ave\b|tree|park)/i,
    window: /\b(?:haskell|functional|frontend|front-end|purescript|elixir|ocaml|typescript)\b/i,
    posAfter: TECH_AFTER,
  },
  nextjs: {
    mode: 'evidence',
    vetoesZone: true,
    negAfter:
      /^\s+(?:step|steps|level|generation|gen|big|chapter|phase|year|month|week|round|wave|stage|billion|decade|few|couple|hire|evolution)\b/i,
    negBefore: /\b(?:the|our|your|a|their|this|what's|whats)\s+$/i,
  },
  // a bare "ownership" counts when the hire is to have it ("want ownership of", "like ownership"), not "equity ownership";
  // "end-to-end" is ownership after "own" ("you'll own features end-to-end"), else a plain adjective
  ownership: {
    mode: 'evidence',
    negBefore: /\b(?:equity|employee|stock|share|home|car|data|joint|shared|public|private|foreign|land)\s+$/i,
    // "strong end-to-end encryption", "end-to-end tests": the adjective, not ownership
    negAfter:
      /^\s*(?:encrypt\w*|tests?|testing|solutions?|pipelines?|platforms?|systems?|products?|services?|workflows?|process(?:es)?|latency|visibility|experiences?|machine learning|ml|deep learning|automation|integration|observability)\b/i,
    posBefore:
      /\b(?:want|wants|like|likes|love|loves|enjoy|enjoys|take|takes|taking|took|have|has|having|with|full|real|sense of|high|end-to-end|complete|strong|deep)\s+$|\bown(?:s|ing)?\s+(?:[\w-]+\s+){0,4}$/i,
  },
  // "agile" as a way of working: "an agile startup environment", "agile teams", "experience with agile"
  agile: {
    mode: 'evidence',
    // the adjective of a size or pace: "a small, agile team", "small and agile team", "a dynamic, agile environment"
    // (51 of the 634 kept "agile" in the HN corpus, 2026.2.11), not "Lean and Agile thinking"
    negBefore:
      /\b(?:small|smaller|nimble|tiny|fast|flexible|young|dynamic|quick|fast-moving|friendly|growing|passionate|motivated|talented|highly)\s*(?:,|and|&)?\s*$/i,
    posBefore: TECH_BEFORE,
    posAfter:
      /^\s*(?:environments?|teams?|methodolog(?:y|ies)|process(?:es)?|development|practices|workflows?|setting|(?:startup|software) environment|ceremonies|principles|manner|way)\b|^\s*(?:\/|,|and|or)\s*(?:scrum|kanban|lean)\b/i,
  },
  // "build systems" is also a verb phrase: "people who can build systems at scale"
  'build-systems': {
    mode: 'evidence',
    negBefore: /\b(?:can|to|will|who|we|you|they|and|help|helps|that|which|i|love to)\s+$/i,
    posBefore: TECH_BEFORE,
    posAfter: TECH_AFTER,
  },
  // the bare word is a soft skill when qualified as one ("strong communication", "communication and collaboration
  // skills"), not the topic of a system ("blockchain communication", "communication overhead", "(communication, video)")
  communication: {
    mode: 'evidence',
    negBefore:
      /\b(?:blockchain|real-?time|network|machine|inter-?process|serial|wireless|radio|satellite|device|vehicle|peer-to-peer|p2p|inter-?service|service|low-latency|secure|encrypted|unified|video|voice|optical|data)\s+$/i,
    negAfter:
      /^\s*(?:overhead|protocols?|tools?|systems?|stacks?|channels?|layers?|platforms?|apps?|networks?|infrastructure|software|devices?|technolog(?:y|ies))\b/i,
    posBefore:
      /\b(?:good|great|strong|excellent|clear|effective|outstanding|solid|exceptional|superb|interpersonal|oral|verbal|written|english|open|honest|proactive|transparent|async(?:hronous)?|team|client|customer|stakeholder)\s+(?:and\s+\w+\s+)?$/i,
    posAfter:
      /^\s*(?:skills?|abilit(?:y|ies)|is (?:key|essential|important|critical|crucial)|and (?:collaboration|teamwork|interpersonal|organi[sz]ational|presentation|leadership)\b)/i,
  },
  // bare "algorithms" is the CS fundamentals skill ("algorithms and system design", "strong in algorithms"), not the
  // algorithms of a field or a product ("computer vision algorithms", "our matching algorithms", "algorithms for
  // personalized reminders": the field is the skill, or it is the company's product)
  algorithms: {
    mode: 'default',
    vetoesZone: true,
    negBefore:
      /\b(?:vision|learning|ml|ai|nlp|cv|statistical|numerical|novel|new|proprietary|powerful|smart|intelligent|matching|ranking|recommendation|trading|pricing|optimi[sz]ation|control|planning|perception|detection|tracking|search|scheduling|routing|compression|processing|imaging|estimation|localization|mapping|fusion|quantum|genetic|our|their|its|his|her|whose|these|those|custom|advanced|sophisticated|cutting[- ]edge|state[- ]of[- ]the[- ]art|complex|clever|adaptive|real[- ]time|distributed|consensus|cryptographic|crypto|encryption|security|medical|clinical|diagnostic|ai-powered|ai-driven|and|&|\/)\s+$/i,
    negAfter:
      /^\s+(?:for|that|which|to (?:detect|predict|identify|optimi[sz]e|match|power|help|analy[sz]e|automate|integrate))\b/i,
    posBefore: TECH_BEFORE,
    posAfter:
      /^\s*(?:and data structures|\/\s*data structures|,\s*data structures|and system design|fundamentals|knowledge|skills|experience|questions|interviews?)\b/i,
    window: /\b(?:data structures|computer science|cs fundamentals|coding|complexity|leetcode|big-?o|system design)\b/i,
  },
  // bare "documentation" is the practice the hire does ("write documentation", "testing, documentation and code
  // review"), not someone else's documents ("clinical documentation", "ISA or ABI documentation", "our public repo,
  // documentation and how-to articles", "supply chain data and documentation"), nor documents the hire reads ("learn
  // by reading appropriate documentation", "navigate documentation for the components")
  'technical-writing': {
    mode: 'default',
    negBefore:
      /\b(?:clinical|medical|legal|patient|regulatory|customs|shipping|trade|financial|insurance|isa|abi|hardware|vendor|official|public|online|our|their|its|data and|repo,?|(?:read(?:ing)?|navigat(?:e|ing)|consult(?:ing)?)(?:\s+(?:the|appropriate|relevant|existing))?)\s+$/i,
    negAfter:
      /^\s+(?:and how-to|site|portal|pages?|website|search)\b|^\s+of\s+(?:(?:your|their|one's)\s+)?(?:eligibility|work authori[sz]ation|authori[sz]ation|right to work|citizenship|identity|residency|status|vaccination)\b/i,
  },
  // "at scale" is scalability after the systems run or built at scale ("build systems at scale", "Kubernetes at
  // scale"), not after business words ("compete at scale", "a great employee experience at scale", "problems at scale")
  scalability: {
    mode: 'default',
    negBefore:
      /\b(?:experiences?|compete|competing|impact|grow|growing|growth|business(?:es)?|mission|world|change|problems?|anyone|people|customers?|users?|hiring|care|good|help|helping|software)\s*-?\s*$/i,
  },
  // "proactive" is a trait of the hire ("proactive and detail-oriented", "you are proactive"), not of a product or
  // service ("proactive healthcare", "our proactive support", "proactive vulnerability mitigation")
  'self-motivation': {
    mode: 'default',
    negAfter:
      /^\s+(?:[\w-]+\s+)?(?:healthcare|care|support|monitoring|maintenance|mitigation|detection|security|defen[cs]e|alerts?|alerting|notifications?|outreach|insights?|services?|measures|management|protection|prevention|analytics|recommendations?|treatment|medicine|interventions?)\b/i,
    posAfter:
      /^\s*(?:,|and\b|&|\/|self|mindset|attitude|approach|team|communicat|problem|person|engineers?|developers?|people)/i,
  },
  // "Edge AI" is AI run on devices ("Edge AI on NVIDIA Jetson"), not the "cutting-edge AI" of a company's pitch
  // (44,797 HN + rebase postings, 2026.2.10: most of the 90 "edge AI" matches were "cutting-edge AI")
  'edge-ai': {
    mode: 'default',
    negBefore: /\b(?:cutting|leading|bleeding)[\s-]*$/i,
  },
  // "CAD" is computer-aided design, not the Canadian dollar of a salary line ("$140k CAD", "120,000 CAD per year",
  // "CAD $150k")
  cad: {
    mode: 'default',
    negBefore: /(?:\d[\d,.]*\s*[kKmM]?|\$)\s*\+?\s*$/,
    negAfter:
      /^\s*(?:\$\s*)?\d|^\s*(?:\/\s*(?:year|yr|annum|hour|hr|month)\b|per (?:year|annum|hour|month)\b|equivalent\b|salary\b|base\b|\+\s*equity\b|plus equity\b)/i,
  },
  // bare "E2E" is end-to-end testing ("E2E with Playwright"), not end-to-end encryption ("E2E encryption", "E2EE")
  // nor the plain "end-to-end" of a thing built or owned ("shipping e2e features", "building e2e applications", "own
  // E2E pipelines", "E2E implementation of pricing strategies", "you love working e2e within the stack")
  'e2e-testing': {
    mode: 'default',
    vetoesZone: true,
    negAfter:
      /^[\s-]*(?:encrypt\w*|secure|security|privacy|features?|workflows?|applications?|apps?|implementations?|pipelines?|solutions?|ownership|products?|platforms?|systems?|delivery|within)\b|^\^/i,
    negBefore: /\b(?:working|own|owning|shipping|ship|deliver(?:ing)?)\s+$/i,
  },
  // places and role typos that read like names: "Chapel Hill, NC"; "Principle Engineer" (Principal); a "Machine
  // Learning Instructor" teaches, it is no Instructor library
  chapel: { mode: 'default', negAfter: /^\s+Hill\b/ },
  'principle-app': {
    mode: 'evidence',
    negAfter: /^\s+(?:engineers?|developers?|architects?|scientists?|software|product|consultants?)\b/i,
    posBefore: TECH_BEFORE,
    window: /\b(?:figma|sketch|framer|protopie|invision|prototyp\w*|after effects)\b/i,
  },
  'instructor-lib': {
    mode: 'evidence',
    negBefore:
      /\b(?:science|learning|data|math\w*|coding|programming|lead|senior|course|bootcamp|design|development|engineering|technical|certified|yoga|fitness)\s+$/i,
    posBefore: TECH_BEFORE,
    posAfter: TECH_AFTER,
  },
  // "lambda" is AWS Lambda in a cloud list ("AWS (EC2, S3, lambda)"), not the lambda calculus or a lambda expression
  'aws-lambda': {
    mode: 'evidence',
    negAfter: /^\s+(?:calculus|expressions?|architecture|school)\b/i,
    posBefore: TECH_BEFORE,
    posAfter: TECH_AFTER,
  },
  // "TS" is TypeScript ("React/TS", "Ruby/TS"), not the Top Secret level of a security clearance ("hold a S/TS
  // clearance", "(TS or TS/SCI)", "an active TS/TSSCI clearance": 32 of the 160 kept "TS" in the HN corpus, 2026.2.11)
  typescript: {
    mode: 'default',
    vetoesZone: true,
    negBefore: /\b(?:S\s*\/\s*|top secret\b[^.]{0,60}|secret\s*(?:or|\/)\s*)$/i,
    negAfter:
      /^\s*(?:(?:\/|or|and)\s*(?:TS\s*\/\s*)?T?S?SCI\b|(?:\/\s*)?(?:SCI\s+)?clearances?\b|\/\s*SCI\b|-?\s*level\b)/i,
    posBefore: TECH_BEFORE,
    posAfter: TECH_AFTER,
  },
  // "Jetpack" is Android Jetpack with Kotlin ("Kotlin&Jetpack", "SwiftUI/Jetpack"), not Automattic's WordPress plugin
  // ("WordPress.com, WooCommerce, WordPress VIP, Jetpack, Tumblr", "our Jetpack plugin": 7 of the 11 kept in the HN corpus)
  'android-jetpack': {
    mode: 'evidence',
    vetoesZone: true,
    negBefore: /\b(?:wordpress|woocommerce|automattic)\b[^.]{0,60}$/i,
    negAfter: /^\s*(?:plugins?\b|,\s*(?:tumblr|woocommerce|wordpress))/i,
    posBefore: TECH_BEFORE,
    posAfter: TECH_AFTER,
  },
  // "design systems" is also a verb phrase: "be able to design systems with distributed back-ends", "move fast but
  // design systems that can scale", "• Design systems, select technologies"; the UI kit otherwise ("our design systems")
  'design-systems': {
    mode: 'default',
    negBefore: /\b(?:to|can|will|could|must|should|but|you|we|they|who|and then)\s+$/i,
    negAfter: /^,\s*(?:select|choose|build|write|implement|develop|drive|architect)\b/i,
    posBefore: TECH_BEFORE,
    posAfter: /^\s*(?:(?:and|,|\/|:|&)\s*)?(?:components?|tokens|librar(?:y|ies)|figma|storybook|ui|tooling|teams?)\b/i,
  },
  // bare "accessibility" is web accessibility ("a keen eye for accessibility", "usability, accessibility, and
  // performance"), not the ordinary word of a mission ("increase accessibility to legal services", "the accessibility
  // of education", "healthcare quality and accessibility": about 1 in 8 of the 93 kept in the HN corpus, 2026.2.11)
  accessibility: {
    mode: 'default',
    negBefore:
      /\b(?:increas\w*|improv\w*(?: the)?|greater|affordability(?: and)?|quality and|expand\w*|broaden\w*|lens of|financial|economic|universal|equitable|global)\s+$/i,
    negAfter:
      /^\s+(?:of|to)\s+(?!(?:web|ui|our (?:apps?|products?|ui|interfaces?)|users with|people with|disabled|screen)\b)|^\s*(?:,|and)\s+(?:protection|autonomy|affordability|equity)\b|^\s+and\s+reduc/i,
  },
  // "PS" is Photoshop in a Chinese design ask ("熟练使用PS、AI、Sketch"), not a postscript ("PS：需提供作品集")
  photoshop: {
    mode: 'evidence',
    negAfter: /^\s*:/,
    posBefore: TECH_BEFORE,
    window: /(?:sketch|figma|illustrator|after effects|axure|设计软件|设计工具|作图|修图|美工|平面设计)/i,
  },
  // "H5" is an HTML5 mobile page in Chinese postings ("H5 页面", "H5/小程序开发", "移动端H5"), not a heading level
  html: {
    mode: 'evidence',
    negAfter: /^\s*方向/, // 前端开发工程师(H5方向): the role's direction
    posBefore: /(?:移动端|手机端|pc端|web端|pc|web|前端|app|小程序)[\s,/、]*$/i,
    posAfter: /^\s*(?:页面|网页|网站|应用|游戏|活动页|开发|前端|\/\s*(?:css|小程序|app|pc))/i,
  },
  // bare "RPC" is the remote call ("RPC 框架", "节点 RPC 搭建与调用", "gRPC/RPC"), a word of an ask or a stack
  rpc: {
    mode: 'evidence',
    // (English "over a binary RPC protocol" names the product's plumbing; the HN readers leave it out)
    posBefore: /(?:节点|理解|熟悉|掌握|了解)\s*$/i,
    posAfter: /^\s*(?:框架|调用|服务|接口|协议|节点|frameworks?\b)/i,
  },
  // "Kong" the API gateway, not Hong Kong ("Onsite-Hong Kong", "Remote（Hong Kong, Singapore）")
  'api-gateway-products': {
    mode: 'evidence',
    vetoesZone: true,
    negBefore: /\bhong[\s-]*$/i,
    posBefore: TECH_BEFORE,
    posAfter: TECH_AFTER,
  },
  // "Remix" next to Solidity tools is the Remix IDE (熟悉Hardhat、Truffle、Remix等开发环境), not the React framework; in
  // a Chinese posting it is reported as remix-ide (cjk-decide.ts OTHER_THING)
  remix: {
    mode: 'evidence',
    negBefore: /(?:hardhat|truffle|foundry|solidity|ganache|metamask|evm)[\s,/和及与]*$/i,
    negAfter: /^[\s,/和及与]*(?:hardhat|truffle|foundry|waffle|solidity|ganache|metamask|ide\b)/i,
    posBefore: TECH_BEFORE,
    posAfter: TECH_AFTER,
  },
  // "GA" (matched in Chinese postings only, zh-only.ts) among analytics tools is Google Analytics (会SQL，GA加分;
  // SQL、GA); a product's GA release (产品GA上线, GA版本) is general availability
  'google-analytics': {
    mode: 'evidence',
    vetoesZone: true,
    negAfter: /^\s*(?:上线|版本|发布|阶段|版|release|version)/i,
    posBefore: TECH_BEFORE,
    posAfter: /^\s*(?:加分|埋点|数据|分析|后台|报表)/,
  },
  ember: {
    mode: 'evidence',
    posBefore: TECH_BEFORE,
    posAfter: /^\s*(?:apps?|developers?|framework|octane|data|cli)\b/i,
  },
};

const generic: ContextRule = { mode: 'evidence', posBefore: TECH_BEFORE, posAfter: TECH_AFTER };

const spoken: ContextRule = {
  mode: 'evidence',
  posBefore:
    /\b(?:fluent|fluency in|speak|speaks|speaking|native|proficient in|proficiency in|business|written|spoken|conversational|professional)\s+(?:in\s+)?$/i,
  posAfter:
    /^\s*(?:speakers?|speaking|skills|fluency|proficiency|required|is a (?:must|plus)|language|\(?(?:fluent|native|c1|c2|b2))\b/i,
};

/** Short certification codes (PE, RN, CPA, CFA, BLS, CISA...): a licence/certification word next to them. */
const certification: ContextRule = {
  mode: 'evidence',
  posBefore:
    /\b(?:certified|certification|certifications|licensed|licen[cs]e[ds]?|credential(?:ed|s)?|hold(?:s|ing)?(?: an?| the| your)?|active|current|valid|board[- ]certified|must be an?|must have an?|or|and|,)\s*(?:an?\s+)?$/i,
  posAfter:
    /^\s*(?:certif\w*|licen[cs]\w*|credential\w*|designation|charter\w*|exam|holders?|required|preferred|(?:is )?a plus|or equivalent|\/|,\s*(?:BSN|MSN|CPA|CFA|PMP|PE)\b)/i,
  window: /\b(?:certif\w*|licen[cs]\w*|credential\w*)/i,
};

/** Rules for ONE alias of a skill (key `id/alias`), before the skill's own rule: the verb "own" is Ownership only in
 *  a person frame ("you will own the roadmap", "looking for an engineer to own ...", "Define and own the stack"), not
 *  an adjective ("our own", "on your own") or owning things ("to own equity", "own your career"). `noList`: a
 *  neighbouring soft skill in a list is no evidence for it ("communication, own ..."). */
const OWN_NOT_WORK =
  /^\s+(?:(?:a|an|the|some|their|your|our)\s+)?(?:equity|shares?|stock|stakes?|piece|part|portion|percentage|homes?|house|cars?|company|up|it\b|your (?:career|time|schedule|growth|destiny|future|hours|development|learning)|their|my|his|her)\b|^[\s.,;:!?)]*$/i;
const aliasRules: Record<string, AliasRule> = {
  // bare "APIs" is API design only as the thing the hire builds ("Develop backend services and APIs", "maintain our
  // cross-functional APIs", "building both APIs and ..."), not APIs consumed or built upon ("consume data from APIs",
  // "integrate third-party APIs", "build applications on top of APIs")
  // bare "architecture" is system design only as the hire's say in it ("help shape the architecture", "own the
  // architecture of our backend", "input on architecture decisions"), not the company's ("our architecture is ...")
  'system-design/architecture': {
    mode: 'evidence',
    noList: true,
    vetoesZone: true,
    posBefore:
      /\b(?:design(?:ing)?|defin(?:e|ing)|own(?:ing)?|shap(?:e|ing)|lead(?:ing)?|driv(?:e|ing)|evolv(?:e|ing)|influenc(?:e|ing)|contribut(?:e|ing) to|responsib(?:le|ility) for|input (?:on|into)|advis(?:e|ing) on|improv(?:e|ing)|rethink(?:ing)?|experience (?:with|in))\s+(?:(?:the|our|its|overall|system|software|technical|backend|frontend|platform|data|cloud|application)\s+){0,3}$/i,
    posAfter: /^\s+(?:decisions?|choices|reviews?|and design|and implementation)\b/i,
  },
  'api-design/APIs': {
    mode: 'evidence',
    noList: true,
    vetoesZone: true,
    negBefore:
      /\b(?:consum\w*|call\w*|integrat\w*|third[- ]party|partners?'?|vendors?'?|on top of|using|use|via|through|from|for other)\b(?:,?\s+[\w/&-]+){0,3}\s+$|(?<!\b(?:build\w*|built|develop\w*|design\w*|maintain\w*|scal\w+|ship\w*|writ\w+|implement\w*|architect\w*|expos\w+)\s+(?:[\w/&-]+\s+){0,3})(?:\b(?:LLMs?|AI|model|brokerage|payments?|banking|exchanges?|carriers?|social(?: media)?|browser|GPU|graphics|search|maps|system|OpenAI|Anthropic|Google|Stripe)\s+$|\b(?!(?:there|here|it|that|what|who|let|where)['’]s\b)[a-z][\w-]*['’]s\s+(?:[\w-]+\s+){0,2}$)|\bbuild(?:ing|s)? on (?:top of )?(?:our|the|its)\s+(?:[\w-]+\s+){0,2}$/i,
    posBefore:
      /\b(?:build|building|built|develop|developing|design|designing|maintain|maintaining|extend|extending|scale|scaling|write|writing|implement|implementing|architect|architecting|ship|shipping)\b(?:,?\s+[\w/&-]+){0,4}\s+$/i,
  },
  'ownership/own': {
    mode: 'evidence',
    noList: true,
    // "our own", "on your own"; "lease to own", "rent-to-own"; "If you own a building" (a customer)
    negBefore: /\b(?:our|your|their|its|my|his|her|on)\s+$|\b(?:lease|rent|buy)[\s-]+to[\s-]+$|\bif you\s+$/i,
    negAfter: OWN_NOT_WORK,
    posBefore:
      /\b(?:you(?:'ll|’ll| will| would|'d| can| get to)?|to|will|who will|who can|and|can|should|must|expected to|help)\s+$/i,
  },
  'ownership/owning': {
    mode: 'evidence',
    noList: true,
    negAfter: OWN_NOT_WORK,
    posBefore: /\b(?:in|enjoys?|loves?|likes?|comfortable|be|for)\s+$/i,
  },
};

/** A context rule as an alias reads it (`noList`: see aliasRules). */
export type AliasRule = ContextRule & { noList?: boolean };

export function ruleFor(skillId: string, domain: string, alias?: string): AliasRule {
  return (
    (alias === undefined ? undefined : aliasRules[`${skillId}/${alias}`]) ??
    rules[skillId] ??
    (domain === 'Languages' ? spoken : domain === 'Certifications' ? certification : generic)
  );
}
