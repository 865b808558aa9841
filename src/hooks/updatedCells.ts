import { createContext } from 'react'

/**
 * The matrix cells a live update just changed, as `party|measure` keys, for the matrix to mark
 * once. Empty when nothing was updated, so the prerendered page and hydration agree.
 */
export const UpdatedCells = createContext<ReadonlySet<string>>(new Set())

/** The key of a cell in `UpdatedCells` (the same as model/updatedStances.ts writes). */
export const updatedCellKey = (party: string, measure: string) => `${party}|${measure}`
