/**
 * Lists in one cell. Ids can hold no `|`, so an id list is simply `vvd | d66`. Text lists (a
 * person's roles) may hold any character, so there a `|` or `\` inside an item is written `\|`
 * or `\\`; that keeps every list of non-empty items lossless.
 */

/** The separator written between items; on import the spaces around `|` are optional. */
export const LIST_SEPARATOR = ' | '

/** Writes ids as one cell: `vvd | d66`; an empty list is an empty cell. */
export function formatIdList(ids: readonly string[]): string {
  return ids.join(LIST_SEPARATOR)
}

/** Reads an id cell: items split at `|` and trimmed; an empty or blank cell is an empty list. */
export function parseIdList(cell: string): string[] {
  if (cell.trim() === '') return []
  return cell.split('|').map((id) => id.trim())
}

/** Writes texts as one cell, escaping `\` and `|` inside items. */
export function formatTextList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\|]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR)
}

/** Reads a text cell written by `formatTextList` (or typed by hand); an empty cell is an empty list. */
export function parseTextList(cell: string): string[] {
  if (cell === '') return []
  const items: string[] = []
  let item = ''
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]
    const next = cell[i + 1]
    if (c === '\\' && (next === '\\' || next === '|')) {
      item += next
      i++
    } else if (c === '|') {
      items.push(item)
      item = ''
    } else item += c
  }
  items.push(item)
  // Strip only the one space the separator adds on each side, so an item's own spaces survive.
  return items.map((text, i) => {
    let result = i > 0 && text.startsWith(' ') ? text.slice(1) : text
    if (i < items.length - 1 && result.endsWith(' ')) result = result.slice(0, -1)
    return result
  })
}
