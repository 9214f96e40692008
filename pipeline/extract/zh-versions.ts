/**
 * A version number glued to a Latin name in a Chinese posting ("Java17", "Python3.8", "iOS15", "PHP8", "JDK8",
 * "Vue.js3", "CentOS7开发"): Chinese writers put no space before the version, so the name's Latin boundary
 * fails on the digit. createScanner (cjk.ts) scans such a text once more with the versions blanked and gives a
 * name that ends where a version starts a hit up to the version's end. English postings are not touched.
 *   version  1-2 digits, then at most two ".digits" parts of 1-2 digits (3, 17, 3.8, 1.8.0) right after two
 *            ASCII letters; a longer number (VS2019, Base64, SHA256) or a letter or digit right after it (Unity3D,
 *            k8s, H5页面 has one letter only) is no version;
 *   after    the end of the text or a character that is not a Latin letter or digit, '_', '+' or '#' (a Han
 *            character, punctuation, a space); zhtech: one '+' joining the next name or closing "or later" is fine
 *            (thinkphp6+Vue, PHP7+, Java8+), '++' and '+#' are not.
 * A case-sensitive alias (=Go) is not matched with a version (the matcher compares its surface as written).
 */
const VERSION = /(?<=[A-Za-z]{2})\d{1,2}(?:\.\d{1,2}){0,2}(?![\dA-Za-z_#\u00c0-\u1fff]|\.\d|\+[+#])/g;

/** [start, end) of each glued version in the view (empty for most texts). */
export function zhVersionSpans(view: string): [number, number][] {
  const out: [number, number][] = [];
  VERSION.lastIndex = 0;
  for (let m = VERSION.exec(view); m; m = VERSION.exec(view)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The view with each version blanked by spaces (same length), for the second scan. */
export function blankVersions(view: string, spans: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += view.slice(at, s) + ' '.repeat(e - s);
    at = e;
  }
  return out + view.slice(at);
}
