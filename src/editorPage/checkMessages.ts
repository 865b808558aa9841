import type { Dataset } from '../data/indexDataset.ts'
import type { Checked } from '../data/problem.ts'

/** A version of the dataset for the validator worker to check. */
export type CheckRequest = { raw: unknown }
/** The validator's verdict (a Dataset's lookups are Maps: structured clone carries them). */
export type CheckResult = { checked: Checked<Dataset> }
