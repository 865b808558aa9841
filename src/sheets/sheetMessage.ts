/**
 * Rewrites a validator message for a spreadsheet user, who sees columns, not JSON: each rule
 * matches a message the validator writes (tests pin the pairs) and says it in the sheet's terms.
 * `column` is where the problem was placed (`seats_tk`, `from_party/from_person`).
 */
export function sheetMessage(message: string, column: string | undefined): string {
  for (const [pattern, rewrite] of RULES) {
    const match = pattern.exec(message)
    if (match) return rewrite(match, column ?? '')
  }
  return message
}

type Rule = readonly [RegExp, (match: RegExpExecArray, column: string) => string]

const RULES: readonly Rule[] = [
  // Colour contrast: a pair lives in two columns; a pair's own column needs another colour.
  [
    /^(.*) \(give a \{ "light", "dark" \} pair\)$/s,
    ([, head], column) =>
      column === 'colour'
        ? `${head} (leave colour empty and give one colour per background in colour_light and colour_dark)`
        : `${head} (choose a colour for ${column} that reaches it)`,
  ],
  [/^must be a colour "#rrggbb" or \{.*\}$/s, () => 'must be a colour written #rrggbb'],
  // A seats column whose chamber does not exist: the fix is the column's name.
  [
    /^("[^"]*") is not a chamber id \(known: (.*)\)$/s,
    ([, id, known = ''], column) =>
      column.startsWith('seats_')
        ? `${id} is not a chamber id of chambers.csv: rename the column ${column} to ${renameTo(known)}`
        : `${id} is not a chamber id (known: ${known})`,
  ],
  [
    /^must name exactly one of "party" or "person"$/,
    (_, column) => {
      const side = column.split('_')[0] || 'from'
      return `fill in exactly one of ${side}_party or ${side}_person`
    },
  ],
  // A majority rule is one cell in the sheets: say it the way that cell is written.
  [
    /^must be \{ "seats": <number> \} or \{ "fraction"/,
    () =>
      'must be a number of seats (400) or a fraction of members or votes (2/3 members, 3/5 votes)',
  ],
  [/^must be a boolean \(got (.*)\)$/s, ([, got]) => `must be true or false (got ${got})`],
]

function renameTo(known: string): string {
  const ids = known.split(', ').filter((id) => id !== '…' && id !== 'none defined')
  const columns = ids.map((id) => `seats_${id}`)
  if (columns.length === 0) return 'seats_<chamber id> of a chamber in chambers.csv'
  return columns.length === 1 ? (columns[0] ?? '') : `one of ${columns.join(', ')}`
}
