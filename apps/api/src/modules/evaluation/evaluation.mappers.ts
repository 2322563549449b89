import type { SubmissionEntity } from '../submissions/entities/submission.entity';
import type { CriterionEntity } from './entities/criterion.entity';
import type { ScoreEntity } from './entities/score.entity';
import type {
  BoardSubmission,
  CriterionScore,
  EvaluationCriterion,
} from './models/evaluation.model';

/** Entity → GraphQL model: only these fields ever leave the API. */
export function toCriterion(row: CriterionEntity): EvaluationCriterion {
  return {
    id: row.id,
    name: { it: row.nameIt, en: row.nameEn },
    description: { it: row.descriptionIt, en: row.descriptionEn },
    weight: row.weight,
  };
}

export function toBoardSubmission(row: SubmissionEntity): BoardSubmission {
  return {
    id: row.id,
    organisationId: row.organisationId,
    summary: row.summary,
    approach: row.approach,
    team: row.team,
    trl: row.trl,
    budgetAmount: row.budgetAmount,
    budgetCurrency: row.budgetCurrency,
    submittedAt: row.submittedAt,
  };
}

export function toCriterionScore(row: ScoreEntity): CriterionScore {
  return { criterionId: row.criterionId, score: row.score, comment: row.comment };
}
