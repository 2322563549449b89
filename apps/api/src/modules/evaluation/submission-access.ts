import type { OrganisationRole } from '@oip/domain';

/**
 * Who reads a submitted proposal from the evaluation side: the owner organisation's owners and
 * admins, and the challenge's assigned evaluators — nobody else (not moderators, not platform
 * admins). Kept as one function so the integrator can swap in the submissions policy's rule.
 */
export function canReadSubmissionForEvaluation(reader: {
  ownerRole: OrganisationRole | null;
  isEvaluator: boolean;
}): boolean {
  return reader.ownerRole === 'owner' || reader.ownerRole === 'admin' || reader.isEvaluator;
}
