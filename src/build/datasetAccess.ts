/** What `?data=` may open in this build, from the environment the build runs in (README "Hosting"). */
export type DatasetAccess = { folder: string | null; anyPath: boolean }

/** The environment variable naming the one data folder a published page may also open files from. */
export const DATA_FOLDER_VARIABLE = 'COALITION_DATA_FOLDER'
/** The environment variable that makes a preview build open any same-origin JSON path. */
export const ANY_DATA_VARIABLE = 'COALITION_PREVIEW_ANY_DATA'

/**
 * Reads the build's dataset access from the environment. The folder must be a path on the page's
 * own origin (relative to the page, or from the root); anything else stops the build, as a
 * silently ignored setting would leave a newsroom's links refused.
 */
export function datasetAccess(env: Record<string, string | undefined>): DatasetAccess {
  const folder = env[DATA_FOLDER_VARIABLE]?.trim() || null
  if (folder !== null && (/^[a-z][a-z0-9+.-]*:/i.test(folder) || /^[/\\]{2}/.test(folder)))
    throw new Error(
      `${DATA_FOLDER_VARIABLE}=${JSON.stringify(folder)}: name a folder on this site, such as /newsroom/data/ or data/, not an address elsewhere`,
    )
  const any = env[ANY_DATA_VARIABLE]?.trim() ?? ''
  if (any !== '' && any !== '0' && any !== '1')
    throw new Error(`${ANY_DATA_VARIABLE}=${JSON.stringify(any)}: use 1 (preview build) or 0`)
  return { folder: folder && !folder.endsWith('/') ? `${folder}/` : folder, anyPath: any === '1' }
}
