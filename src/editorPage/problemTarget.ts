import type { Problem } from '../data/problem.ts'
import type { RawDataset } from '../data/schema.ts'
import { fieldCandidates } from '../editor/editPath.ts'
import { parseJsonPath } from '../sheets/parseJsonPath.ts'
import { type FormKind, RECORD_SPECS } from './recordSpecs.ts'
import type { Section } from './SectionNav.tsx'

/** Where a problem is edited: the section, the record or stance cell, and the fields to focus. */
export type ProblemTarget = {
  section: Section
  record?: number
  stance?: { party: string; measure: string; phase: string }
  fields: string[]
}

/**
 * The form that edits a problem's path (`stances[3].summary.en` → the stance's cell on the grid,
 * its English box), or `null` for a problem with no place in a form (`(file)`).
 */
export function problemTarget(raw: RawDataset, problem: Problem): ProblemTarget | null {
  const steps = parseJsonPath(problem.path)
  if (!steps) return null
  const [head, index] = steps
  const fields = fieldCandidates(steps)
  if (head === 'meta') return { section: 'meta', fields }
  if (head === 'stances' && typeof index === 'number') {
    const stance = Array.isArray(raw.stances) ? raw.stances[index] : undefined
    if (!stance) return { section: 'stances', fields }
    const { party, measure, phase } = stance
    return {
      section: 'stances',
      stance: { party, measure, phase },
      fields: [...fields, 'grid-phase'],
    }
  }
  if (typeof head === 'string' && head in RECORD_SPECS) {
    const section = head as FormKind
    return typeof index === 'number'
      ? { section, record: index, fields: [...fields, `choose-${section}`] }
      : { section, fields: [...fields, `choose-${section}`] }
  }
  return null
}
