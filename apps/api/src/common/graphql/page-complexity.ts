import type { ComplexityEstimator } from '@nestjs/graphql';

/**
 * The `complexity` of a paginated field: its page size (`first`, capped at `max`) times the
 * cost of one node.
 */
export function pageComplexity(max: number): ComplexityEstimator {
  return ({ args, childComplexity }) => Math.min(Number(args.first) || 0, max) * childComplexity;
}
