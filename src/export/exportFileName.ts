/** The kinds of file the app exports. */
export const EXPORT_EXTENSIONS = ['svg', 'png', 'csv', 'json'] as const
export type ExportExtension = (typeof EXPORT_EXTENSIONS)[number]

/** Each part is cut to this length, so a file name stays far below any file system's limit. */
const MAX_PART = 64

/**
 * A safe download name such as `rutte4-asylum-2023-matrix-fri.svg`: lowercase a-z, 0-9 and
 * single hyphens only (accents are folded, anything else becomes a hyphen). Empty or `null`
 * parts are left out; with nothing left the name is `export.<ext>`.
 */
export function exportFileName(
  datasetId: string,
  view: string,
  phase: string | null,
  ext: ExportExtension,
): string {
  const parts = [datasetId, view, phase ?? ''].map(slug).filter((part) => part !== '')
  return `${parts.length > 0 ? parts.join('-') : 'export'}.${ext}`
}

function slug(text: string): string {
  return (
    text
      // Split accented letters into letter + combining mark, then drop the marks: é → e.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, MAX_PART)
      .replace(/^-+|-+$/g, '')
  )
}
