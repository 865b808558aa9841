/** Rough width of a label in px; good enough to reserve space before the browser measures anything. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58
}

/** Shortens a label to at most `max` characters, ending in an ellipsis when cut. */
export function truncateLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`
}
