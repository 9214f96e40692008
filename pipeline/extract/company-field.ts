/**
 * The header's first `|` field names the company, unless it names the role (techprec round, unlabelled HN corpus):
 * "C# Software Engineer | ONSITE | Cambridge", "NodeJS / React Fullstack Javascript Engineer | Sked Social | REMOTE",
 * "Seeking PHP Experts | SharpSpring", "Scientific python developer @Blue Brain Project | Geneva". Then its
 * technologies are the role's (test/eval/LABELING.md: a technology in a role title is a tech skill), and it is no
 * company name to drop elsewhere in the posting (matcher.ts isCompanyName: "C#" in every later sentence).
 * Not a company whose name holds an area word ("Acme Engineering", "AWS Developer Tools"), nor "Fauna is Hiring", "Kinvolk,
 * the Kubernetes Linux experts" (the company describing itself).
 */
const ROLE_FIELD =
  /\b(?:engineers?|developers?(?!\s+(?:tools|platforms?|experience|relations|productivity|portal))|programmers?|designers?|scientists?|architects?|devs|seeking)\b|\s@\s?\S/i;

/** The text names a role title (the header's first field, or the part of it after the candidate). */
export const namesRoleTitle = (field: string): boolean => ROLE_FIELD.test(field);

/** The rest of the candidate's header field: the text after it up to the next `|`. */
export const restOfField = (after: string): string => {
  const bar = after.indexOf('|');
  return bar < 0 ? after : after.slice(0, bar);
};

/** The candidate closes the company's name as written in the text ("Rosebud AI", "Matrix AI" of the header field
 *  "rosebud ai"): its name words stand right before it ("At Rosebud AI we believe ...", "Matrix AI is looking for"),
 *  so it is the name, not the skill (leaders round: "AI" from such names among the demand leaders). `company` is
 *  the header's first field, lower case (matcher.ts companyName); `view` the posting's prepared text. */
export function endsCompanyName(company: string, surface: string, view: string, start: number): boolean {
  const head = company.length - surface.length;
  if (head < 2 || company.charCodeAt(head - 1) !== 32 || !company.endsWith(surface)) return false;
  return start >= head && view.slice(start - head, start).toLowerCase() === company.slice(0, head);
}
