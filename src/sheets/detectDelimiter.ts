/** The separators a CSV file may use: comma, semicolon (Excel in nl/be/de locales) and tab. */
export const DELIMITERS = [',', ';', '\t'] as const
/** One of the separators a sheet can be read and written with. */
export type Delimiter = (typeof DELIMITERS)[number]

/**
 * The separator of a CSV text, read from its header row: the candidate that occurs most often
 * outside quotes (a header's names hold no separators, so the count is one per column).
 * A text with none of them (one column) reads as comma-separated.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]))
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char as Delimiter))
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1)
  }
  let best: Delimiter = ','
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d
  return best
}
