/** A seeded generator (mulberry32) and generators of random and adversarial inputs for the fuzz suite. */
export type Rng = () => number;

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Pieces markup strippers and parsers trip on. */
const PIECES = [
  '<',
  '>',
  '</',
  '<p>',
  '</p>',
  '<script>',
  '</script>',
  '<style',
  '<!--',
  '-->',
  '<a href="',
  '">',
  '<li',
  '<br/>',
  '&amp;',
  '&#x',
  '&#',
  ';',
  '**',
  '__',
  '~~',
  '`',
  '```',
  '[',
  ']',
  '](',
  '![',
  ')',
  '(',
  '#',
  '## ',
  '> ',
  '- ',
  '* ',
  '|',
  ' | ',
  '\n',
  '\n\n',
  '\t',
  ' ',
  '   ',
  '\u00a0',
  '\u2028',
  '\u0000',
  '\r\n',
  'http://',
  'https://x.io/',
  'www.',
  '@',
  '.com/',
  '://',
  'Python',
  'C++',
  'C#',
  'Go',
  'React',
  'Remote',
  'Berlin, Germany',
  '$120k',
  'Senior Engineer',
  'Acme Inc',
  '(YC W21)',
  '\ud83d\ude00',
  '\ud800',
  'é',
  '中文',
];

/** A random string of `pieces` pieces and random characters. */
export function noise(r: Rng, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) s += r() < 0.8 ? pick(r, PIECES) : String.fromCharCode(int(r, 0, 0xffff));
  return s;
}

/** Adversarial inputs of about `n` characters: each a pattern that made some regex rescan the rest of the text. */
export const ADVERSARIAL: Record<string, (n: number) => string> = {
  'script opens': (n) => '<script'.repeat(n / 7),
  'unclosed script elements': (n) => '<script>'.repeat(n / 8),
  'tag opens': (n) => '<a'.repeat(n / 2),
  'tag opens with a space': (n) => '<p '.repeat(n / 3),
  'comment opens': (n) => '<!--'.repeat(n / 4),
  'bold opens': (n) => '**a '.repeat(n / 4),
  'strike opens': (n) => '~~a '.repeat(n / 4),
  'link texts': (n) => '](' + '['.repeat(n),
  images: (n) => '![a]('.repeat(n / 5),
  'space run': (n) => 'a\t' + ' '.repeat(n) + 'b',
  'heading space run': (n) => '# a' + ' '.repeat(n) + 'b',
  'url schemes': (n) => 'a://'.repeat(n / 4),
  'domains with paths': (n) => 'a.com/'.repeat(n / 6),
  'www runs': (n) => 'www.'.repeat(n / 4),
  'at signs': (n) => 'a@'.repeat(n / 2),
  entities: (n) => '&#x41'.repeat(n / 5),
  pipes: (n) => ' |'.repeat(n / 2),
};

/** A random record-like value: mostly valid postings, some broken in one field, some not objects at all. */
export function randomRecord(r: Rng, i: number): unknown {
  const roll = r();
  if (roll < 0.05) return pick(r, [null, 42, 'text', [1, 2], true]);
  const rec: Record<string, unknown> = {
    id: r() < 0.9 ? `f${i}` : pick(r, [i, '', null, 'a\tb', 'x\ny', { a: 1 }, 'z'.repeat(600)]),
    source: r() < 0.9 ? pick(r, ['fz', 'fz2']) : pick(r, ['', 's'.repeat(300), 'a\nb', 7, null]),
    posted_at:
      r() < 0.85
        ? `20${int(r, 10, 25)}-0${int(r, 1, 9)}-1${int(r, 0, 9)}`
        : pick(r, ['0001-01-01', '9999-12-31', '2024-02-30', '2024-01-01T10:00:00+99:99', 1e20, 'soon', '']),
    text: r() < 0.9 ? `Acme ${i} | Engineer | Berlin\n\n${noise(r, int(r, 1, 40))}` : pick(r, ['', '   ', 5, null]),
  };
  if (r() < 0.2) rec.country = pick(r, ['DE', 'de', 'Germany', 1]);
  if (r() < 0.1) rec.month = pick(r, ['2024-01', '2024-13', '0000-01']);
  if (r() < 0.05) {
    let deep: unknown = 1;
    for (let d = 0; d < int(r, 10, 2000); d++) deep = [deep];
    rec.deep = deep;
  }
  if (r() < 0.1) rec.tags = [noise(r, 3), { nested: noise(r, 2) }];
  return rec;
}

/** One JSONL line: a record, or a broken line. */
export function randomLine(r: Rng, i: number): string {
  const roll = r();
  if (roll < 0.04) return '{"id": "broken", "text": ';
  if (roll < 0.06) return '';
  if (roll < 0.08) return noise(r, 5).replace(/\n/g, ' ');
  return JSON.stringify(randomRecord(r, i));
}
