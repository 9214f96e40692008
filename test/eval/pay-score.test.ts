/**
 * The pay scorer's range key: a single stated figure ("£80k") is the same range whether a label writes it
 * {min: 80000, max: null} (the labelling brief's form) or the parser {min: 80000, max: 80000}.
 */
import { describe, expect, it } from 'vitest';
import { scorePay } from './pay.ts';

describe('scorePay', () => {
  it('counts a one-figure label (max null) as the parser`s min = max range', () => {
    const text = 'Acme | Engineer | London | £80k\n\nWe build things.';
    const labels = [{ id: 'hn:1', pay: [{ min: 80000, max: null, currency: 'GBP', period: 'year' }] }];
    const s = scorePay(labels, new Map([['hn:1', text]]), 'all');
    expect(s.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
  it('still tells a different figure apart', () => {
    const text = 'Acme | Engineer | London | £80k\n\nWe build things.';
    const labels = [{ id: 'hn:1', pay: [{ min: 90000, max: null, currency: 'GBP', period: 'year' }] }];
    expect(scorePay(labels, new Map([['hn:1', text]]), 'all').overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});
