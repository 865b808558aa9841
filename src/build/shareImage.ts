import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  fileURLToPath(new URL(`fonts/${file}`, import.meta.url)),
)

/**
 * Renders a share card's SVG to PNG without a browser (resvg), with the fonts shipped in
 * src/build/fonts only: no system font is read, so every machine draws the same pixels.
 */
export function shareImagePng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
    background: '#ffffff',
  })
  return resvg.render().asPng()
}
