/**
 * Ranking metrics over graded relevance (0 = not relevant … 3 = exactly right and nearby).
 *
 * - nDCG@k: DCG = Σ (2^grade − 1) / log2(rank + 1) over the first k results, divided by the DCG of
 *   the ideal order of every labelled item (so missing a relevant item costs too).
 * - MRR: 1 / the rank of the first result with grade ≥ `relevant` (0 when none in the list).
 * - recall@k: the share of the items with grade ≥ `relevant` that are in the first k results.
 */
export type Grades = ReadonlyMap<string, number>;

function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += (2 ** grades[i]! - 1) / Math.log2(i + 2);
  return sum;
}

export function ndcgAt(ranked: readonly string[], grades: Grades, k: number): number {
  const ideal = dcg(
    [...grades.values()].filter((g) => g > 0).sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return 0;
  return (
    dcg(
      ranked.map((id) => grades.get(id) ?? 0),
      k,
    ) / ideal
  );
}

export function reciprocalRank(ranked: readonly string[], grades: Grades, relevant: number): number {
  const i = ranked.findIndex((id) => (grades.get(id) ?? 0) >= relevant);
  return i < 0 ? 0 : 1 / (i + 1);
}

export function recallAt(ranked: readonly string[], grades: Grades, k: number, relevant: number): number {
  const wanted = [...grades].filter(([, g]) => g >= relevant).map(([id]) => id);
  if (wanted.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return wanted.filter((id) => top.has(id)).length / wanted.length;
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}
