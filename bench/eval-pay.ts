/**
 * `npx tsx bench/eval-pay.ts [--tune]`: range-level precision and recall of the pay parser on the EVAL half of
 * the blind HN set (test/eval/blind/, texts from ../shared); `--tune` scores the tune half and lists its errors
 * (the only half whose errors may be looked at while tuning). Targets: P >= 0.95, R >= 0.90 (docs/pay.md).
 */
import { existsSync } from 'node:fs';
import { loadHnTexts, sharedDir } from '../test/eval/score.ts';
import { loadPayLabels, scorePay } from '../test/eval/pay.ts';

if (!existsSync(sharedDir)) {
  console.error(`eval-pay needs ${sharedDir} (the shared HN postings)`);
  process.exit(2);
}
const half = process.argv.includes('--tune') ? 'tune' : 'eval';
const labels = loadPayLabels().filter((l) => !l.id.startsWith('rebase:')); // HN texts only
const texts = loadHnTexts(new Set(labels.map((l) => l.id)));
const s = scorePay(labels, texts, half);
const f3 = (x: number) => x.toFixed(3);
console.log(
  `pay, ${half} half: ${s.postings} postings, ${s.withPay} with pay; ranges tp ${s.overall.tp}, fp ${s.overall.fp}, fn ${s.overall.fn}`,
);
console.log(
  `precision ${f3(s.overall.precision)} (target 0.95), recall ${f3(s.overall.recall)} (target 0.90), f1 ${f3(s.overall.f1)}`,
);
if (half === 'tune')
  for (const e of s.errors) console.log(`  ${e.id}: fp ${e.fp.join(', ') || '-'}; fn ${e.fn.join(', ') || '-'}`);
