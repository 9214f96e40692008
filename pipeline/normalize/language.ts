/**
 * The main language of a posting as ISO 639-1: zh, ja, ko by script (Han without kana, kana, Hangul), and
 * en, de, fr, es, pt, it, nl by counts of very common function words. Pure, linear, no model to load.
 * Latin text without a clear other language is en (tech lists); fewer than three words is 'und' (undetermined). Rules and limits: docs/normalization.md.
 */
export type Language = 'en' | 'zh' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'und';

const STOPWORDS: Record<Exclude<Language, 'zh' | 'ja' | 'ko' | 'und'>, string[]> = {
  en: [
    'the',
    'and',
    'to',
    'of',
    'a',
    'in',
    'we',
    'you',
    'for',
    'with',
    'is',
    'are',
    'our',
    'will',
    'on',
    'be',
    'your',
    'an',
    'as',
    'this',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'wir',
    'mit',
    'für',
    'ist',
    'du',
    'sie',
    'ein',
    'eine',
    'den',
    'zu',
    'von',
    'auf',
    'bei',
    'uns',
    'dich',
    'oder',
  ],
  fr: [
    'le',
    'les',
    'et',
    'des',
    'une',
    'nous',
    'vous',
    'pour',
    'avec',
    'est',
    'dans',
    'du',
    'sur',
    'au',
    'votre',
    'notre',
    'aux',
    'qui',
    'recherchons',
    'équipe',
  ],
  es: [
    'el',
    'los',
    'las',
    'que',
    'con',
    'para',
    'una',
    'por',
    'del',
    'nuestro',
    'nuestra',
    'somos',
    'buscamos',
    'como',
    'trabajo',
    'equipo',
    'experiencia',
    'ofrecemos',
    'años',
    'más',
  ],
  pt: [
    'os',
    'que',
    'com',
    'para',
    'uma',
    'um',
    'por',
    'dos',
    'das',
    'você',
    'nosso',
    'nossa',
    'não',
    'na',
    'ao',
    'experiência',
    'trabalho',
    'equipe',
    'vaga',
    'mais',
  ],
  it: [
    'il',
    'gli',
    'di',
    'che',
    'con',
    'per',
    'una',
    'della',
    'delle',
    'siamo',
    'nostro',
    'nostra',
    'alla',
    'esperienza',
    'lavoro',
    'cerchiamo',
    'sono',
    'anche',
    'nel',
    'degli',
  ],
  nl: [
    'het',
    'een',
    'van',
    'wij',
    'jij',
    'met',
    'voor',
    'ons',
    'zijn',
    'bij',
    'naar',
    'ook',
    'niet',
    'werken',
    'ervaring',
    'zoeken',
    'onze',
    'jouw',
    'wordt',
    'kun',
  ],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS))
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

/** Detects the main language; reads at most the first `limit` characters. */
export function detectLanguage(text: string, limit = 4000): Language {
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
  // a CJK character carries about a word's worth of text; Latin words average ~5 letters
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
  let best: string = 'und',
    top = 0;
  for (const [lang, n] of counts)
    if (n > top || (n === top && lang === 'en')) {
      best = lang;
      top = n;
    }
  if (top === 0) return 'en'; // Latin text with no function words at all: tech lists, in practice English
  // English function words are everywhere in tech text: another language must clearly outnumber them
  return best !== 'en' && top < Math.max(3, en * 1.5) ? 'en' : (best as Language);
}
