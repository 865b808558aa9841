/**
 * Breaks text into lines of at most `maxChars` characters at spaces (greedy). A word longer
 * than a line keeps a line of its own rather than being cut; blank text gives no lines.
 */
export function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  return lines
}
