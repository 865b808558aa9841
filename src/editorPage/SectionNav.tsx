import { RECORD_LISTS } from '../data/recordLists.ts'

/** The parts of the editor, in the format's order, then saving. */
export const SECTIONS = ['meta', ...RECORD_LISTS, 'save'] as const
export type Section = (typeof SECTIONS)[number]

type Props = { section: Section; onSection: (section: Section) => void }

/** Buttons for the parts of the dataset; the one shown is marked current. */
export function SectionNav({ section, onSection }: Props) {
  return (
    <nav aria-label="Parts of the dataset" className="ed-sections">
      {SECTIONS.map((s) => (
        <button
          key={s}
          type="button"
          aria-current={s === section ? 'true' : undefined}
          onClick={() => onSection(s)}
        >
          {s}
        </button>
      ))}
    </nav>
  )
}
