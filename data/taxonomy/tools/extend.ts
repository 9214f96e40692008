/**
 * Alias extensions in the seed files: a line `+id | alias; alias` adds its aliases to the skill `id` defined in
 * another seed file (so a file of one round's forms, like src/16-zh-latin.txt, can name forms of older skills
 * without editing their lines). An unknown id is an error naming the file and line; an alias the skill already
 * has is skipped. The build's alias-owner check runs after the merge, so a form owned by another skill still fails.
 */
export interface Extension { id: string; aliases: string[]; file: string; line: number }

/** The extension a seed line's label and alias part make, or null when the label is no `+id`. */
export function extensionOf(label: string, aliases: string[], file: string, line: number): Extension | null {
  if (!label.startsWith('+')) return null;
  return { id: label.slice(1).trim(), aliases, file, line };
}

/** Appends each extension's aliases to its skill; returns the number of aliases added. */
export function mergeExtensions(seeds: { id: string; aliases: string[] }[], exts: Extension[]): number {
  const byId = new Map(seeds.map((s) => [s.id, s]));
  const errors: string[] = [];
  let added = 0;
  for (const x of exts) {
    const seed = byId.get(x.id);
    if (!seed) {
      errors.push(`${x.file}:${x.line}: +${x.id} is not a skill id`);
      continue;
    }
    for (const a of x.aliases)
      if (!seed.aliases.some((b) => b.toLowerCase() === a.toLowerCase())) {
        seed.aliases.push(a);
        added++;
      }
  }
  if (errors.length) throw new Error(errors.join('\n'));
  return added;
}
