/**
 * A technology named as part of the company's world, not the hire's stack (techprec round, on the unlabelled HN
 * corpus; test/eval/LABELING.md: founders' backgrounds, customers, integrations the product offers are context_only).
 * Each frame is a cue, then nothing but list items up to the candidate (so no ask or stack cue sits between):
 *   background   where the team comes from: "previously successful engineers and entrepreneurs (MIT, Dartmouth,
 *                Stripe, Salesforce, etc)", "We're a team of ex. Facebook, Twitter, Airbnb and Algolia engineers",
 *                "with experiences at Udemy, AltMBA, Google and Shopify", "who previously led engineering at Okta, Square"
 *   integration  what the product plugs into: "integrating with their existing toolchain - Gmail, Salesforce, Slack"
 *                (outside duty and ask zones: "- integrating with third party APIs (SharePoint)" is the hire's work)
 * decide.ts drops a tech candidate so framed (the mention cues of cue-words.ts lack these shapes). Not an ask
 * ("experience integrating with Salesforce"). The customers' platforms ("tricky parts in their Android and iOS apps")
 * are left: an SDK company's engineers build on them.
 */

/** list items only: names, commas, "and" / "&", brackets, dashes (up to ten items) */
const ITEMS = String.raw`(?:[\w.+#&'’/-]+(?:\s+[\w.+#&'’/-]+){0,2}(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+|\s*[(/]\s*|\s*,?\s+etc\.?\s*)){0,10}`;

const BACKGROUND = new RegExp(
  String.raw`\b(?:(?:previously|formerly)(?: successful)?\s+(?:engineers|entrepreneurs|founders|people|employees|at|of|with)|(?:previously|formerly)\s+(?:led|ran|built|headed|founded|managed|worked)\s+(?:[\w-]+\s+){0,2}?(?:at|of)|ex[.-]|alumni|alums|veterans|experiences? at|backgrounds? (?:at|from)|hail(?:s|ing)? from|(?:come|came|coming) from|worked at)\s*(?:(?:engineers|entrepreneurs|founders|people|employees|of|at|and|in|from)\s+){0,4}[(:-]?\s*${ITEMS}$`,
  'i',
);
/** the company or its product integrating ("We integrate with", "which integrates into"), or with the customers'
 *  tools ("integrating with their existing toolchain"), not a developer's duty told in the company's voice ("Devs are
 *  building interfaces and integrating with CMS like WordPress") */
const INTEGRATION = new RegExp(
  String.raw`\b(?:(?:we|it|which)\s+(?:also\s+|seamlessly\s+|already\s+|natively\s+)?(?:integrates?|plugs? into|syncs? with)|integrat(?:e|es|ing) (?:with|into) (?:their|your))\s+(?:(?:with|into|their|your|all|the|many|existing|current|favou?rite|tools?|toolchains?|apps?|like|such as|including)\s+){0,4}[-–—:(]?\s*${ITEMS}$`,
  'i',
);
/** The frame naming the candidate as the company's world (see the header), or null. */
export function techWorldMention(before: string, zone: string): string | null {
  if (BACKGROUND.test(before)) return 'mention:background';
  // (in a duty or an ask the integrating is the hire's work: "- integrating with third party APIs such as SharePoint")
  if (zone !== 'role' && zone !== 'requirements' && zone !== 'nice_to_have' && INTEGRATION.test(before))
    return 'mention:integration';
  return null;
}
