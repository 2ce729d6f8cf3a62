/** Levenshtein distance, two rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

/** Lower-cases and turns `_`, spaces and camelCase humps into `-`: `Resident_ID` → `resident-id`. */
export function normaliseName(value: string): string {
  return value
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

/**
 * The candidate closest to `unknown`: an exact match after normalisation first, then the one
 * candidate `unknown` is the start of (`zh` → `zh-CN`, where the edit distance would pick `en`), then
 * the smallest edit distance within max(2, a third of the length). Undefined when nothing is close.
 */
export function closestName(unknown: string, candidates: readonly string[]): string | undefined {
  const normalised = normaliseName(unknown);
  const exact = candidates.find((c) => c.toLowerCase() === normalised);
  if (exact !== undefined) return exact;
  const extended = candidates.filter(
    (c) => normalised.length >= 2 && c.toLowerCase().startsWith(normalised),
  );
  if (extended.length === 1) return extended[0];
  const limit = Math.max(2, Math.floor(normalised.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(normalised, candidate.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best?.name;
}
