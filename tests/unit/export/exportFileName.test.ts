import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { EXPORT_EXTENSIONS, exportFileName } from '../../../src/export/exportFileName.ts'

const SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:svg|png|csv|json)$/

describe('exportFileName', () => {
  test('exportFileName(dataset, view, phase, ext) joins the parts with hyphens', () => {
    expect(exportFileName('rutte4-asylum-2023', 'matrix', 'fri', 'svg')).toBe(
      'rutte4-asylum-2023-matrix-fri.svg',
    )
  })

  test('exportFileName leaves out a null or empty part', () => {
    expect(exportFileName('testland', 'stances', null, 'csv')).toBe('testland-stances.csv')
    expect(exportFileName('testland', '', null, 'json')).toBe('testland.json')
    expect(exportFileName('', ' ', null, 'png')).toBe('export.png')
  })

  test('exportFileName folds accents and turns path and other unsafe characters into hyphens', () => {
    expect(exportFileName('../../etc/passwd', 'Matrix View', 'Fase één', 'png')).toBe(
      'etc-passwd-matrix-view-fase-een.png',
    )
    expect(exportFileName('a\u0000b', '<script>', 'C:\\x', 'svg')).toBe('a-b-script-c-x.svg')
  })

  test('exportFileName cuts each part to 64 characters', () => {
    const name = exportFileName('x'.repeat(500), 'y'.repeat(500), null, 'svg')
    expect(name).toBe(`${'x'.repeat(64)}-${'y'.repeat(64)}.svg`)
  })

  test('exportFileName(any text) is always lowercase a-z, 0-9 and single hyphens', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        fc.option(fc.string({ unit: 'binary' })),
        fc.constantFrom(...EXPORT_EXTENSIONS),
        (id, view, phase, ext) => {
          expect(exportFileName(id, view, phase, ext)).toMatch(SAFE)
        },
      ),
    )
  })
})
