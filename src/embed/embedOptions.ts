/** The parts of the graphic an embed can show. */
export const EMBED_SECTIONS = ['matrix', 'graph', 'majority', 'timeline'] as const
export type EmbedSection = (typeof EMBED_SECTIONS)[number]

/** How the page was asked to appear: full page, or a compact embed of some sections. */
export type EmbedOptions = {
  embed: boolean
  sections: EmbedSection[]
  /** The id pym.js's parent gave this frame; heights are reported under it. */
  childId: string | null
}

/** Parameters that belong to the embedding, not to the view (dropped from "open full view" links). */
export const EMBED_PARAMS = [
  'embed',
  'show',
  'childId',
  'initialWidth',
  'parentTitle',
  'parentUrl',
] as const

/** Reads `?embed=1&show=matrix,graph&childId=…`; anything unknown falls back to the defaults. */
export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search)
  const embed = params.get('embed') === '1' || params.get('embed') === 'true'
  const asked = (params.get('show') ?? '').split(',').map((s) => s.trim())
  const sections = EMBED_SECTIONS.filter((s) => asked.includes(s))
  const childId = params.get('childId')
  return {
    embed,
    sections: sections.length > 0 ? sections : ['matrix'],
    // pym ids are element ids; keep them short and plain so they are safe to echo back.
    childId: childId && /^[\w-]{1,64}$/.test(childId) ? childId : null,
  }
}

/** The full-page link for an embed: the same view, without the embedding parameters. */
export function fullViewSearch(search: string): string {
  const params = new URLSearchParams(search)
  for (const name of EMBED_PARAMS) params.delete(name)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/**
 * The link from an embed to the full page, relative to the embed's own address: `embed.html`
 * and a directory (`…/?embed=1`) open the directory's index page, another file opens itself.
 * Relative, so the prerendered embed and the browser write the same link.
 */
export function fullViewHref(pathname: string, search: string): string {
  const file = pathname.split('/').pop() ?? ''
  const page = file === '' || file === 'embed.html' ? './' : file
  return `${page}${fullViewSearch(search)}`
}
