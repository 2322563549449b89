import { EVALUATION_LIMITS as L, weightsTotal } from '@oip/domain';
import { FieldErrors } from '../../common/errors/field-errors';
import type { CriterionInput, CriterionScoreInput } from './dto/evaluation.inputs';
import type { CriterionEntity } from './entities/criterion.entity';

export type CriterionValues = Pick<
  CriterionEntity,
  'position' | 'nameIt' | 'nameEn' | 'descriptionIt' | 'descriptionEn' | 'weight'
>;

/** A whole scorecard: 1–10 named criteria, integer weights 1–100 adding up to 100. */
export function validateScorecard(criteria: readonly CriterionInput[]): CriterionValues[] {
  const errors = new FieldErrors();
  errors.check(
    'criteria',
    criteria.length >= L.minCriteria && criteria.length <= L.maxCriteria,
    'EVALUATION_CRITERIA_COUNT',
  );
  const values = criteria.map((input, position) => {
    const field = (name: string) => `criteria.${position}.${name}`;
    const value: CriterionValues = {
      position,
      nameIt: input.nameIt.trim(),
      nameEn: input.nameEn.trim(),
      descriptionIt: input.descriptionIt.trim(),
      descriptionEn: input.descriptionEn.trim(),
      weight: input.weight,
    };
    errors.check(
      field('nameIt'),
      !!(value.nameIt || value.nameEn),
      'EVALUATION_CRITERION_NAME_REQUIRED',
    );
    for (const name of ['nameIt', 'nameEn'] as const)
      errors.check(field(name), value[name].length <= L.criterionNameMax, 'TEXT_TOO_LONG');
    for (const name of ['descriptionIt', 'descriptionEn'] as const)
      errors.check(field(name), value[name].length <= L.criterionDescriptionMax, 'TEXT_TOO_LONG');
    errors.check(
      field('weight'),
      Number.isInteger(value.weight) && value.weight >= L.minWeight && value.weight <= L.maxWeight,
      'EVALUATION_WEIGHT_INVALID',
    );
    return value;
  });
  errors.throwIfAny();
  if (weightsTotal(values.map((value) => value.weight)) !== L.weightsTotal)
    errors.add('criteria', 'EVALUATION_WEIGHTS_NOT_100');
  errors.throwIfAny();
  return values;
}

/** One evaluator's scores of one submission: every criterion exactly once, 1–5, a short comment. */
export function validateScores(
  criteria: readonly Pick<CriterionEntity, 'id'>[],
  scores: readonly CriterionScoreInput[],
): { criterionId: string; score: number; comment: string }[] {
  const errors = new FieldErrors();
  const ids = scores.map((row) => row.criterionId);
  errors.check(
    'scores',
    ids.length === criteria.length &&
      new Set(ids).size === ids.length &&
      criteria.every((criterion) => ids.includes(criterion.id)),
    'EVALUATION_SCORES_INCOMPLETE',
  );
  const values = scores.map((row, index) => {
    const comment = row.comment.trim();
    errors.check(
      `scores.${index}.score`,
      Number.isInteger(row.score) && row.score >= L.minScore && row.score <= L.maxScore,
      'EVALUATION_SCORE_INVALID',
    );
    errors.check(`scores.${index}.comment`, comment.length <= L.commentMax, 'TEXT_TOO_LONG');
    return { criterionId: row.criterionId, score: row.score, comment };
  });
  errors.throwIfAny();
  return values;
}

/** A required free text (a conflict's reason, a feedback) of at most `max` characters. */
export function requiredText(field: string, text: string, max: number): string {
  const value = text.trim();
  new FieldErrors()
    .check(field, value.length > 0, 'EVALUATION_TEXT_REQUIRED')
    .check(field, value.length <= max, 'TEXT_TOO_LONG')
    .throwIfAny();
  return value;
}
