import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { halfOf, loadBlind, scoreBlind, tunePartOf, type BlindLabel } from '../test/eval/blind.ts';
import { resolveReviewed } from '../test/eval/review-names.ts';
import { loadHnTexts } from '../test/eval/score.ts';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
export const partOf = (id: string): 'A' | 'B' => (tunePartOf(id) === 'a' ? 'A' : 'B');

const tax = loadTaxonomy(undefined, { overlays: [] });
const matcher = createMatcher(tax);
const tune = loadBlind().filter((l) => halfOf(l.id) === 'tune' && !l.id.startsWith('rebase:'));
const [labels] = resolveReviewed(tune, tax);
const texts = loadHnTexts(new Set(labels.map((l) => l.id)));
const f3 = (x: number) => x.toFixed(3);

const line = (name: string, ls: BlindLabel[]) => {
  const s = scoreBlind(matcher, tax, ls, texts);
  const k = (x: string) => {
    const v = s.byKind.get(x as never)!;
    return `${x} ${f3(v.precision)}/${f3(v.recall)}`;
  };
  console.log(
    `${name.padEnd(6)} n=${String(ls.length).padStart(3)}  P ${f3(s.overall.precision)} R ${f3(s.overall.recall)} (tp ${s.overall.tp} fp ${s.overall.fp} fn ${s.overall.fn})  ${['tech', 'method', 'domain', 'soft'].map(k).join('  ')}`,
  );
};
line(
  'A',
  labels.filter((l) => partOf(l.id) === 'A'),
);
line(
  'B',
  labels.filter((l) => partOf(l.id) === 'B'),
);
line('tune', labels);

const part = opt('--part');
const kindOpt = opt('--kind');
const chosen = labels.filter((l) => !part || partOf(l.id) === part);
const around = (text: string, start: number, end: number) =>
  text
    .slice(Math.max(0, start - 90), Math.min(text.length, end + 60))
    .replace(/\s+/g, ' ')
    .trim();

if (argv.includes('--drops')) {
  // what keeping each dropped family would do: + true positives (gold, not kept elsewhere) / + false positives
  const by = new Map<string, [number, number, Set<string>]>();
  const group = opt('--drops-by') ?? 'why';
  for (const l of chosen) {
    const ex = matcher.explain(texts.get(l.id)!);
    const kept = new Set(ex.kept.map((m) => m.id));
    const gold = new Set(l.skills.map((s) => s.id));
    const seen = new Set<string>();
    for (const d of ex.dropped) {
      if (kept.has(d.id) || seen.has(d.id)) continue;
      seen.add(d.id);
      if (kindOpt && d.kind !== kindOpt) continue;
      const key =
        group === 'id' ? `${d.why} ${d.id}` : group === 'zone' ? `${d.why} ${d.kind} ${d.zone}` : `${d.why} ${d.kind}`;
      if (opt('--show') && key.startsWith(opt('--show')!))
        console.log(
          `  ${gold.has(d.id) ? '+' : '-'} ${l.id} ${d.id} «${d.surface}» [${d.zone}; ${d.why}] ${around(texts.get(l.id)!, d.start, d.end)}`,
        );
      const e = by.get(key) ?? [0, 0, new Set<string>()];
      e[gold.has(d.id) ? 0 : 1]++;
      if (e[2].size < 6) e[2].add(d.id);
      by.set(key, e);
    }
  }
  for (const [k, [tp, fp, ids]] of [...by].sort((a, b) => b[1][0] - a[1][0]))
    console.log(`${k.padEnd(44)} +tp ${String(tp).padStart(3)}  +fp ${String(fp).padStart(4)}  ${[...ids].join(' ')}`);
}

if (argv.includes('--kept')) {
  // every kept skill (once per posting) by its decision rule and kind: true / false positives on parts A and B
  const by = new Map<string, [number, number, number, number]>();
  for (const l of labels) {
    const ex = matcher.explain(texts.get(l.id)!);
    const gold = new Set(l.skills.map((s) => s.id));
    const seen = new Set<string>();
    for (const m of ex.kept) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      if (kindOpt && m.kind !== kindOpt) continue;
      const key = opt('--kept-by') === 'id' ? `${m.kind} ${m.id}` : `${m.kind} ${m.why}`;
      const e = by.get(key) ?? [0, 0, 0, 0];
      e[(partOf(l.id) === 'A' ? 0 : 2) + (gold.has(m.id) ? 0 : 1)]!++;
      by.set(key, e);
    }
  }
  console.log('kind why                                      A tp/fp   B tp/fp');
  for (const [k, [at, af, bt, bf]] of [...by].sort((a, b) => b[1][1] + b[1][3] - a[1][1] - a[1][3]))
    console.log(`${k.padEnd(44)} ${String(at).padStart(4)}/${String(af).padEnd(4)} ${String(bt).padStart(4)}/${bf}`);
}

if (argv.includes('--misses') || argv.includes('--fps')) {
  const counts = new Map<string, number>();
  for (const l of chosen) {
    const text = texts.get(l.id)!;
    const ex = matcher.explain(text);
    const kept = new Set(ex.kept.map((m) => m.id));
    if (argv.includes('--misses'))
      for (const s of l.skills) {
        if (kindOpt ? s.cat !== kindOpt : s.cat === 'tech') continue;
        if (s.id && kept.has(s.id)) continue;
        let cls: string;
        let ctx = '';
        if (!s.id || !tax.byId.has(s.id)) cls = 'no-id';
        else {
          const d = ex.dropped.find((m) => m.id === s.id);
          if (d) {
            cls = `dropped:${d.why}`;
            ctx = `«${d.surface}» [${d.zone}] ${around(text, d.start, d.end)}`;
          } else cls = 'no-candidate';
        }
        counts.set(cls.split(':')[0]!, (counts.get(cls.split(':')[0]!) ?? 0) + 1);
        console.log(`MISS ${partOf(l.id)} ${l.id} ${s.cat} ${s.id ?? '-'} "${s.name}" ${cls} ${ctx}`);
      }
    if (argv.includes('--fps')) {
      const gold = new Set(l.skills.map((s) => s.id));
      const seen = new Set<string>();
      for (const m of ex.kept) {
        if (gold.has(m.id) || seen.has(m.id)) continue;
        seen.add(m.id);
        if (kindOpt && m.kind !== kindOpt) continue;
        const ctxOnly = l.context_only.some((c) => c.id === m.id) ? ' [context_only]' : '';
        console.log(
          `FP ${partOf(l.id)} ${l.id} ${m.kind} ${m.id} «${m.surface}» [${m.zone}; ${m.why}]${ctxOnly} ${around(text, m.start, m.end)}`,
        );
      }
    }
  }
  console.log([...counts].map(([k, v]) => `${k} ${v}`).join(', '));
}
