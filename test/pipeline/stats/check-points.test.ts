/** checkPoints: the validation every stats function runs on a series (duplicates anywhere, order, bad counts). */
import { expect, it } from 'vitest';
import { checkPoints, StatsInputError, type CountPoint } from '../../../pipeline/stats/types.ts';

const pt = (period: string, postings = 1, total = 10): CountPoint => ({ period, postings, total });

it('returns a sorted copy, and finds a duplicate period next to its twin or far from it', () => {
  const inOrder = [pt('2024-01'), pt('2024-02'), pt('2024-03')];
  const out = checkPoints(inOrder);
  expect(out).toEqual(inOrder);
  expect(out).not.toBe(inOrder);
  expect(checkPoints([pt('2024-03'), pt('2024-01'), pt('2024-02')]).map((p) => p.period)).toEqual([
    '2024-01',
    '2024-02',
    '2024-03',
  ]);
  expect(() => checkPoints([pt('2024-01'), pt('2024-01')], 's')).toThrow(/s\[1\] \(period 2024-01\).*duplicate period/);
  // not adjacent: the earlier periods are looked up once the order breaks
  expect(() => checkPoints([pt('2024-01'), pt('2024-03'), pt('2024-02'), pt('2024-01')], 's')).toThrow(
    /s\[3\] \(period 2024-01\).*duplicate period/,
  );
  expect(() => checkPoints([pt('2024-02'), pt('2024-01'), pt('2024-02')])).toThrow(StatsInputError);
});

it('names the point and field of a bad count', () => {
  expect(() => checkPoints([pt('2024-01'), pt('2024-02', -1)], 'x')).toThrow(/x\[1\] \(period 2024-02\)\.postings/);
  expect(() => checkPoints([pt('2024-01', 1, Number.NaN)], 'x')).toThrow(/x\[0\] \(period 2024-01\)\.total/);
  expect(() => checkPoints([pt('2024-01', 11, 10)], 'x')).toThrow(/postings 11 exceed total 10/);
  expect(() => checkPoints([pt('')], 'x')).toThrow(/x\[0\]\.period/);
});
