// Reference definitions of the two figures `pnpm bench:match` must print, so every runner
// computes them the same way. `ranked` is the engine's list of candidate ids for one query,
// best first; `grades` maps judged ids to 0–3 (an id that is not judged counts as 0).

/** Share of the first k results graded ≥ 2 (good or excellent). */
export function precisionAt(ranked, grades, k = 5) {
  return ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) >= 2).length / k;
}

const dcg = (gains) =>
  gains.reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);

/** nDCG@k with gains 2^grade − 1 and a log2(rank + 1) discount; the ideal is the judgements sorted. */
export function ndcgAt(ranked, grades, k = 10) {
  const ideal = dcg([...grades.values()].sort((a, b) => b - a).slice(0, k));
  return ideal === 0 ? 0 : dcg(ranked.slice(0, k).map((id) => grades.get(id) ?? 0)) / ideal;
}

/** The judgements of one query as the Map the functions above take. */
export const gradesOf = (judgementList) => new Map(judgementList.map((j) => [j.id, j.grade]));
