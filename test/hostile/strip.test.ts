/**
 * Issue 16 item 2: both HTML strippers (and the Markdown pass of the pipeline) take time linear in the input:
 * a hostile input costs about what a benign one of the same size costs (a ratio, never an absolute time).
 */
import { describe, expect, it } from 'vitest';
import { htmlToText as crawlHtml } from '../../crawlers/html.ts';
import { htmlToText, markdownToText, toPlainText, tidy } from '../../pipeline/normalize/text.ts';
import { fill, timeRatio } from '../fuzz/timing.ts';

const SIZE = 300_000;
const benign = fill('<p>Python developer, we use Go &amp; React.</p>\n', SIZE);
/** Inputs that made a regex rescan the rest of the text from every opening. */
const hostile: Record<string, string> = {
  'script x n': '<p>Python developer</p>' + fill('<script', SIZE),
  'script> x n, never closed': fill('<script>', SIZE),
  '<a x n': fill('<a', SIZE),
  '<p  x n': fill('<p ', SIZE),
  '<li x n': fill('<li', SIZE),
  '<td x n': fill('<td', SIZE),
  'unclosed comments': fill('<!--', SIZE),
  'long space run before text': '<p>x</p>\t' + ' '.repeat(SIZE) + 'x',
};
const markdown: Record<string, string> = {
  '**a x n (never closed)': fill('**a ', SIZE),
  '~~a x n': fill('~~a ', SIZE),
  '[ x n with ](': '](' + fill('[', SIZE),
  '![a]( x n': fill('![a](', SIZE),
  '[x][ x n': '][' + fill('[x', SIZE),
  'heading with a long space run': '# a' + ' '.repeat(SIZE) + 'b',
  'reference lines': ']:\n' + fill('[a\n', SIZE),
};

describe('linear-time stripping (ratio to a benign input of the same size)', () => {
  for (const [name, input] of Object.entries(hostile)) {
    it(`pipeline htmlToText: ${name}`, () => {
      expect(timeRatio(htmlToText, benign, input)).toBeLessThan(15);
    });
    it(`crawler htmlToText: ${name}`, () => {
      expect(timeRatio(crawlHtml, benign, input)).toBeLessThan(15);
    });
  }
  for (const [name, input] of Object.entries(markdown)) {
    it(`pipeline markdownToText / toPlainText: ${name}`, () => {
      expect(timeRatio(toPlainText, benign, input)).toBeLessThan(15);
    });
  }
});

describe('stripping keeps its meaning', () => {
  it('pipeline: script/style/comments dropped, unclosed ones kept, emphasis unwrapped', () => {
    expect(htmlToText('<p>a</p><script>x</script><STYLE type="t">y</style ><!-- c -->b')).toBe('a\n\nb');
    expect(htmlToText('<p>a</p><script>never closed')).toBe('a\n\n<script>never closed');
    expect(markdownToText('**bold** and __under__ and ~~gone~~ **open')).toBe('bold and under and gone **open');
    expect(markdownToText('## Title ##')).toBe('Title');
    expect(markdownToText('[Go](https://go.dev) ![logo](x.png)')).toBe('Go logo');
    expect(tidy('a\t\u00a0 b  c \n d')).toBe('a b c\nd');
  });
  it('crawler: the same conversions as before on ordinary markup', () => {
    expect(crawlHtml('A<p>B <script>x</script>C<!-- z --> \n<li>D')).toBe('A\n\nB C\n\n- D');
    expect(crawlHtml('<p <p>x')).toBe('<p\n\nx');
  });
});
