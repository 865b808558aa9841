import { describe, expect, test } from 'vitest'
import { fullViewHref, fullViewSearch, parseEmbedOptions } from '../../src/embed/embedOptions.ts'
import { embedSnippets } from '../../src/embed/embedSnippets.ts'
import { heightMessages } from '../../src/embed/heightMessages.ts'

describe('embed options', () => {
  test('parseEmbedOptions reads embed, the sections to show and pym’s childId', () => {
    expect(parseEmbedOptions('?embed=1&show=graph,matrix&childId=g1')).toEqual({
      embed: true,
      sections: ['matrix', 'graph'],
      childId: 'g1',
    })
  })

  test('parseEmbedOptions falls back to the matrix and ignores an unsafe childId', () => {
    expect(parseEmbedOptions('?show=nonsense&childId=%3Cscript%3E')).toEqual({
      embed: false,
      sections: ['matrix'],
      childId: null,
    })
  })

  test('fullViewSearch keeps the view and drops the embedding parameters', () => {
    expect(fullViewSearch('?embed=1&phase=thu&childId=x&initialWidth=600&lang=en')).toBe(
      '?phase=thu&lang=en',
    )
  })
})

describe('heightMessages', () => {
  test('heightMessages speaks pym, AMP and Datawrapper, rounding up', () => {
    expect(heightMessages(512.2, 'graphic', 'rutte4')).toEqual([
      'pymxPYMxgraphicxPYMxheightxPYMx513',
      { sentinel: 'amp', type: 'embed-size', height: 513 },
      { 'datawrapper-height': { graphic: 513 } },
    ])
  })

  test('heightMessages without a pym childId reports under the dataset id', () => {
    expect(heightMessages(300, null, 'rutte4')).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 300 },
      { 'datawrapper-height': { rutte4: 300 } },
    ])
  })
})

describe('fullViewHref', () => {
  test('from embed.html or a directory, the full view is the directory index page', () => {
    expect(fullViewHref('/coalition/embed.html', '?phase=thu&childId=x')).toBe('./?phase=thu')
    expect(fullViewHref('/coalition/', '?embed=1')).toBe('./')
  })

  test('from another file with ?embed=1, the full view is that file without the flag', () => {
    expect(fullViewHref('/coalition/index.html', '?embed=1&lang=en')).toBe('index.html?lang=en')
  })
})

describe('embedSnippets', () => {
  const snippets = embedSnippets({
    pageUrl: 'https://graphics.example.org/coalition/?phase=thu&childId=x&embed=1#person-rutte',
    title: 'Hoe het kabinet viel',
    id: 'rutte4-asylum-2023',
    height: 812.4,
  })

  test('embedSnippets links to the current view without embedding parameters', () => {
    expect(snippets.link).toBe('https://graphics.example.org/coalition/?phase=thu')
  })

  test('embedSnippets gives an iframe of the embed page, with title, full width and lazy loading', () => {
    expect(snippets.iframe).toBe(
      '<iframe title="Hoe het kabinet viel" src="https://graphics.example.org/coalition/embed.html?phase=thu" width="100%" height="813" loading="lazy" scrolling="no" style="border:0"></iframe>',
    )
  })

  test('embedSnippets gives the pym.js alternative, with pym served next to the app', () => {
    expect(snippets.pym).toContain('<div id="coalition-stance-rutte4-asylum-2023"></div>')
    expect(snippets.pym).toContain(
      '<script src="https://graphics.example.org/coalition/pym.v1.min.js"></script>',
    )
    expect(snippets.pym).toContain(
      'new pym.Parent("coalition-stance-rutte4-asylum-2023", "https://graphics.example.org/coalition/embed.html?phase=thu"',
    )
  })

  test('embedSnippets escapes a hostile title in every snippet', () => {
    const hostile = embedSnippets({
      pageUrl: 'https://x.example.org/',
      title: '"><script>alert(1)</script>',
      id: 'x',
      height: 1,
    })
    expect(hostile.iframe).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(hostile.pym).not.toContain('<script>alert')
    expect(hostile.pym).toContain('\\u003cscript>alert(1)\\u003c/script>')
  })
})
