import { describe, expect, test } from 'vitest'
import { publicBaseUrl, shareMetaTags, shareUrls } from '../../../src/build/shareMeta.ts'

const CARD = {
  title: 'A "quoted" <title> & more',
  description: 'Deck',
  imageSvg: '<svg/>',
  imageAlt: 'Alt',
  locale: 'nl_NL',
  alternateLocales: ['en_GB'],
}

describe('shareUrls', () => {
  test('shareUrls(no base) is relative to the page: root pages and a dataset’s own folder', () => {
    expect(shareUrls(null, '', '', 'a/share.png')).toEqual({ page: './', image: 'a/share.png' })
    expect(shareUrls(null, 'b/', 'b/', 'b/share.png')).toEqual({ page: './', image: 'share.png' })
    // The default dataset's own page points at index.html, its canonical twin.
    expect(shareUrls(null, 'a/', '', 'a/share.png')).toEqual({ page: '../', image: 'share.png' })
  })

  test('shareUrls(base) is absolute', () => {
    expect(shareUrls('https://x.example/c/', 'b/', 'b/', 'b/share.png')).toEqual({
      page: 'https://x.example/c/b/',
      image: 'https://x.example/c/b/share.png',
    })
  })
})

describe('publicBaseUrl', () => {
  test('publicBaseUrl reads an http(s) address and ends it in a slash', () => {
    expect(publicBaseUrl({})).toBeNull()
    expect(publicBaseUrl({ COALITION_PUBLIC_URL: 'https://x.example/c' })).toBe(
      'https://x.example/c/',
    )
    expect(() => publicBaseUrl({ COALITION_PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/http/)
    expect(() => publicBaseUrl({ COALITION_PUBLIC_URL: 'x.example' })).toThrow(/not an address/)
  })
})

describe('shareMetaTags', () => {
  test('shareMetaTags writes dataset text escaped, as attribute values only', () => {
    const tags = shareMetaTags(CARD, { page: './', image: 'a/share.png' })
    expect(tags).toContain(
      '<meta property="og:title" content="A &quot;quoted&quot; &lt;title&gt; &amp; more" />',
    )
    expect(tags).toContain('<meta property="og:locale:alternate" content="en_GB" />')
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />')
    expect(tags).not.toContain('<title>')
  })
})
