/** True for a code point XML 1.0 allows in text (its `Char` production). */
const isXmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  c >= 0x10000

/**
 * Removes the characters XML cannot hold (most C0 controls, U+FFFE/U+FFFF, unpaired
 * surrogates): XMLSerializer writes them as they are, and the file would then not parse.
 */
export function xmlSafeText(text: string): string {
  let safe = ''
  // for…of walks code points; an unpaired surrogate comes out on its own and is dropped.
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) safe += char
  return safe
}
