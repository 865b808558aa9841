/**
 * The validator, off the page's thread: on the larger bundled dataset one run costs two or
 * three frames (zod walks 250 KB), which would stall typing. It is the CLI's own validator.
 */
import { validateDataset } from '../data/validateDataset.ts'
import type { CheckRequest, CheckResult } from './checkMessages.ts'

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const result: CheckResult = { checked: validateDataset(event.data.raw) }
  self.postMessage(result)
}
