/**
 * Gold labels the annotators wrote without an id, because the taxonomy lacked the skill when they labelled,
 * resolved to the skills added for exactly that reason in the review files (data/taxonomy/src/13-blind-review.txt
 * from the HN tune half, 14-zh-review.txt from the Chinese tune half, the new skills (`id=` lines, not the `+id`
 * extensions) of 16-zh-latin.txt from unlabelled Chinese postings), and only to those: a label naming an older
 * skill keeps its null id, since the annotator decided that skill was not meant. A label resolves when its name,
 * or the name's part before " / " or " (", is such a skill's id, label or alias (case, hyphens and spaces
 * ignored). Name to id only, never extractor output; both halves alike. The eval scripts print the figures as
 * labelled and after this step, side by side (docs/extraction.md, Evaluation).
 * The same holds for the named products split out of another product's skill after the set was labelled
 * (data/taxonomy/src/17-named-products.txt: Zabbix out of Nagios, web3.js out of ethers.js): an id-less label naming
 * one resolves to it, and so does a label that names it with the older skill's id (its line's `from=`), which was the
 * only id the annotator could give it then ("Zabbix" -> nagios becomes zabbix; "Hardhat (Truffle)" stays hardhat,
 * since its name before " (" is the older skill's).
 * The same step adds the certifications an annotator listed apart (`certs`, as the brief asked) to the gold
 * skills, when the name, its "(ABBR)" or its part before " (" is the label or an alias of a taxonomy skill of type
 * certification; a name none has adds nothing (certs were never asked among the skills).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Taxonomy } from '../../pipeline/extract/index.ts';
import { kindOf } from '../../pipeline/extract/kinds.ts';
import type { BlindLabel } from './blind.ts';
import { repoRoot } from './score.ts';

export const reviewFiles = ['13-blind-review.txt', '14-zh-review.txt', '16-zh-latin.txt', '17-named-products.txt'].map(
  (f) => path.join(repoRoot, 'data/taxonomy/src', f),
);

const normName = (x: string) =>
  x
    .toLowerCase()
    .replace(/^[?=]+/, '')
    .replace(/[-_\s]+/g, ' ')
    .trim();

/** The resolved copy of `labels` and the number of labels resolved. */
export function resolveReviewed(
  labels: BlindLabel[],
  tax: Taxonomy,
  files: readonly string[] = reviewFiles,
): [BlindLabel[], number] {
  const byName = new Map<string, string>();
  /** older skill id -> (name -> the product split out of it) */
  const splits = new Map<string, Map<string, string>>();
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/\bid=([a-z0-9-]+)(?:\s+from=([a-z0-9-]+))?/g)) {
      const sk = tax.byId.get(m[1]!);
      if (!sk) continue;
      const names = [sk.id.replace(/-/g, ' '), sk.label, ...sk.aliases].map(normName);
      for (const n of names) byName.set(n, sk.id);
      if (m[2] && tax.byId.has(m[2])) {
        const into = splits.get(m[2]) ?? new Map<string, string>();
        for (const n of names) into.set(n, sk.id);
        splits.set(m[2], into);
      }
    }
  }
  const nameKeys = (name: string) => [normName(name), normName(name.split(/\s+\/\s+|\s*\(/)[0]!)];
  const certByName = new Map<string, string>();
  for (const sk of tax.skills)
    if (sk.type === 'certification')
      for (const n of [sk.label, ...sk.aliases]) certByName.set(normName(n.replace(/^[?=]+/, '')), sk.id);
  let n = 0;
  const out = labels.map((l) => {
    const skills = l.skills.map((s) => {
      if (s.id && tax.byId.has(s.id)) {
        const into = splits.get(s.id);
        if (!into) return s;
        // the whole name or its part before " (": "Zabbix", "Zabbix (monitoring)"; "Hardhat (Truffle)" names the older
        const [whole, head] = nameKeys(s.name);
        const id = into.get(whole!) ?? into.get(head!);
        if (!id) return s;
        n++;
        return { ...s, id };
      }
      const [whole, head] = nameKeys(s.name);
      const id = byName.get(whole!) ?? byName.get(head!);
      if (!id) return s;
      n++;
      return { ...s, id };
    });
    for (const c of l.certs ?? []) {
      const name = typeof c === 'string' ? c : c.name;
      const abbr = /\(([^)]+)\)/.exec(name)?.[1];
      const id =
        certByName.get(normName(name)) ??
        (abbr ? certByName.get(normName(abbr)) : undefined) ??
        certByName.get(normName(name.split(/\s*\(/)[0]!));
      if (id && !skills.some((s) => s.id === id))
        skills.push({ name, id, cat: kindOf(tax.byId.get(id)!), req: typeof c === 'string' ? undefined : c.req });
    }
    return { ...l, skills };
  });
  return [out, n];
}
