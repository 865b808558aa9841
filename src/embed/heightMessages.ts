/**
 * The messages that tell a host page how tall the embed is, in the shapes hosts already
 * listen for: NPR's pym.js, AMP's embed-size and Datawrapper's height message.
 */
export function heightMessages(height: number, childId: string | null, embedId: string): unknown[] {
  const px = Math.ceil(height)
  return [
    ...(childId ? [`pymxPYMx${childId}xPYMxheightxPYMx${px}`] : []),
    { sentinel: 'amp', type: 'embed-size', height: px },
    { 'datawrapper-height': { [childId ?? embedId]: px } },
  ]
}
