import { xmlSafeText } from './xmlSafeText.ts'

/** Interaction and page attributes that mean nothing in an exported image. */
const REMOVED = new Set(['tabindex', 'role', 'focusable', 'class', 'style'])
const REMOVED_PREFIX = /^(aria-|data-|on)/i
const SAFE_LINK = /^(#|https?:\/\/)/i

/**
 * Removes interaction, accessibility-tree, data, event-handler, class and style attributes
 * from an element and its descendants, drops links that are not `#fragment` or http(s), and
 * cleans text and attribute values of characters XML cannot hold. Mutates `root`: pass a clone.
 */
export function stripAttributes(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? ''
      const link = name === 'href' || name === 'xlink:href'
      if (REMOVED.has(name) || REMOVED_PREFIX.test(name) || (link && !SAFE_LINK.test(value)))
        element.removeAttribute(name)
      else if (xmlSafeText(value) !== value) element.setAttribute(name, xmlSafeText(value))
    }
    for (const node of element.childNodes)
      if (node.nodeType === node.TEXT_NODE && node.nodeValue !== null)
        node.nodeValue = xmlSafeText(node.nodeValue)
  }
}
