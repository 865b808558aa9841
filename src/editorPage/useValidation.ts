import { useEffect, useRef, useState } from 'react'
import type { Dataset } from '../data/indexDataset.ts'
import type { Checked } from '../data/problem.ts'
import { validateDataset } from '../data/validateDataset.ts'
import type { CheckRequest, CheckResult } from './checkMessages.ts'

/** The latest verdict, and the last version that passed (what the preview draws meanwhile). */
export type Validation = { checked: Checked<Dataset> | null; lastValid: Dataset | null }

/**
 * Checks every version of the dataset in a worker. At most one check runs at a time; versions
 * edited meanwhile collapse into the newest, so a burst of typing costs one check, not one a key.
 * Where no worker can start, the check runs on the page after the frame.
 */
export function useValidation(raw: unknown): Validation {
  const [validation, setValidation] = useState<Validation>({ checked: null, lastValid: null })
  const checker = useRef<Checker | null>(null)
  useEffect(() => {
    const own = startChecker((checked) =>
      setValidation((v) => ({ checked, lastValid: checked.ok ? checked.value : v.lastValid })),
    )
    checker.current = own
    return () => own.stop()
  }, [])
  useEffect(() => {
    if (raw === undefined) setValidation({ checked: null, lastValid: null })
    else checker.current?.check(raw)
  }, [raw])
  return validation
}

type Checker = { check: (raw: unknown) => void; stop: () => void }

function startChecker(onResult: (checked: Checked<Dataset>) => void): Checker {
  let worker: Worker | null = null
  try {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    worker = null
  }
  // `version` counts the versions asked for, `sent` the one the worker is checking.
  let latest: unknown
  let version = 0
  let sent = 0
  let busy = false
  const onPage = () => {
    const raw = latest
    setTimeout(() => onResult(validateDataset(raw)), 0)
  }
  const flush = () => {
    if (!worker) return onPage()
    busy = true
    sent = version
    worker.postMessage({ raw: latest } satisfies CheckRequest)
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<CheckResult>) => {
      busy = false
      // A slightly older verdict is still shown: the list and preview follow a burst of typing.
      onResult(event.data.checked)
      if (sent !== version) flush()
    }
    worker.onerror = (event) => {
      // A worker that cannot start (a host serving it with the wrong type): check on the page.
      event.preventDefault()
      worker?.terminate()
      worker = null
      busy = false
      onPage()
    }
  }
  return {
    check: (raw) => {
      latest = raw
      version += 1
      if (!busy) flush()
    },
    stop: () => worker?.terminate(),
  }
}
