import type { Page } from 'playwright-core'

/** One node of Chromium's accessibility tree, as a screen reader gets it. */
export type AxNode = { role: string; name: string; parent: string | null; id: string }

type RawNode = {
  nodeId: string
  parentId?: string
  ignored: boolean
  role?: { value: string }
  name?: { value: string }
}

/** The page's whole accessibility tree (CDP Accessibility.getFullAXTree), ignored nodes left out. */
export async function axTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: RawNode[] }
  await cdp.detach()
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({
      id: n.nodeId,
      parent: n.parentId ?? null,
      role: n.role?.value ?? '',
      name: n.name?.value ?? '',
    }))
}

/** The landmarks and regions a screen reader lists, in document order. */
export const LANDMARK_ROLES = ['banner', 'main', 'complementary', 'region', 'navigation', 'form']
