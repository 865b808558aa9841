/**
 * What preact/compat leaves out of React's DOM props (vite.config.ts ships Preact in React's
 * place). Imported first by every entry (main, editor, prerender) and by the tests' setup, so
 * it is in place before the first element is made.
 */
import { options, type VNode } from 'preact'

// React writes `tabIndex` as the attribute `tabindex` on every element. Preact sets an SVG
// element's props with setAttribute under the prop's own name, so a cell of the matrix's SVG
// grid got a `tabIndex` attribute that no browser reads, and its roving tab stop stayed where
// the prerender put it. Renamed here, it is `tabindex` on the server and in the browser.
const next = options.vnode
options.vnode = (vnode: VNode) => {
  const props = vnode.props as Record<string, unknown> | null
  if (typeof vnode.type === 'string' && props && 'tabIndex' in props) {
    const { tabIndex, ...rest } = props
    vnode.props = { ...rest, tabindex: tabIndex } as unknown as typeof vnode.props
  }
  next?.(vnode)
}
