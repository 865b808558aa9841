/**
 * A short hash (FNV-1a, 32 bit) of a dataset file's text. The build stamps the bundled files'
 * fingerprints into the app: a fetched file with a known fingerprint is, byte for byte, the file
 * the build validated, so the browser can skip loading the validator; any other file (edited in
 * dist/, or opened by URL) is validated in full. Hashing the text, not the parsed JSON, is cheap
 * and cannot be led into deep recursion by a hostile file.
 */
export function datasetFingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
