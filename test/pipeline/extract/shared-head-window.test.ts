/** shared-head.ts reads a list only around a head word with a connector and an item right before it: the same lists
 *  as one search of the whole text (the previous implementation), on the shapes where a window could differ. */
import { describe, expect, it } from 'vitest';
import { latinHeadHits } from '../../../pipeline/extract/shared-head.ts';

const forms = new Set([
  'web applications',
  'mobile applications',
  'frontend development',
  'backend development',
  'unit tests',
  'integration tests',
  'cloud infrastructure',
  'data infrastructure',
  'distributed systems',
]);
const isForm = (f: string) => forms.has(f);

describe('latinHeadHits', () => {
  it('finds the earlier items of each list, left to right, wherever the lists stand', () => {
    const text =
      'Web and mobile applications. We write unit, integration and e2e tests daily; ' +
      'you know cloud/data infrastructure and distributed and embedded systems';
    expect(latinHeadHits(text, isForm).map((h) => [h.form, text.slice(h.start, h.end)])).toEqual([
      ['web applications', 'Web'],
      ['unit tests', 'unit'],
      ['integration tests', 'integration'],
      ['cloud infrastructure', 'cloud'],
      ['distributed systems', 'distributed'],
    ]);
  });

  it('does not start a list inside a word when the window opens mid-word, nor read one naming roles', () => {
    const long = `${'x'.repeat(300)}frontend and backend development`;
    expect(latinHeadHits(long, isForm)).toEqual([]); // "xxx...frontend" is one item, no form
    const roles = 'hiring for frontend and backend development roles';
    expect(latinHeadHits(roles, isForm)).toEqual([]);
    const ok = `${'y '.repeat(200)}frontend and backend development`;
    expect(latinHeadHits(ok, isForm).map((h) => h.form)).toEqual(['frontend development']);
  });
});
