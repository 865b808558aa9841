import { existsSync, readFileSync, rmSync } from 'node:fs'

/** One entry of Vite's build manifest (`.vite/manifest.json`): the file a source became. */
type ManifestChunk = { file: string }

/**
 * The built file of each interface catalogue, by language (`nl` → `assets/nl-T-8h43DH.js`),
 * read from the client build's manifest in `out`, which is then removed: dist/ ships without it.
 * A page preloads its own language's file, so its words arrive with the app's code, not after.
 */
export function takeCatalogueChunks(out: string): Map<string, string> {
  const path = `${out}/.vite/manifest.json`
  if (!existsSync(path))
    throw new Error(`${path} is missing: vite.config.ts must set build.manifest`)
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>
  rmSync(`${out}/.vite`, { recursive: true, force: true })
  const chunks = new Map<string, string>()
  for (const [source, chunk] of Object.entries(manifest)) {
    const language = /^src\/i18n\/([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.ts$/.exec(source)?.[1]
    if (language) chunks.set(language, chunk.file)
  }
  return chunks
}
