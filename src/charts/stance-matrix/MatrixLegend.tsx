import type { Language } from '../../data/languages.ts'
import { CONFIDENCES, STANCE_VALUES, type StanceValue } from '../../data/vocabularies.ts'
import { messages } from '../../ui/strings.ts'
import { STANCE_GLYPHS } from '../stancePalette.ts'
import { UiText } from '../UiText.tsx'
import { CarriedCorner } from './CellMarks.tsx'
import '../panel.css'
import './CellMarks.css'
import './MatrixLegend.css'

const SIZE = 22

type SwatchProps = { value: StanceValue | null; confidence: string; carried?: boolean }

function Swatch({ value, confidence, carried = false }: SwatchProps) {
  return (
    <svg
      className={`legend-swatch cell ${value ? `pos-${value}` : 'not-on-table'} conf-${confidence}${carried ? ' is-carried' : ''}`}
      width={SIZE}
      height={SIZE}
      aria-hidden="true"
    >
      {value ? (
        <>
          <rect className="cell-mark" x={2} y={2} width={SIZE - 4} height={SIZE - 4} rx={3} />
          <text className="cell-glyph" x={SIZE / 2} y={SIZE / 2}>
            {STANCE_GLYPHS[value]}
          </text>
        </>
      ) : (
        <line
          className="cell-absent"
          x1={SIZE / 2 - 4}
          x2={SIZE / 2 + 4}
          y1={SIZE / 2}
          y2={SIZE / 2}
        />
      )}
      {carried && <CarriedCorner x={SIZE - 2} y={SIZE - 2} />}
    </svg>
  )
}

/** What every mark means: position (colour and glyph), how we know, change, carried, not yet on the table. */
export function MatrixLegend({ language }: { language: Language }) {
  const strings = messages(language).ui
  return (
    <div className="legend" role="group" aria-label={strings.legendTitle}>
      <ul className="legend-list">
        {STANCE_VALUES.map((value) => (
          <li key={value}>
            <Swatch value={value} confidence={value === 'unknown' ? 'none' : 'on-record'} />
            <UiText language={language} text={messages(language).positions[value]} />
          </li>
        ))}
        <li>
          <Swatch value={null} confidence="none" />
          <UiText language={language} text={strings.notOnTable} />
        </li>
      </ul>
      <ul className="legend-list">
        <li className="legend-heading">
          <UiText language={language} text={strings.legendConfidence} />
          {messages(language).punctuation.colon.trimEnd()}
        </li>
        {CONFIDENCES.map((confidence) => (
          <li key={confidence}>
            <Swatch value="supports" confidence={confidence} />
            <UiText language={language} text={messages(language).confidence[confidence]} />
          </li>
        ))}
        <li>
          <svg className="legend-swatch" width={SIZE} height={SIZE} aria-hidden="true">
            <circle className="cell-changed" cx={SIZE / 2} cy={SIZE / 2} r={4} />
          </svg>
          <UiText language={language} text={strings.legendChanged} />
        </li>
        <li>
          <Swatch value="supports" confidence="on-record" carried />
          <UiText language={language} text={messages(language).changes.legendCarried} />
        </li>
      </ul>
    </div>
  )
}
