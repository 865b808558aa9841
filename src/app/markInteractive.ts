/** Marks the page as live (every part hydrated or rendered), for hosts and the tests. */
export function markInteractive(): void {
  document.documentElement.dataset.interactive = 'true'
}
