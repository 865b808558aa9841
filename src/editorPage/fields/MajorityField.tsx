import { fieldId, type Path } from '../../editor/editPath.ts'
import type { Edits } from '../useEditorDocument.ts'
import './fields.css'

type Props = { label: string; path: Path; value: unknown; edits: Edits }

const FRACTIONS = ['1/2', '2/3', '3/5', '3/4'] as const
type Rule = 'usual' | 'seats' | 'members' | 'votes'

/**
 * A majority rule: the usual one (left out: more than half of the filled seats), a fixed
 * number of seats, or a fraction of the members or of the votes cast.
 */
export function MajorityField({ label, path, value, edits }: Props) {
  const rule = (value && typeof value === 'object' ? value : null) as Record<string, unknown> | null
  const kind: Rule = !rule
    ? 'usual'
    : 'seats' in rule
      ? 'seats'
      : rule.of === 'votes'
        ? 'votes'
        : 'members'
  const fraction = typeof rule?.fraction === 'string' ? rule.fraction : '2/3'
  const ruleId = fieldId([...path, 'rule'])
  const choose = (next: Rule) => {
    if (next === 'usual') edits.edit(path, undefined)
    else if (next === 'seats')
      edits.edit(path, { seats: typeof rule?.seats === 'number' ? rule.seats : 76 })
    else edits.edit(path, { fraction, of: next })
  }
  return (
    <fieldset className="ed-field" id={fieldId(path)}>
      <legend>{label}</legend>
      <div className="ed-languages ed-numbers">
        <div className="ed-language ed-whole-row">
          <label htmlFor={ruleId}>Rule</label>
          <select id={ruleId} value={kind} onChange={(e) => choose(e.target.value as Rule)}>
            <option value="usual">The usual: more than half of the filled seats</option>
            <option value="seats">A fixed number of seats</option>
            <option value="members">A fraction of the members</option>
            <option value="votes">A fraction of the votes cast</option>
          </select>
        </div>
        {kind === 'seats' ? (
          <div className="ed-language">
            <label htmlFor={fieldId([...path, 'seats'])}>Seats needed</label>
            <input
              id={fieldId([...path, 'seats'])}
              type="number"
              inputMode="numeric"
              min={1}
              value={Number.isFinite(rule?.seats) ? String(rule?.seats) : ''}
              onChange={(e) =>
                edits.edit(
                  [...path, 'seats'],
                  e.target.value === '' ? '' : Number(e.target.value),
                  `${path.join('.')}.seats`,
                )
              }
            />
          </div>
        ) : null}
        {kind === 'members' || kind === 'votes' ? (
          <div className="ed-language">
            <label htmlFor={fieldId([...path, 'fraction'])}>Fraction</label>
            <select
              id={fieldId([...path, 'fraction'])}
              value={fraction}
              onChange={(e) => edits.edit([...path, 'fraction'], e.target.value)}
            >
              {FRACTIONS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
    </fieldset>
  )
}
