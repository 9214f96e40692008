/**
 * Character classes the extractor tests by code unit on hot paths (no regex, no slice).
 */

/** Every character `\s` matches, and a few more (the U+1680-U+3000 block whole): a "may be white space" test
 *  for the quick rejections that must never miss a space a regex would see. */
export const maySpace = (c: number): boolean => c <= 32 || c === 0xa0 || c === 0xfeff || (c >= 0x1680 && c <= 0x3000);
