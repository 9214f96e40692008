/**
 * Seeded simulator of monthly skill counts whose shares follow designed curves with known parameters:
 * exponential declines after a peak (known half-life), exponential rises (known doubling time), flat
 * shares, with a total posting volume that changes over time (trend + cycle + seasonality) and Poisson
 * noise on every count. Used by the accuracy tests and bench/halflife.ts.
 */
import { createRng } from '../../pipeline/stats/rng.ts';
import { addPeriods } from '../../pipeline/stats/period.ts';
import type { CountPoint } from '../../pipeline/stats/types.ts';

export type TrueStatus = 'declining' | 'rising' | 'stable';

export interface SimSkill {
  skill_id: string;
  status: TrueStatus;
  /** Months; declining skills only. */
  half_life: number | null;
  /** Months; rising skills only. */
  doubling: number | null;
  /** Index where the decline starts (end of the peak plateau). */
  peak: number | null;
  /** Expected shares (the designed curve). */
  share: number[];
  points: CountPoint[];
  /** Expected |z| of the slope that decides the status (Poisson, known curve): a power measure. */
  expected_z: number;
}

export interface SimOptions {
  seed: number;
  months?: number;
  /** Mean monthly total volume. Default 800 (HN 'Who is hiring?' size). */
  volume?: number;
  /** 'normal': peak shares 2-10%; 'tiny': 2-6 expected mentions a month at the peak. */
  regime?: 'normal' | 'tiny';
  halfLives?: number[];
  doublings?: number[];
  /** Decline start months. */
  peaks?: number[];
  /** Months of flat plateau before the decline starts (0 = a sharp peak). */
  plateaus?: number[];
  flats?: number;
}

/** Expected total volume: halves and recovers over the period, with a yearly cycle of +-15%. */
export function volumeCurve(months: number, volume: number): number[] {
  return Array.from(
    { length: months },
    (_, t) => volume * (1 + 0.4 * Math.cos((2 * Math.PI * t) / months)) * (1 + 0.15 * Math.sin((2 * Math.PI * t) / 12)),
  );
}

function expectedZ(mu: number[], b: number, from: number): number {
  const seg = mu.slice(from);
  const m = seg.reduce((s, v) => s + v, 0);
  if (!(m > 0)) return 0;
  const mean = seg.reduce((s, v, i) => s + v * i, 0) / m;
  const info = seg.reduce((s, v, i) => s + v * (i - mean) ** 2, 0);
  return Math.abs(b) * Math.sqrt(info);
}

export function simulate(opts: SimOptions): { totals: number[]; skills: SimSkill[] } {
  const months = opts.months ?? 96;
  const rng = createRng(opts.seed);
  const expTotals = volumeCurve(months, opts.volume ?? 800);
  const totals = expTotals.map((v) => rng.poisson(v));
  const tiny = opts.regime === 'tiny';
  const level = (k: number) => (tiny ? [2, 4, 6][k % 3]! / (opts.volume ?? 800) : [0.02, 0.05, 0.1][k % 3]!);
  const skills: SimSkill[] = [];
  const make = (
    id: string,
    status: TrueStatus,
    share: number[],
    extra: Partial<SimSkill>,
    zFrom: number,
    b: number,
  ) => {
    const mu = share.map((s, t) => s * expTotals[t]!);
    const points = share.map((s, t) => ({
      period: addPeriods('2018-01', t),
      postings: Math.min(totals[t]!, rng.poisson(s * totals[t]!)),
      total: totals[t]!,
    }));
    skills.push({
      skill_id: id,
      status,
      half_life: null,
      doubling: null,
      peak: null,
      share,
      points,
      expected_z: expectedZ(mu, b, zFrom),
      ...extra,
    });
  };
  let k = 0;
  for (const h of opts.halfLives ?? [6, 9, 12, 18, 24, 36, 48, 60, 72]) {
    for (const p of opts.peaks ?? [0, 12, 24, 36]) {
      for (const plateau of opts.plateaus ?? [0]) {
        const s0 = level(k++);
        const start = p + plateau;
        if (start > months - 12) continue;
        // before the peak: rising with a 12-month doubling time, then an optional plateau, then the decline
        const share = Array.from({ length: months }, (_, t) =>
          t < p ? s0 * 2 ** ((t - p) / 12) : t < start ? s0 : s0 * 2 ** (-(t - start) / h),
        );
        make(
          `decl_h${h}_p${p}_pl${plateau}_${k}`,
          'declining',
          share,
          { half_life: h, peak: start },
          start,
          Math.LN2 / h,
        );
      }
    }
  }
  for (const d of opts.doublings ?? [12, 24, 36, 48, 72]) {
    for (let r = 0; r < 3; r++) {
      // start low enough that the share ends below 30% (no saturation: the curve stays exponential)
      const s0 = Math.min(level(k++) / 4, 0.3 / 2 ** ((months - 1) / d));
      const share = Array.from({ length: months }, (_, t) => s0 * 2 ** (t / d));
      make(`rise_d${d}_${r}`, 'rising', share, { doubling: d }, 0, Math.LN2 / d);
    }
  }
  for (let f = 0; f < (opts.flats ?? 30); f++) {
    const s0 = level(k++);
    make(`flat_${f}`, 'stable', Array(months).fill(s0), {}, 0, 0);
  }
  return { totals, skills };
}
