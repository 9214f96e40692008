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
const LANGS = Object.keys(STOPWORDS) as Language[];
/**
 * The function words as a trie over UTF-16 code units, walked while the words of the text are scanned (no word
 * is cut out of the text): node 0 is the root; ASCII edges in a flat table (node * 128 + code, -1 = none), other
 * edges in a Map (node * 65536 + code); TERM[node] = the indices in LANGS of the languages of the word ending there.
 */
const EDGE = new Map<number, number>();
const TERM: (number[] | null)[] = [null];
for (const [li, lang] of LANGS.entries())
  for (const w of STOPWORDS[lang as keyof typeof STOPWORDS]) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const k = node * 65536 + w.charCodeAt(i);
      let next = EDGE.get(k);
      if (next === undefined) {
        next = TERM.length;
        TERM.push(null);
        EDGE.set(k, next);
      }
      node = next;
    }
    (TERM[node] ??= []).push(li);
  }
const ASCII_EDGE = new Int32Array(TERM.length * 128).fill(-1);
for (const [k, next] of EDGE) if (k % 65536 < 128) ASCII_EDGE[Math.floor(k / 65536) * 128 + (k % 65536)] = next;
const LETTER = /^\p{L}$/u;
/** Whether a BMP code unit is a letter (\p{L}): 0 not yet known, 1 a letter, 2 not (surrogates: 2); filled on first sight. */
const BMP_LETTER = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP_LETTER[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
for (let c = 0xd800; c < 0xe000; c++) BMP_LETTER[c] = 2;

/**
 * The words of a lower-cased text (runs of \p{L} code points, exactly those of matchAll(/\p{L}+/gu)) and the
 * function-word counts per language, in the order each language was first counted (the tie-break reads it).
 */
function countWords(lc: string): { words: number; counts: Map<string, number> } {
  const hits = new Int32Array(LANGS.length);
  const order: number[] = [];
  let words = 0,
    node = -1,
    inWord = false;
  const hit = (n: number) => {
    const t = n > 0 ? TERM[n] : null;
    if (t)
      for (const li of t) {
        if (hits[li] === 0) order.push(li);
        hits[li]!++;
      }
  };
  for (let i = 0; i < lc.length; i++) {
    const c = lc.charCodeAt(i);
    let letter: boolean;
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        if (!inWord) {
          inWord = true;
          words++;
          node = 0;
        }
        if (node >= 0) node = ASCII_EDGE[node * 128 + c]!;
        continue;
      }
      letter = false;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = lc.charCodeAt(i + 1);
      letter = d >= 0xdc00 && d <= 0xdfff && LETTER.test(lc.slice(i, i + 2)); // a lone surrogate is no letter
      if (letter) {
        if (!inWord) {
          inWord = true;
          words++;
        }
        node = -1; // no function word holds an astral letter
        i++;
        continue;
      }
    } else {
      let k = BMP_LETTER[c]!;
      if (k === 0) {
        k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
        BMP_LETTER[c] = k;
      }
      letter = k === 1;
    }
    if (letter) {
      if (!inWord) {
        inWord = true;
        words++;
        node = 0;
      }
      if (node >= 0) node = EDGE.get(node * 65536 + c) ?? -1;
    } else if (inWord) {
      inWord = false;
      hit(node);
    }
  }
  if (inWord) hit(node);
  const counts = new Map<string, number>();
  for (const li of order) counts.set(LANGS[li]!, hits[li]!);
  return { words, counts };
}

/** Han, kana, Hangul: without one of them the script counts cannot decide, so they are not counted. */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/** zh, ja or ko when the CJK characters of `s` outweigh its Latin letters, else null. */
function byScript(s: string): Language | null {
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
  return null;
}

/** Detects the main language; reads at most the first `limit` characters. */
export function detectLanguage(text: string, limit = 4000): Language {
  const s = text.length > limit ? text.slice(0, limit) : text;
  if (CJK.test(s)) {
    const script = byScript(s);
    if (script !== null) return script;
  }
  const { words, counts } = countWords(s.toLowerCase());
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
