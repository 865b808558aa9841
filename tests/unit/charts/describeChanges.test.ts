import { describe, expect, test } from 'vitest'
import { announcePhase, describeChange } from '../../../src/charts/stance-matrix/describeChanges.ts'
import { indexDataset } from '../../../src/data/indexDataset.ts'
import { phaseChanges } from '../../../src/model/phaseChanges.ts'
import { inSentence } from '../../../src/ui/inSentence.ts'
import { loadTestland } from '../../support/testland.ts'

const data = loadTestland()
const texts = (language: 'nl' | 'en', phase: string, dataset = data) =>
  phaseChanges(dataset, phase).map((c) => describeChange(dataset, language, c).text)

describe('describeChange', () => {
  test('describeChange writes moves, first positions and new measures as sentences, in English', () => {
    expect(texts('en', 'end')).toEqual([
      'BLU hardened: from supports with conditions to opposes on waiting time',
      'BLU hardened: from undecided to opposes on emergency brake',
      'First known position of GRN on cap: opposes',
      'New on the table: Vote',
    ])
  })

  test('describeChange writes the same in Dutch', () => {
    expect(texts('nl', 'end')).toEqual([
      'BLU stelde zich harder op: van steunt onder voorwaarden naar tegen over wachttijd',
      'BLU stelde zich harder op: van twijfelt naar tegen over noodrem',
      'Eerste bekende standpunt van GRN over plafond: tegen',
      'Nieuw op tafel: Stemming',
    ])
  })

  test('describeChange names a relation by its actors and measure, and selects the acting party', () => {
    const base = data.relations[0]
    if (!base) throw new Error('testland has a relation')
    const person = { ...base, id: 'ann-proposal', kind: 'proposal' as const, phase: 'mid' }
    const dataset = indexDataset({
      ...data,
      relations: [{ ...person, from: { person: 'ann' } }],
    })
    const [relation] = phaseChanges(dataset, 'mid').filter((c) => c.kind === 'relation')
    if (!relation) throw new Error('the proposal is listed')
    const described = describeChange(dataset, 'en', relation)
    const ann = dataset.personById.get('ann')
    expect(described.text).toBe(`${ann?.name} made BLU a proposal (cap)`)
    expect(described.target).toEqual({ kind: 'party', party: ann?.party, measure: 'cap' })
  })

  test('describeChange selects the cell of a move and the column of a new measure', () => {
    const [move, , , tabled] = phaseChanges(data, 'end')
    if (!move || !tabled) throw new Error('end has changes')
    expect(describeChange(data, 'en', move).target).toEqual({
      kind: 'cell',
      party: 'blue',
      measure: 'wait',
    })
    expect(describeChange(data, 'en', tabled).target).toEqual({ kind: 'measure', measure: 'vote' })
  })
})

test('announcePhase names the moment first, then what changed', () => {
  expect(announcePhase(data, 'en', 'mid', phaseChanges(data, 'mid'))).toBe(
    'Middle. What changed: BLU hardened: from opposes to red line on cap; New on the table: Emergency brake.',
  )
  expect(announcePhase(data, 'nl', 'before', [])).toBe('Daarvoor. Het eerste moment.')
  expect(announcePhase(data, 'en', 'end', [])).toBe('End. No changes since the previous moment.')
})

test('inSentence lower-cases a title’s first letter, but not an abbreviation', () => {
  expect(inSentence('Two-status asylum system')).toBe('two-status asylum system')
  expect(inSentence("VVD-CDA private member's bill")).toBe("VVD-CDA private member's bill")
  expect(inSentence('')).toBe('')
})

test('inSentence(title, German) keeps the capital a German noun needs', () => {
  expect(inSentence('Netzentgelte für Unternehmen deckeln', 'de')).toBe(
    'Netzentgelte für Unternehmen deckeln',
  )
  expect(inSentence('Netzentgelte für Unternehmen deckeln', 'de-AT')).toBe(
    'Netzentgelte für Unternehmen deckeln',
  )
  expect(inSentence('Cap grid fees for companies', 'en')).toBe('cap grid fees for companies')
})
