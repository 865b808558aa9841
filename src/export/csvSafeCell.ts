/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Neutralises a CSV cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`) by
 * prefixing an apostrophe. Dataset text is untrusted, and a downloaded CSV is opened in Excel.
 */
export function csvSafeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}
