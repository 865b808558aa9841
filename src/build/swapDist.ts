/**
 * The build's last step: the finished build in `next` replaces `dist` in two renames, so a build
 * that failed on the way never leaves a half-written dist/ (embed.html gone, index.html unfilled).
 */
import { existsSync, renameSync, rmSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** Puts `next` in the place of `dist`; the old build is removed only once the new one is there. */
export function swapDist(next: string, dist: string): void {
  if (!existsSync(next))
    throw new Error(`${next} does not exist: nothing to put in place of ${dist}`)
  const old = `${dist}.old`
  rmSync(old, { recursive: true, force: true })
  if (existsSync(dist)) renameSync(dist, old)
  renameSync(next, dist)
  rmSync(old, { recursive: true, force: true })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    swapDist(process.argv[2] ?? '.dist-next', process.argv[3] ?? 'dist')
  } catch (error) {
    console.error(`swapDist: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
