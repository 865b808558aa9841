/** JSON with object keys sorted, so the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * A short hash (FNV-1a, 32 bit) of a dataset file's parsed JSON, independent of key order. The
 * build stamps the bundled datasets' fingerprints into the app: a fetched file with a known
 * fingerprint is the very file the build validated, so the browser can skip loading the
 * validator; any other file (swapped in dist/, or opened by URL) is validated in full.
 */
export function datasetFingerprint(raw: unknown): string {
  const text = canonical(raw)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
