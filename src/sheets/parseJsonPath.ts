/** One step of a JSON path: a field name or an array index. */
export type PathStep = string | number

const STEP = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y

/**
 * Splits a validator path such as `stances[12].quotes[0].speaker` or `parties[0].seats["ek-2"]`
 * into its steps; `null` for anything else (`(file)`, `(root)`).
 */
export function parseJsonPath(path: string): PathStep[] | null {
  const steps: PathStep[] = []
  STEP.lastIndex = 0
  while (STEP.lastIndex < path.length) {
    const match = STEP.exec(path)
    if (!match) return null
    const [, name, index, quoted] = match
    if (name !== undefined) steps.push(name)
    else if (index !== undefined) steps.push(Number(index))
    else steps.push(JSON.parse(quoted ?? '""') as string)
  }
  return steps.length > 0 ? steps : null
}
