import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '../command.ts';
import { InputError } from '../../config/errors.ts';

/**
 * `taxonomy import esco|onet PATH`: writes `<taxonomy dir>/imported/<esco|onet>.jsonl`, an overlay that
 * loadTaxonomy merges (links to existing skills + new skills). Re-running replaces the overlay.
 */
export const taxonomyCommand: Command = {
  name: 'taxonomy',
  usage: 'taxonomy import esco|onet PATH',
  summary: 'extend the skill taxonomy from official ESCO / O*NET files',
  description: [
    'import esco PATH   ESCO skills CSV (skills_en.csv or .csv.gz, ESCO v1.1+ English export)',
    'import onet PATH   O*NET "Technology Skills.txt" (tab-separated, or .gz)',
    'Writes <taxonomy dir>/imported/<esco|onet>.jsonl (default data/taxonomy/imported/), which the taxonomy',
    'loader merges: concepts matching an existing skill add their ESCO URI / O*NET commodity to it, the others',
    'become new skills (ids esco-... / onet-...). The taxonomy version gains a "+esco"/"+onet" suffix.',
  ].join('\n'),
  options: {
    taxonomy: { type: 'string', arg: 'FILE', help: 'taxonomy TSV whose imported/ folder receives the overlay' },
  },
  async run(ctx, args) {
    const [sub, kind, file] = args.positionals;
    if (sub !== 'import' || (kind !== 'esco' && kind !== 'onet') || !file) {
      throw new InputError('usage: skillpulse taxonomy import esco|onet PATH');
    }
    const [{ defaultTaxonomyFile, loadTaxonomy }, { importEsco, importOnet }] = await Promise.all([
      import('../../pipeline/extract/index.ts'),
      import('../../pipeline/extract/importers.ts'),
    ]);
    const taxFile = path.resolve((args.values.taxonomy as string | undefined) ?? defaultTaxonomyFile);
    const tax = loadTaxonomy(taxFile, { overlays: [] });
    let res: ReturnType<typeof importEsco>;
    try {
      res = kind === 'esco' ? importEsco(file, tax) : importOnet(file, tax);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`${file}: file not found`);
      throw err;
    }
    const outDir = path.join(path.dirname(taxFile), 'imported');
    mkdirSync(outDir, { recursive: true });
    const out = path.join(outDir, `${kind}.jsonl`);
    writeFileSync(out, res.records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    ctx.stdout.write(
      `read ${res.read} ${kind} concepts: linked ${res.linked} to existing skills, added ${res.added} new; wrote ${out}\n`,
    );
    return 0;
  },
};
