/** Something wrong in a sheet, located the way a spreadsheet shows it (the header is row 1). */
export type SheetProblem = { file: string; row?: number; column?: string; message: string }

/** One line per problem: `stances.csv row 14, column party: "cu" is not a party id`. */
export function formatSheetProblem({ file, row, column, message }: SheetProblem): string {
  const where = [row === undefined ? file : `${file} row ${row}`]
  if (column !== undefined) where.push(`column ${column}`)
  return `${where.join(', ')}: ${message}`
}
