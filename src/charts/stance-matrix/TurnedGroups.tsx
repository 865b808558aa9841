import type { LanguageMark } from '../../ui/chromeLanguage.ts'
import type { TurnedMatrix } from './turnedMatrix.ts'
import './TurnedGroups.css'

/**
 * The side labels over the turned matrix's party columns, as the slanted matrix labels its
 * row groups. Each sits over its own columns where they all fit (see groupsFitOver); else
 * each gets a line of its own, the label ending where its side begins and a bracket over the
 * side's columns, so a one-party side is named in full without widening its column.
 * The sides are in each party's name already: these rows are for the eye only.
 */
export function TurnedGroups({ turned, chrome }: { turned: TurnedMatrix; chrome: LanguageMark }) {
  const { groups, columns } = turned
  if (groups.length === 0) return null
  if (!turned.stackedGroups)
    return (
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a row of text, never focused
      <tr className="turned-groups" aria-hidden="true">
        <td />
        {groups.map((group, i) => (
          <td
            key={group.side}
            colSpan={group.span}
            className={i > 0 ? 'turned-group-start' : undefined}
            {...chrome}
          >
            {group.label}
          </td>
        ))}
      </tr>
    )
  return groups.map((group, i) => {
    const after = columns.length - group.first - group.span
    return (
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a row of text, never focused
      <tr key={group.side} className="turned-groups turned-group-line" aria-hidden="true">
        <td colSpan={1 + group.first} className="turned-group-label" {...chrome}>
          {group.label}
        </td>
        <td colSpan={group.span} className={i > 0 ? 'turned-group-start' : undefined}>
          <span className="turned-bracket" />
        </td>
        {after > 0 && <td colSpan={after} />}
      </tr>
    )
  })
}
