/** No proposal survives a need that is not open or a listing that is not published. */
export function lifecycleExclusionOf(needStatus: string, technologyStatus: string): string | null {
  if (needStatus !== 'open') return `The need is ${needStatus}, no longer open.`;
  if (technologyStatus !== 'published') return `The listing is ${technologyStatus}, no longer published.`;
  return null;
}
