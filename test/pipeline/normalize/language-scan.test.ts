/**
 * detectLanguage scans words by hand through a trie of the function words; it must decide exactly as the
 * regular-expression reading it replaced (words = matchAll(/\p{L}+/gu) of the lower-cased text, each looked up
 * in a Map), kept here as the reference, on tricky and random texts.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../pipeline/normalize/language.ts';

const WORDS: Record<string, string> = {
  en: 'the and to of a in we you for with is are our will on be your an as this',
  de: 'der die und das wir mit für ist du sie ein eine den zu von auf bei uns dich oder',
  fr: 'le les et des une nous vous pour avec est dans du sur au votre notre aux qui recherchons équipe',
  es: 'el los las que con para una por del nuestro nuestra somos buscamos como trabajo equipo experiencia ofrecemos años más',
  pt: 'os que com para uma um por dos das você nosso nossa não na ao experiência trabalho equipe vaga mais',
  it: 'il gli di che con per una della delle siamo nostro nostra alla esperienza lavoro cerchiamo sono anche nel degli',
  nl: 'het een van wij jij met voor ons zijn bij naar ook niet werken ervaring zoeken onze jouw wordt kun',
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, ws] of Object.entries(WORDS))
  for (const w of ws.split(' ')) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

/** The previous implementation, word for word. */
function reference(text: string, limit = 4000): string {
  const s = text.length > limit ? text.slice(0, limit) : text;
  let han = 0,
    kana = 0,
    hangul = 0,
    latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  const cjk = han + kana + hangul;
  if (cjk > 0 && cjk * 3 >= latin / 2) {
    if (hangul > han && hangul > kana) return 'ko';
    if (kana >= Math.max(5, cjk * 0.1)) return 'ja';
    return 'zh';
  }
  const counts = new Map<string, number>();
  let words = 0;
  for (const m of s.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++;
    for (const lang of LOOKUP.get(m[0]) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  if (words < 3) return 'und';
  const en = counts.get('en') ?? 0;
  let best = 'und',
    top = 0;
  for (const [lang, n] of counts)
    if (n > top || (n === top && lang === 'en')) {
      best = lang;
      top = n;
    }
  if (top === 0) return 'en';
  return best !== 'en' && top < Math.max(3, en * 1.5) ? 'en' : best;
}

describe('detectLanguage word scan', () => {
  it('decides as the regular-expression reading on tricky texts', () => {
    const tricky = [
      'Wir suchen: der die und das mit uns',
      'İstanbul der die und das wir', // İ lower-cases to two code units, the second no letter
      'ΣΑΣ der die und', // final sigma
      '𝐀𝐁𝐂 die der und das wir', // astral letters make one word with their neighbours
      'die\ud800der und das wir mit', // a lone surrogate splits words
      'die\udc00der und das wir mit',
      'DIE DER UND DAS WIR',
      'Ǆemal die der und das wir mit',
      'ﬁnden die der und das wir mit', // a ligature letter
      'nous vous pour avec équipe recherchons le les et des',
      'Équipe recherchons nous vous pour avec les',
      'el los las que con para una somos buscamos más años',
      'os que com para uma você não experiência mais',
      'het een van wij jij met voor ons zijn',
      'the and der die und', // a tie
      'a b',
      'der\u0301 die\u0308 und das', // combining marks are no letters: they end a word
      '',
      '日本語のテキストです',
      'We build 開発 tools for the web and you', // a CJK character too few to decide: the words decide
      '한국어 텍스트입니다 the and',
    ];
    for (const t of tricky) expect(detectLanguage(t), t).toBe(reference(t));
  });

  it('decides as the regular-expression reading on random texts', () => {
    const parts = [
      ...Object.values(WORDS).flatMap((w) => w.split(' ').slice(0, 6)),
      'İ',
      'ẞ',
      '\u0301',
      '\ud835\udc00',
      '\ud800',
      'É',
      'Ω',
      'の',
      '中',
      '한',
      ' ',
      ' ',
      ' ',
      '.',
      '-',
      '3',
    ];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = rand(60); i > 0; i--) s += parts[rand(parts.length)];
      for (const limit of [4000, 2000, 9])
        expect(detectLanguage(s, limit), JSON.stringify(s)).toBe(reference(s, limit));
    }
  });
});
