import { describe, expect, test } from 'vitest'
import { groupsFitOver } from '../../../src/charts/stance-matrix/turnedGroups.ts'
import { safeTextWidth } from '../../../src/charts/textWidth.ts'

// Widths reserved at 11 px bold (safeTextWidth): "Coalitie" 62, "Oppositie" 75, "Opposition" 84,
// "Gedoogsteun" 101. A party column on a phone is 32 px, a gap between sides 6 px. On the
// narrowest frame (288 px) the titles keep 96 px; the labels may take what is left, or 24 px.
describe('groupsFitOver', () => {
  test('the reserved widths the cases below are worked out from', () => {
    const words = ['Coalitie', 'Oppositie', 'Opposition', 'Gedoogsteun']
    expect(words.map((w) => safeTextWidth(w, 11, true))).toEqual([62, 75, 84, 101])
  })

  test('groupsFitOver(Rutte IV): four coalition and two opposition parties keep one line, in Dutch and English', () => {
    // Six columns leave no room (288 - 96 - 192 - 6 < 0), so the 24 px slack decides:
    // "Oppositie" 75 over 64 takes 11 px, "Opposition" 84 over 64 takes 20.
    const rutte = (coalition: string, opposition: string) => [
      { label: coalition, span: 4 },
      { label: opposition, span: 2 },
    ]
    expect(groupsFitOver(rutte('Coalitie', 'Oppositie'))).toBe(true)
    expect(groupsFitOver(rutte('Coalition', 'Opposition'))).toBe(true)
  })

  test('groupsFitOver is false when a side of one party among six would widen its column past the slack', () => {
    // "Gedoogsteun" 101 over 32: 69 px.
    const sides = [
      { label: 'Coalitie', span: 5 },
      { label: 'Gedoogsteun', span: 1 },
    ]
    expect(groupsFitOver(sides)).toBe(false)
  })

  test('groupsFitOver lets few parties give their titles’ room to a label: one opposition party of three', () => {
    // Three columns and one gap leave 288 - 96 - 96 - 6 = 90 px; "Opposition" takes 84 - 32 = 52.
    const sides = [
      { label: 'Coalition', span: 2 },
      { label: 'Opposition', span: 1 },
    ]
    expect(groupsFitOver(sides)).toBe(true)
  })

  test('groupsFitOver adds up what every side takes: small overhangs can be too much together', () => {
    // "Oppositie" over two columns overhangs 11 px; three such sides (six columns) take 33.
    const side = { label: 'Oppositie', span: 2 }
    expect(groupsFitOver([side, side])).toBe(true)
    expect(groupsFitOver([side, side, side])).toBe(false)
  })

  test('groupsFitOver measures words, since a label wraps between them', () => {
    // "Support from outside" over three columns of six: its longest word, "outside", fits.
    expect(
      groupsFitOver([
        { label: 'Support from outside', span: 3 },
        { label: 'x', span: 3 },
      ]),
    ).toBe(true)
    expect(groupsFitOver([])).toBe(true)
  })
})
