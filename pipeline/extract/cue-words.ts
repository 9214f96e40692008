/**
 * The unanchored cue families of the extraction decision (decide.ts), found once per posting by cues.ts:
 * stack cues, strong and weak ask cues, role cues, mention cues (customers, investors, competitors, analogies,
 * founders' backgrounds) and domain-ask cues. docs/extraction.md lists them.
 */
export const STACK =
  /\b(?:our (?:tech(?:nology)? )?stack|(?:tech(?:nology)? )?stack(?: is| includes)?\s*:?|we use|we(?:'re| are) using|we(?:'ve| have) used|using|uses|built (?:with|on|in|using|around|on top of)|written in|powered by|runs? on|running on|based on|on top of|work(?:ing|s)? (?:with|in|on)|migrat\w+ (?:to|from)|in production|develop(?:ed|ing)? (?:in|with)|code ?base (?:is|in)|languages?\s*:|technolog(?:y|ies)\s*:|tools?\s*:|environment\s*:|frameworks?\s*:|experience (?:with|in|using)|knowledge of|familiar(?:ity)? with|proficien\w+ (?:in|with))/i;
/** Ask cues that say the candidate must bring it, wherever they appear ("deep" not in a term: deep learning, deep tech). */
export const ASK_STRONG =
  /\b(?:experience|experienced|background|knowledge|understanding|familiar(?:ity)?|expertise (?:in|with)|skills? (?:in|with)|skilled|proficien\w*|you(?:'re| are| have| bring| know| thrive| enjoy| love| care| should| can| must)|you(?:'ve| will have)|must|required|requirements?|preferred|plus|bonus|ideally|degree in|demonstrated|proven|track record|fluent|fluency|command of|grasp of|strong|excellent|solid|deep(?![- ](?:learning|neural|reinforcement|tech\b|fakes?|links?|dives?)))\b/i;
/** Weaker ask cues, counted inside role / requirements / nice-to-have zones only. */
export const ASK_WEAK =
  /\b(?:good|great|outstanding|exceptional|ability|able to|comfortable|passion(?:ate)? (?:for|about)|interest(?:ed)? in|who (?:can|is|are|has|have)|looking for|seeking|need(?:s|ed)?|capable|willing(?:ness)?|eager|desire to|aptitude|mindset|attitude|self|take|taking|takes|show|shows|thrive|love|care about|focus(?:ed)? on)\b/i;
export const ROLE_CUE =
  /\b(?:you(?:'ll| will| would|'d)|your|responsible for|involve[sd]?|you(?:'ll)? (?:build|develop|design|work|apply|improve|research|lead|own)|help (?:us )?(?:build|develop|design))\b/i;
export const MENTION =
  /\b(?:(?:customers?|clients?|brands?|partners?|users?)(?:\s+(?:include|includes|including|like|such as|are|range from|have included|span)\b|\s*[:(])|investors?|backers?|vcs?\b|partnered with|partnerships? with|(?:backed|funded|used|trusted|loved|founded|led|started|acquired|sponsored|powered by investors) by|competitors?|compet(?:e|es|ing) (?:with|against)|alternative to|alumni|ex-|formerly (?:at|of)|previously (?:at|of|worked)|came from|hail from|companies (?:like|such as|including)|(?:work(?:ed|s)?|worked) (?:at|for) (?:companies|places)|(?:products?|apps?|services) (?:like|such as)|integrations? (?:with|for|like|such as|\()|integrations? \(|integrates (?:with|into)|(?:plugs|plug) into|syncs? with|connects (?:to|with)|sponsor\w*|(?:feels?|looks?|works?) (?:more |a lot |just )?like|reimagin\w* of|similar to|we(?:'re|’re| are) (?:like|kind of like|basically)|think of (?:us|it) as|a cross between|(?:more|less|better|faster|cheaper|easier|simpler) (?:[\w-]+ )?than|inspired by|\bvs\.?|versus|(?:an?|the) (?:[\w-]+ )?(?:tool|product|app|platform|service|editor) like|(?:multiple |several |many )?teams including|years at|(?:comes?|came|coming) from|(?:engineers|operators|people|folks|team|founders?|alumni) (?:from|of)|co-?founders?|founders?|xooglers?|contributed (?:\w+ ){0,4}to|(?:is|are) (?:an?|the) (?:[\w-]+[- ])*(?:company|startup|platform|marketplace|provider|leader|firm|agency|business|lab|studio))/gi;
export const ASK_INDUSTRY =
  /\b(?:experience|background|knowledge|familiar(?:ity)?|expertise|understanding|domain(?![- ]driven)|worked (?:in|on))\b/i;
