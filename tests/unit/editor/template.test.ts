import { describe, expect, test } from 'vitest'
import { validateDataset } from '../../../src/data/validateDataset.ts'
import { setIn } from '../../../src/editor/editPath.ts'
import { templateDataset } from '../../../src/editor/template.ts'

describe('templateDataset', () => {
  test('templateDataset(date, languages) fails only on the source the desk must fill in', () => {
    const checked = validateDataset(templateDataset('2026-12-03', ['de', 'en']))
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toEqual(['sources[0].url'])
  })

  test('the template is valid once its source has an address and a headline', () => {
    let raw = templateDataset('2026-12-03', ['fr'])
    raw = setIn(raw, ['sources', 0, 'url'], 'https://example.org/a')
    expect(validateDataset(raw).ok).toBe(false)
    raw = setIn(raw, ['sources', 0, 'title'], 'Headline as published')
    const checked = validateDataset(raw)
    expect(checked.ok).toBe(true)
    if (checked.ok) {
      expect(checked.value.chambers).toHaveLength(1)
      expect(checked.value.parties).toHaveLength(2)
      expect(checked.value.phases).toHaveLength(1)
    }
  })
})
