import type { EntityManager } from 'typeorm';

/**
 * What a person did in the features built on accounts (profile, challenges, questions,
 * confidential briefs, submissions, evaluations, offers and requests, partnerships, rooms), for "download my data". Plain SQL so the
 * privacy module does not depend on every feature module; a feature that stores new personal
 * data adds its query here (the privacy test reads every section).
 */
const SECTIONS: Record<string, string> = {
  profile: `SELECT headline, bio, expertise, languages, links, visibility, avatar_key IS NOT NULL AS "hasAvatar", updated_at AS "updatedAt"
      FROM person_profile WHERE user_id = $1`,
  challengesWritten: `SELECT id, organisation_id AS "organisationId", status, title_it AS "titleIt", title_en AS "titleEn", created_at AS "createdAt"
      FROM challenge WHERE created_by = $1 ORDER BY created_at`,
  challengeTransitions: `SELECT challenge_id AS "challengeId", action, from_status AS "from", to_status AS "to", comment, at
      FROM challenge_transition WHERE actor_id = $1 ORDER BY at`,
  challengesFollowed: `SELECT challenge_id AS "challengeId", followed_at AS "followedAt"
      FROM challenge_follow WHERE user_id = $1 ORDER BY followed_at`,
  questionsAsked: `SELECT challenge_id AS "challengeId", text, answer, created_at AS "askedAt", answered_at AS "answeredAt"
      FROM challenge_question WHERE asker_id = $1 ORDER BY created_at`,
  questionsAnswered: `SELECT challenge_id AS "challengeId", text, answer, answered_at AS "answeredAt"
      FROM challenge_question WHERE answered_by = $1 ORDER BY answered_at`,
  nonDisclosureAcceptances: `SELECT challenge_id AS "challengeId", organisation_id AS "organisationId", terms_version AS "termsVersion", accepted_at AS "acceptedAt"
      FROM challenge_nda_acceptance WHERE accepted_by = $1 ORDER BY accepted_at`,
  confidentialReads: `SELECT challenge_id AS "challengeId", organisation_id AS "organisationId", file_name AS "fileName", at
      FROM challenge_confidential_access WHERE user_id = $1 ORDER BY at`,
  submissionsWritten: `SELECT id, challenge_id AS "challengeId", organisation_id AS "organisationId", status, summary, approach, team, trl, submitted_at AS "submittedAt", created_at AS "createdAt"
      FROM challenge_submission WHERE created_by = $1 ORDER BY created_at`,
  technologyOffersWritten: `SELECT id, organisation_id AS "organisationId", status, title_it AS "titleIt", title_en AS "titleEn", created_at AS "createdAt"
      FROM technology_offer WHERE created_by = $1 ORDER BY created_at`,
  collaborationRequestsWritten: `SELECT id, organisation_id AS "organisationId", status, title_it AS "titleIt", title_en AS "titleEn", created_at AS "createdAt"
      FROM collaboration_request WHERE created_by = $1 ORDER BY created_at`,
  evaluatorOf: `SELECT challenge_id AS "challengeId", assigned_at AS "assignedAt"
      FROM challenge_evaluator WHERE user_id = $1 ORDER BY assigned_at`,
  scoresGiven: `SELECT submission_id AS "submissionId", criterion_id AS "criterionId", score, comment
      FROM evaluation_score WHERE evaluator_id = $1 ORDER BY submission_id, criterion_id`,
  conflictsDeclared: `SELECT submission_id AS "submissionId", reason, declared_at AS "declaredAt"
      FROM evaluation_conflict WHERE evaluator_id = $1 ORDER BY declared_at`,
  // partnerships the person proposed, decided (accept, decline, withdraw) or concluded
  partnershipsActedOn: `SELECT id, item_type AS "itemType", item_id AS "itemId", item_title_it AS "itemTitleIt", item_title_en AS "itemTitleEn",
        initiator_organisation_id AS "initiatorOrganisationId", recipient_organisation_id AS "recipientOrganisationId", status,
        created_by IS NOT DISTINCT FROM $1 AS "proposed", created_at AS "createdAt",
        decided_by IS NOT DISTINCT FROM $1 AS "decided", CASE WHEN decided_by = $1 THEN decided_at END AS "decidedAt",
        CASE WHEN decided_by = $1 THEN decline_reason END AS "declineReason",
        concluded_by IS NOT DISTINCT FROM $1 AS "concluded", CASE WHEN concluded_by = $1 THEN concluded_at END AS "concludedAt"
      FROM partnership WHERE $1 IN (created_by, decided_by, concluded_by) ORDER BY created_at`,
  partnershipMessagesWritten: `SELECT partnership_id AS "partnershipId", organisation_id AS "organisationId", body, created_at AS "createdAt"
      FROM partnership_message WHERE author_id = $1 ORDER BY created_at`,
  projectGroupsFormed: `SELECT id, item_type AS "itemType", item_id AS "itemId", owner_organisation_id AS "ownerOrganisationId", created_at AS "createdAt"
      FROM project_group WHERE created_by = $1 ORDER BY created_at`,
  // rooms: what the person wrote (with earlier versions), their reactions, reports and read markers
  roomMessagesWritten: `SELECT m.id, m.room_id AS "roomId", r.title AS "roomTitle", m.seq, m.body, m.parent_id AS "parentId",
        m.created_at AS "createdAt", m.edited_at AS "editedAt", m.deleted_at AS "deletedAt",
        COALESCE((SELECT json_agg(json_build_object('body', v.body, 'replacedAt', v.replaced_at) ORDER BY v.replaced_at)
          FROM room_message_revision v WHERE v.message_id = m.id), '[]') AS "earlierVersions"
      FROM room_message m JOIN room r ON r.id = m.room_id WHERE m.author_id = $1 ORDER BY m.created_at`,
  roomReactions: `SELECT message_id AS "messageId", emoji FROM room_reaction WHERE user_id = $1 ORDER BY message_id, emoji`,
  roomReports: `SELECT message_id AS "messageId", reason, created_at AS "createdAt" FROM room_report WHERE reporter_id = $1 ORDER BY created_at`,
  roomMemberships: `SELECT room_id AS "roomId", role, last_read_seq AS "lastReadSeq", joined_at AS "joinedAt", muted_until AS "mutedUntil", banned_at AS "bannedAt"
      FROM room_member WHERE user_id = $1 ORDER BY joined_at`,
};

export type ActivityExport = Record<string, Record<string, unknown>[]>;

export async function activityOf(manager: EntityManager, userId: string): Promise<ActivityExport> {
  const activity: ActivityExport = {};
  // one connection, one snapshot: the reads run one after the other
  for (const [section, sql] of Object.entries(SECTIONS))
    activity[section] = await manager.query(sql, [userId]);
  return activity;
}
