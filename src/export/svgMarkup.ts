import { xmlSafeText } from './xmlSafeText.ts'

/** The light theme's page colours (src/styles/tokens.css), for files drawn outside the page. */
export const COLOURS = { bg: '#ffffff', fg: '#1a1a1a', muted: '#555555', rule: '#d4d4d4' }

/** One line of SVG text at its baseline; the text is escaped. */
export function textAt(
  x: number,
  y: number,
  size: number,
  text: string,
  colour: string,
  weight = 'normal',
): string {
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(text)}</text>`
}

/** Dataset text is untrusted: characters XML cannot hold are dropped, markup characters escaped. */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  )
}

/** Two decimals: short, stable SVG numbers. */
export const round = (n: number) => Math.round(n * 100) / 100
