/**
 * Says where a JSON text breaks, as an editor shows it: `line 3, column 7: Unexpected number`.
 * Engines name a character position ("at position 23"), which nobody can find by eye.
 */
export function jsonSyntaxError(text: string, reason: string): string {
  if (/^\s*</.test(text)) return 'is a web page (HTML), not a JSON file'
  const position = /\bat position (\d+)/.exec(reason)?.[1]
  const at =
    position !== undefined
      ? Number(position)
      : /end of JSON input/.test(reason)
        ? text.length
        : null
  // Drop the engine's own place ("in JSON at position 23 (line 3 column 7)") for ours.
  const what = reason
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
  if (at === null) return `is not valid JSON (${what})`
  const before = text.slice(0, at)
  const line = before.split('\n').length
  const column = at - (before.lastIndexOf('\n') + 1) + 1
  return `is not valid JSON: line ${line}, column ${column}: ${what}`
}
