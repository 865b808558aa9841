import type { Language } from '../../data/languages.ts'
import { messages } from '../../ui/strings.ts'
import { UiText } from '../UiText.tsx'
import './TablePager.css'

/** Parties per page of a large matrix's table: a page is about as many cells as the window draws. */
export const TABLE_PAGE_ROWS = 20

/** The rows `[first, end)` of a page, with the page clamped into range. */
export function tablePageRows(page: number, rowCount: number): [number, number] {
  const last = Math.max(0, Math.ceil(rowCount / TABLE_PAGE_ROWS) - 1)
  const first = Math.min(Math.max(0, page), last) * TABLE_PAGE_ROWS
  return [first, Math.min(rowCount, first + TABLE_PAGE_ROWS)]
}

type Props = {
  language: Language
  rows: readonly [number, number]
  rowCount: number
  onPage: (step: -1 | 1) => void
}

/** Previous/next buttons and where the reader is, for a table too large to show at once. */
export function TablePager({ language, rows: [first, end], rowCount, onPage }: Props) {
  const strings = messages(language).ui
  return (
    <nav className="table-pager" aria-label={strings.tablePages}>
      <button type="button" disabled={first === 0} onClick={() => onPage(-1)}>
        ←{' '}
        <UiText
          language={language}
          text={strings.tablePrevious}
          values={{ count: TABLE_PAGE_ROWS }}
        />
      </button>
      <p aria-live="polite">
        <UiText
          language={language}
          text={strings.tableRows}
          values={{ first: first + 1, last: end, total: rowCount }}
        />
      </p>
      <button type="button" disabled={end >= rowCount} onClick={() => onPage(1)}>
        <UiText language={language} text={strings.tableNext} values={{ count: TABLE_PAGE_ROWS }} />{' '}
        →
      </button>
    </nav>
  )
}
