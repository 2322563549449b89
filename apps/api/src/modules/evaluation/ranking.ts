/**
 * The ranking math, pure. Per evaluator a submission gets a weighted total
 * Σ weight × score / 100 (weights add up to 100, scores 1–5, so the total is 1–5). Per
 * submission: the mean of the totals of the evaluators who scored every criterion (declared
 * conflicts are left out by the caller), the spread (max − min) and the population standard
 * deviation of those totals. Sums stay in integers (weight × score) so ties are exact.
 */

export interface RankingInput {
  submissionId: string;
  /** Tie-breaker after the mean and the spread: earlier first. */
  submittedAt: Date;
}

export interface CriterionWeight {
  id: string;
  weight: number;
}

export interface ScoreRow {
  submissionId: string;
  evaluatorId: string;
  criterionId: string;
  score: number;
}

export interface EvaluatorTotal {
  evaluatorId: string;
  /** Σ weight × score / 100. */
  total: number;
}

export interface RankedSubmission {
  rank: number;
  submissionId: string;
  /** Null when nobody scored it completely. */
  weightedMean: number | null;
  spread: number | null;
  standardDeviation: number | null;
  totals: EvaluatorTotal[];
  /** Mean score (1–5) per criterion over the same evaluators, in the criteria's order. */
  criterionMeans: { criterionId: string; mean: number | null }[];
}

interface Computed extends RankedSubmission {
  sum100: number;
  input: RankingInput;
}

/** Weighted totals of the evaluators who scored every criterion of the submission. */
export function evaluatorTotals(
  criteria: readonly CriterionWeight[],
  scores: readonly ScoreRow[],
): (EvaluatorTotal & { total100: number })[] {
  const byEvaluator = new Map<string, Map<string, number>>();
  for (const row of scores) {
    const own = byEvaluator.get(row.evaluatorId) ?? new Map<string, number>();
    own.set(row.criterionId, row.score);
    byEvaluator.set(row.evaluatorId, own);
  }
  const totals: (EvaluatorTotal & { total100: number })[] = [];
  for (const [evaluatorId, own] of [...byEvaluator].sort(([a], [b]) => a.localeCompare(b))) {
    if (!criteria.every((criterion) => own.has(criterion.id))) continue;
    const total100 = criteria.reduce((sum, c) => sum + c.weight * own.get(c.id)!, 0);
    totals.push({ evaluatorId, total100, total: total100 / 100 });
  }
  return totals;
}

function compute(
  input: RankingInput,
  criteria: readonly CriterionWeight[],
  scores: readonly ScoreRow[],
): Computed {
  const totals = evaluatorTotals(criteria, scores);
  const counted = new Set(totals.map((row) => row.evaluatorId));
  const n = totals.length;
  const sum100 = totals.reduce((sum, row) => sum + row.total100, 0);
  const mean = n ? sum100 / (100 * n) : null;
  const values = totals.map((row) => row.total);
  const criterionMeans = criteria.map((criterion) => {
    const own = scores.filter((s) => s.criterionId === criterion.id && counted.has(s.evaluatorId));
    return {
      criterionId: criterion.id,
      mean: own.length ? own.reduce((sum, s) => sum + s.score, 0) / own.length : null,
    };
  });
  return {
    rank: 0,
    submissionId: input.submissionId,
    weightedMean: mean,
    spread: n ? Math.max(...values) - Math.min(...values) : null,
    standardDeviation:
      mean === null ? null : Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / n),
    totals: totals.map(({ evaluatorId, total }) => ({ evaluatorId, total })),
    criterionMeans,
    sum100,
    input,
  };
}

/**
 * Highest weighted mean first; ties: smaller spread (evaluators agree more), then earlier
 * submission, then id. Unscored submissions come last. Means are compared as exact fractions.
 */
export function rankSubmissions(
  submissions: readonly RankingInput[],
  criteria: readonly CriterionWeight[],
  scores: readonly ScoreRow[],
): RankedSubmission[] {
  const computed = submissions.map((input) =>
    compute(
      input,
      criteria,
      scores.filter((row) => row.submissionId === input.submissionId),
    ),
  );
  computed.sort((a, b) => {
    const na = a.totals.length;
    const nb = b.totals.length;
    if (!na || !nb) return nb - na || tieBreak(a, b);
    return b.sum100 * na - a.sum100 * nb || (a.spread ?? 0) - (b.spread ?? 0) || tieBreak(a, b);
  });
  return computed.map(({ sum100: _sum, input: _input, ...row }, index) => ({
    ...row,
    rank: index + 1,
  }));
}

function tieBreak(a: Computed, b: Computed): number {
  return (
    a.input.submittedAt.getTime() - b.input.submittedAt.getTime() ||
    a.submissionId.localeCompare(b.submissionId)
  );
}
