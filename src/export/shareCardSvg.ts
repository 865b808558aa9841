import { STANCE_GLYPHS, STANCE_PALETTE } from '../charts/stancePalette.ts'
import type { Dataset } from '../data/indexDataset.ts'
import { type Language, textIn } from '../data/languages.ts'
import type { Position } from '../data/vocabularies.ts'
import { fill, messages } from '../ui/strings.ts'
import type { ExportFrame } from './frameLayout.ts'
import { type Box, matrixMarks } from './shareCardMatrix.ts'
import { COLOURS, escapeXml, round, textAt } from './svgMarkup.ts'
import { wrapLines } from './wrapLines.ts'

/** The share card's size: what Open Graph and Twitter's large card show. */
export const SHARE_CARD = { width: 1200, height: 630 } as const
/** The one font the card names; the build renders it with this font file (src/build/fonts). */
export const SHARE_FONT = 'DejaVu Sans'

const PAD = 48
const TITLE = 40
const FOOTER = 20
const LINE = 1.25
// DejaVu Sans is wide: an average glyph of ~0.58 em (bold), so a wrapped line never overflows.
const CHAR = 0.58

/**
 * The share card of a dataset's default view, as SVG text: the export frame (title above,
 * source line and credits below, as the page's SVG and PNG downloads write it) around the stance
 * matrix at the last phase, in the light theme, scaled to fit 1200 × 630. Pure: every text is
 * escaped and measured by estimate, so the same dataset gives the same card on any machine.
 */
export function shareCardSvg(dataset: Dataset, language: Language): string {
  const phase = dataset.phases.at(-1)?.id ?? ''
  const frame = shareFrame(dataset, language, phase)
  const width = SHARE_CARD.width - 2 * PAD
  const titleLines = atMost(wrapLines(frame.title, Math.floor(width / (TITLE * CHAR))), 2)
  const footerLines = [frame.sourceLine, frame.credits].flatMap((text) =>
    atMost(wrapLines(text, Math.floor(width / (FOOTER * CHAR))), 1),
  )
  const titleBottom = PAD + titleLines.length * TITLE * LINE
  const footerTop = SHARE_CARD.height - PAD - footerLines.length * FOOTER * LINE
  const text = [
    ...titleLines.map((line, i) =>
      textAt(PAD, PAD + TITLE + i * TITLE * LINE, TITLE, line, COLOURS.fg, 'bold'),
    ),
    ...footerLines.map((line, i) =>
      textAt(PAD, footerTop + FOOTER + i * FOOTER * LINE, FOOTER, line, COLOURS.muted),
    ),
  ]
  const area = { x: PAD, y: titleBottom + 16, width, height: footerTop - titleBottom - 40 }
  const chart = matrixMarks(dataset, language, phase, area)
  const aside = asideMarks(dataset, language, {
    x: PAD + chart.width + 40,
    y: area.y + 24,
    width: width - chart.width - 40,
    // It starts 24 px into the area: this height ends it at the footer's rule, not below it.
    height: area.height - 12,
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD.width}" height="${SHARE_CARD.height}" viewBox="0 0 ${SHARE_CARD.width} ${SHARE_CARD.height}" font-family="${SHARE_FONT}">`,
    `<title>${escapeXml(frame.title)}</title>`,
    `<rect width="${SHARE_CARD.width}" height="${SHARE_CARD.height}" fill="${COLOURS.bg}"/>`,
    ...text,
    `<line x1="${PAD}" x2="${SHARE_CARD.width - PAD}" y1="${footerTop - 12}" y2="${footerTop - 12}" stroke="${COLOURS.rule}"/>`,
    chart.svg,
    aside,
    '</svg>',
  ].join('\n')
}

/** The frame the page's chart downloads write (SharePanel.tsx), for the default view. */
export function shareFrame(dataset: Dataset, language: Language, phase: string): ExportFrame {
  const label = dataset.phaseById.get(phase)?.label
  const phaseLabel = label ? textIn(label, language) : phase
  return {
    title: textIn(dataset.meta.title, language),
    sourceLine: fill(
      messages(language).sections.exportSourceLine,
      { sources: dataset.sources.length, phase: phaseLabel },
      language,
    ),
    credits: `${textIn(dataset.meta.credits, language)} ${dataset.meta.licence}`,
  }
}

const DECK = 22
const KEY = 18

/** Beside the matrix: the deck, then a key to the positions, each with its mark and glyph. */
function asideMarks(dataset: Dataset, language: Language, box: Box): string {
  if (box.width < 200) return ''
  const values = keyedPositions(dataset)
  // The key takes a row per position at the bottom; the deck gets the lines left above it.
  const keyHeight = values.length * KEY * 1.8 + 32
  const deckLines = Math.max(1, Math.floor((box.height - keyHeight) / (DECK * LINE)))
  // 0.56 em a character: German's capitals and long words ran past the margin at 0.52.
  const deck = atMost(
    wrapLines(textIn(dataset.meta.deck, language), Math.floor(box.width / (DECK * 0.56))),
    Math.min(6, deckLines),
  )
  const out = deck.map((line, i) =>
    textAt(box.x, box.y + DECK + i * DECK * LINE, DECK, line, COLOURS.fg),
  )
  const top = box.y + deck.length * DECK * LINE + 32
  values.forEach((value, i) => {
    const y = top + i * KEY * 1.8
    const { mark, glyph } = STANCE_PALETTE.light[value]
    out.push(
      `<rect x="${box.x}" y="${round(y)}" width="24" height="24" rx="3" fill="${mark}"/>`,
      `<text x="${box.x + 12}" y="${round(y + 18)}" font-size="17" font-weight="bold" text-anchor="middle" fill="${glyph}">${escapeXml(STANCE_GLYPHS[value])}</text>`,
      textAt(box.x + 36, y + 18, KEY, messages(language).positions[value], COLOURS.muted),
    )
  })
  return out.join('\n')
}

/** The positions the key explains: the five of every dispute, and a demand where one is made. */
function keyedPositions(dataset: Dataset): Position[] {
  const five: Position[] = ['supports', 'conditional', 'undecided', 'opposes', 'red-line']
  return dataset.stances.some((stance) => stance.position === 'demand') ? ['demand', ...five] : five
}

/** The first `count` lines, the last one ending in an ellipsis when text was left out. */
function atMost(lines: string[], count: number): string[] {
  if (lines.length <= count) return lines
  const kept = lines.slice(0, count)
  kept[count - 1] = `${kept[count - 1]}…`
  return kept
}
