import { describe, expect, it } from 'vitest';
import { backtestSummary, forecastShares, shareInterval } from '../../../pipeline/stats/forecast.ts';
import { createRng } from '../../../pipeline/stats/rng.ts';
import { series } from './helpers.ts';

describe('forecastShares', () => {
  it('serves naive for a constant series (the model cannot beat a perfect naive forecast)', () => {
    const f = forecastShares(series(Array(48).fill(50)));
    expect(f.method).toBe('naive');
    expect(f.is_fallback).toBe(true);
    expect(f.mae_naive).toBe(0);
    expect(f.points).toHaveLength(12);
    for (const p of f.points) expect(p).toMatchObject({ share: 0.05, lo: 0.05, hi: 0.05 });
  });
  it('follows a linear series with the damped trend and beats naive', () => {
    const f = forecastShares(series(Array.from({ length: 48 }, (_, t) => 10 + t)), { horizon: 6 });
    expect(f.method).toBe('damped_trend');
    expect(f.is_fallback).toBe(false);
    expect(f.mae_model!).toBeLessThan(f.mae_naive!);
    expect(f.points[0]!.share).toBeCloseTo(0.058, 3); // next value 10 + 48 = 58 of 1000
    expect(f.points[5]!.share).toBeGreaterThan(f.points[0]!.share);
    expect(f.points[5]!.share).toBeLessThan(0.0635 + 1e-9); // damping: no more than the straight line
  });
  it('widens the interval with the horizon', () => {
    const y = Array.from({ length: 60 }, (_, t) => 50 + 10 * Math.sin(t * 1.7) + t / 3);
    const f = forecastShares(series(y));
    const width = f.points.map((p) => p.hi - p.lo);
    expect(width[11]!).toBeGreaterThan(width[0]!);
    for (const p of f.points) expect(p.lo).toBeLessThanOrEqual(p.share);
  });
  it('naive interval: random walk with the volatility of the last 24 monthly changes', () => {
    // 36 volatile months (0.02 / 0.04 alternating) then 30 calm months at exactly 0.01: only the calm ones count
    const y = [...Array.from({ length: 36 }, (_, i) => (i % 2 ? 40 : 20)), ...Array.from({ length: 30 }, () => 10)];
    const f = forecastShares(series(y));
    expect(f.method).toBe('naive');
    for (const p of f.points) expect([p.lo, p.share, p.hi]).toEqual([0.01, 0.01, 0.01]);
  });
  it('intervals respect [0, 1] near 0: never below 0, never flat at 0, lower side multiplicative (issue 17: the jQuery wedge)', () => {
    // naive: shares alternate 0.2% / 0.4% of 1000 postings
    const alt = forecastShares(series(Array.from({ length: 30 }, (_, i) => (i % 2 ? 4 : 2))));
    expect(alt.method).toBe('naive');
    const p1 = alt.points[0]!;
    expect(p1.share).toBe(0.004);
    expect(p1.lo).toBeGreaterThan(0);
    expect(p1.hi).toBeLessThan(0.004 + 1.6448536269514722 * 0.002 * 4 + 1e-12); // within the calibration cap
    // the damped trend over a decline towards 0: every band stays positive and inside [0, 1]
    const decay = Array.from({ length: 60 }, (_, t) => Math.max(1, Math.round(40 * Math.exp(-t / 15) + (t % 3) - 1)));
    const f = forecastShares(series(decay));
    for (const p of f.points) {
      expect(p.lo).toBeGreaterThan(0);
      expect(p.hi).toBeLessThanOrEqual(1);
      expect(p.lo).toBeLessThanOrEqual(p.share);
      expect(p.hi).toBeGreaterThanOrEqual(p.share);
    }
    // the band's lower side is multiplicative: lo = m exp(-k sd / max(m, sd)) never reaches 0
    const { lo, hi } = shareInterval(0.002, 0.01, 1.645);
    expect(lo).toBeCloseTo(0.002 * Math.exp(-1.645), 12);
    expect(hi).toBeLessThan(1);
  });
  it('falls back to naive without a backtest when the series is short', () => {
    const f = forecastShares(series([10, 12, 14]));
    expect(f).toMatchObject({ method: 'naive', is_fallback: true, mae_model: null, mae_naive: null });
    expect(f.points[0]!.share).toBeCloseTo(0.014, 12);
  });
});

describe('backtestSummary', () => {
  it('aggregates errors over skills', () => {
    const s = backtestSummary([
      { mae_model: 1, mae_naive: 2, is_fallback: false },
      { mae_model: 3, mae_naive: 2, is_fallback: true },
      { mae_model: null, mae_naive: null, is_fallback: true },
    ]);
    expect(s).toMatchObject({ n_series: 3, n_backtested: 2, model_wins: 1, relative_mae: 1, median_ratio: 1 });
    expect(s.fallback_rate).toBeCloseTo(2 / 3, 12);
  });
});

describe('forecast intervals', () => {
  it('shareInterval: m -+ k sd far from the bounds, inside [0, 1] near them', () => {
    const mid = shareInterval(0.5, 0.01, 1.645);
    expect(mid.lo).toBeCloseTo(0.5 * Math.exp(-0.01645 / 0.5), 12); // ~ 0.5 - 0.01645
    expect(mid.hi).toBeCloseTo(1 - 0.5 * Math.exp(-0.01645 / 0.5), 12);
    const low = shareInterval(0.001, 0.01, 1.645);
    expect(low.lo).toBeGreaterThan(0);
    expect(low.lo).toBeCloseTo(0.001 * Math.exp(-1.645), 12);
    expect(low.hi).toBeCloseTo(1 - 0.999 * Math.exp(-0.01645 / 0.999), 12);
    expect(shareInterval(0.2, 0, 1.645)).toEqual({ lo: 0.2, hi: 0.2 });
  });
  it('reports the backtest coverage and widens a band that covers too little', () => {
    // noisy level with a few large shocks: the one-step sigma understates the far steps
    const rng = createRng(7);
    const y = Array.from({ length: 72 }, (_, t) =>
      Math.max(0, Math.round(100 + 15 * rng.normal() + (t % 17 === 0 ? 60 : 0))),
    );
    const f = forecastShares(series(y));
    expect(f.coverage).not.toBeNull();
    expect(f.coverage!).toBeGreaterThan(0);
    expect(f.coverage!).toBeLessThanOrEqual(1);
    expect(f.widen).toBeGreaterThanOrEqual(1);
    for (const p of f.points) {
      expect(p.lo).toBeGreaterThanOrEqual(0);
      expect(p.hi).toBeLessThanOrEqual(1);
      expect(p.lo).toBeLessThanOrEqual(p.share);
      expect(p.hi).toBeGreaterThanOrEqual(p.share);
    }
  });
  it('on a noisy flat share a smoother (damped trend or moving mean) beats the last value', () => {
    const rng = createRng(3);
    const f = forecastShares(series(Array.from({ length: 60 }, () => rng.poisson(50))));
    expect(['damped_trend', 'moving_mean']).toContain(f.method);
    expect(f.mae_model!).toBeLessThan(f.mae_naive!);
  });
});
