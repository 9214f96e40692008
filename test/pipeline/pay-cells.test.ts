/** The cells of a pay range (RANGE_CELLS) are fct_posting_pay's columns after posting_id and range_no, in order:
 *  the pay stage appends rangeCells positionally and decodes the enrich cache's ranges by position. */
import { expect, it } from 'vitest';
import { RANGE_CELLS, rangeCells } from '../../pipeline/normalize/posting-pay.ts';
import { fctPostingPay } from '../../pipeline/sql/30_marts/fct_posting_pay.ts';

it('RANGE_CELLS names fct_posting_pay columns after posting_id, range_no, in the same order', () => {
  expect(fctPostingPay.columns.slice(0, 2).map((c) => c.name)).toEqual(['posting_id', 'range_no']);
  expect(fctPostingPay.columns.slice(2).map((c) => c.name)).toEqual([...RANGE_CELLS]);
});

it('rangeCells writes the cells by name, a structured range without offsets as nulls', () => {
  const g = {
    origin: 'structured' as const,
    min: 100_000,
    max: 150_000,
    currency: 'USD',
    period: 'year' as const,
    annual_min: 100_000,
    annual_max: 150_000,
    usd_min: 100_000,
    usd_max: 150_000,
    start: -1,
    end: -1,
  };
  expect(rangeCells(g)).toEqual([
    'structured',
    100_000,
    150_000,
    'USD',
    'year',
    100_000,
    150_000,
    100_000,
    150_000,
    null,
    null,
  ]);
  expect(rangeCells({ ...g, origin: 'text', start: 12, end: 30 }).slice(-2)).toEqual([12, 30]);
});
