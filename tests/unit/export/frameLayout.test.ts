import { describe, expect, test } from 'vitest'
import { frameLayout } from '../../../src/export/frameLayout.ts'

describe('frameLayout', () => {
  /**
   * 600 × 400 chart: width 600 + 2 × 16 = 632. Title (18 px, line box 24.3) baseline at
   * 16 + 18 = 34, box ends at 40.3; chart at 40.3 + 12 = 52.3, ends at 452.3. Footer (12 px,
   * box 16.2) starts at 464.3: baselines 476.3 and 492.5, ends at 496.7; + 16 → 513.
   */
  test('frameLayout(600, 400, frame) puts the title above the chart and two footer lines below', () => {
    const layout = frameLayout(600, 400, {
      title: 'Who stood where',
      sourceLine: 'Source: Example Gazette',
      credits: 'Test desk',
    })
    expect(layout).toEqual({
      width: 632,
      height: 513,
      chart: { x: 16, y: 52.3, width: 600, height: 400 },
      lines: [
        { text: 'Who stood where', x: 16, y: 34, fontSize: 18, bold: true, muted: false },
        {
          text: 'Source: Example Gazette',
          x: 16,
          y: 476.3,
          fontSize: 12,
          bold: false,
          muted: true,
        },
        { text: 'Test desk', x: 16, y: 492.5, fontSize: 12, bold: false, muted: true },
      ],
    })
  })

  test('frameLayout gives empty texts no room and centres a narrow chart in the minimum width', () => {
    expect(frameLayout(100, 50, { title: '', sourceLine: ' ', credits: '' })).toEqual({
      width: 320,
      height: 82,
      chart: { x: 110, y: 16, width: 100, height: 50 },
      lines: [],
    })
  })

  test('frameLayout wraps a long title at about 55 characters for a 600 px chart', () => {
    const title = Array.from({ length: 20 }, () => 'word').join(' ') // 99 characters
    const { lines } = frameLayout(600, 400, { title, sourceLine: '', credits: '' })
    expect(lines.map((l) => l.text.length)).toEqual([54, 44])
    expect(lines.map((l) => l.y)).toEqual([34, 58.3])
  })
})
