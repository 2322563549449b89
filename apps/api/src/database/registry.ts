import { AccountTokenEntity } from '../modules/accounts/entities/account-token.entity';
import { ConsentEntity } from '../modules/accounts/entities/consent.entity';
import { LoginAttemptEntity } from '../modules/accounts/entities/login-attempt.entity';
import { SessionEntity } from '../modules/accounts/entities/session.entity';
import { UserAccountEntity } from '../modules/accounts/entities/user-account.entity';
import { ChallengeFollowEntity } from '../modules/challenges/entities/challenge-follow.entity';
import { ChallengeInvitedOrganisationEntity } from '../modules/challenges/entities/challenge-invited-organisation.entity';
import { ChallengeTransitionEntity } from '../modules/challenges/entities/challenge-transition.entity';
import { ChallengeEntity } from '../modules/challenges/entities/challenge.entity';
import { CollaborationRequestEntity } from '../modules/marketplace/entities/collaboration-request.entity';
import { TechnologyOfferEntity } from '../modules/marketplace/entities/technology-offer.entity';
import { ConflictEntity } from '../modules/evaluation/entities/conflict.entity';
import { CriterionEntity } from '../modules/evaluation/entities/criterion.entity';
import { EvaluationStateEntity } from '../modules/evaluation/entities/evaluation-state.entity';
import { EvaluatorEntity } from '../modules/evaluation/entities/evaluator.entity';
import { ResultEntity } from '../modules/evaluation/entities/result.entity';
import { ScoreEntity } from '../modules/evaluation/entities/score.entity';
import { SubmissionAttachmentEntity } from '../modules/submissions/entities/submission-attachment.entity';
import { SubmissionEntity } from '../modules/submissions/entities/submission.entity';
import { SubmissionSettingsEntity } from '../modules/submissions/entities/submission-settings.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { OidcIdentityEntity } from '../modules/auth/entities/oidc-identity.entity';
import { OidcLoginFlowEntity } from '../modules/auth/entities/oidc-login-flow.entity';
import { MembershipEntity } from '../modules/organisations/entities/membership.entity';
import { OrganisationEntity } from '../modules/organisations/entities/organisation.entity';
import { JoinRequestEntity } from '../modules/organisations/invitations/entities/join-request.entity';
import { OrganisationInvitationEntity } from '../modules/organisations/invitations/entities/organisation-invitation.entity';
import { PersonProfileEntity } from '../modules/people/entities/person-profile.entity';
import { IndicatorObservationEntity } from '../modules/indicators/entities/indicator-observation.entity';
import { IndicatorEntity } from '../modules/indicators/entities/indicator.entity';
import { DevMailEntity } from '../modules/mail/entities/dev-mail.entity';
import { TaxonomyTermEntity } from '../modules/taxonomies/entities/taxonomy-term.entity';
import { TaxonomyEntity } from '../modules/taxonomies/entities/taxonomy.entity';
import { Foundation1795641451509 } from './migrations/1795641451509-Foundation';
import { Indicators1795642391150 } from './migrations/1795642391150-Indicators';
import { DevMail1795643592834 } from './migrations/1795643592834-DevMail';
import { AccountsOrganisations1795644119266 } from './migrations/1795644119266-AccountsOrganisations';
import { Invitations1795645227575 } from './migrations/1795645227575-Invitations';
import { SsoPrivacy1795645942084 } from './migrations/1795645942084-SsoPrivacy';
import { People1795647620967 } from './migrations/1795647620967-People';
import { Challenges1795976303725 } from './migrations/1795976303725-Challenges';
import { TechnologyOffersAndRequests1795980030652 } from './migrations/1795980030652-TechnologyOffersAndRequests';
import { SubmissionAttachments1795980573938 } from './migrations/1795980573938-SubmissionAttachments';
import { SubmissionsAndEvaluators1795977269655 } from './migrations/1795977269655-SubmissionsAndEvaluators';
import { SubmissionSettings1795977527777 } from './migrations/1795977527777-SubmissionSettings';
import { ChallengeQuestionsBriefAttachments1795977907024 } from './migrations/1795977907024-ChallengeQuestionsBriefAttachments';
import { Evaluation1795977553750 } from './migrations/1795977553750-Evaluation';
import { OrganisationInactiveOfferAttachments1795987170393 } from './migrations/1795987170393-OrganisationInactiveOfferAttachments';
import { Matchmaking1795980536479 } from './migrations/1795980536479-Matchmaking';
import { Partnerships1795987455011 } from './migrations/1795987455011-Partnerships';
import { ChallengeAcceptsLowerTrl1795990000000 } from './migrations/1795990000000-ChallengeAcceptsLowerTrl';
import { RoomMemberEntity } from '../modules/rooms/entities/room-member.entity';
import { RoomMessageEntity } from '../modules/rooms/entities/room-message.entity';
import { RoomMessageRevisionEntity } from '../modules/rooms/entities/room-message-revision.entity';
import { RoomReactionEntity } from '../modules/rooms/entities/room-reaction.entity';
import { RoomAttachmentEntity } from '../modules/rooms/entities/room-attachment.entity';
import { RoomReportEntity } from '../modules/rooms/entities/room-report.entity';
import { MatchTagInactiveOrganisations1795990100000 } from './migrations/1795990100000-MatchTagInactiveOrganisations';
import { MatchInvestmentIndexes1795990200000 } from './migrations/1795990200000-MatchInvestmentIndexes';
import { Rooms1795999093469 } from './migrations/1795999093469-Rooms';
import { RoomAttachments1796002423209 } from './migrations/1796002423209-RoomAttachments';
import { MatchTags1795987351768 } from './migrations/1795987351768-MatchTags';
import { SeedHistoryEntity } from './seeds/seed-history.entity';
import { ChallengeQuestionEntity } from '../modules/challenge-questions/entities/challenge-question.entity';
import { OfferAttachmentEntity } from '../modules/marketplace/entities/offer-attachment.entity';
import { ChallengeAttachmentEntity } from '../modules/challenge-brief/entities/challenge-attachment.entity';
import { ConfidentialAccessEntity } from '../modules/challenge-brief/entities/confidential-access.entity';
import { ConfidentialBriefEntity } from '../modules/challenge-brief/entities/confidential-brief.entity';
import { NdaAcceptanceEntity } from '../modules/challenge-brief/entities/nda-acceptance.entity';
import { FileEntity } from '../modules/files/entities/file.entity';
import { MatchDismissalEntity } from '../modules/matchmaking/entities/match-dismissal.entity';
import { PartnershipMessageEntity } from '../modules/partnerships/entities/partnership-message.entity';
import { PartnershipEntity } from '../modules/partnerships/entities/partnership.entity';
import { ProjectGroupMemberEntity } from '../modules/partnerships/entities/project-group-member.entity';
import { ProjectGroupEntity } from '../modules/partnerships/entities/project-group.entity';
import { RoomOrganisationEntity } from '../modules/rooms/entities/room-organisation.entity';
import { RoomEntity } from '../modules/rooms/entities/room.entity';
import { MatchTagEntity } from '../modules/matchmaking/entities/match-tag.entity';

/**
 * Every entity and migration, listed explicitly (no globs): the build, jest and the TypeORM
 * CLI all see the same set. A new feature adds its entities here and its migrations below.
 */
export const ENTITIES = [
  SeedHistoryEntity,
  TaxonomyEntity,
  TaxonomyTermEntity,
  IndicatorEntity,
  IndicatorObservationEntity,
  DevMailEntity,
  UserAccountEntity,
  SessionEntity,
  AccountTokenEntity,
  ConsentEntity,
  LoginAttemptEntity,
  AuditEventEntity,
  OrganisationEntity,
  MembershipEntity,
  OrganisationInvitationEntity,
  JoinRequestEntity,
  OidcIdentityEntity,
  OidcLoginFlowEntity,
  PersonProfileEntity,
  ChallengeEntity,
  ChallengeTransitionEntity,
  ChallengeInvitedOrganisationEntity,
  ChallengeFollowEntity,
  SubmissionEntity,
  EvaluatorEntity,
  TechnologyOfferEntity,
  CollaborationRequestEntity,
  SubmissionSettingsEntity,
  SubmissionAttachmentEntity,
  // challenge Q&A, confidential brief and attachments
  ChallengeQuestionEntity,
  FileEntity,
  ChallengeAttachmentEntity,
  ConfidentialBriefEntity,
  NdaAcceptanceEntity,
  ConfidentialAccessEntity,
  // evaluation (issue 4)
  CriterionEntity,
  ScoreEntity,
  ConflictEntity,
  EvaluationStateEntity,
  ResultEntity,
  // matchmaking (issue 5)
  MatchDismissalEntity,
  RoomEntity,
  RoomOrganisationEntity,
  PartnershipEntity,
  PartnershipMessageEntity,
  ProjectGroupEntity,
  ProjectGroupMemberEntity,
  MatchTagEntity,
  OfferAttachmentEntity,
  // real-time rooms (issue 6)
  RoomMemberEntity,
  RoomMessageEntity,
  RoomMessageRevisionEntity,
  RoomReactionEntity,
  RoomReportEntity,
  RoomAttachmentEntity,
];

export const MIGRATIONS: Function[] = [
  Foundation1795641451509,
  Indicators1795642391150,
  DevMail1795643592834,
  AccountsOrganisations1795644119266,
  Invitations1795645227575,
  SsoPrivacy1795645942084,
  People1795647620967,
  Challenges1795976303725,
  SubmissionsAndEvaluators1795977269655,
  SubmissionSettings1795977527777,
  ChallengeQuestionsBriefAttachments1795977907024,
  TechnologyOffersAndRequests1795980030652,
  SubmissionAttachments1795980573938,
  Evaluation1795977553750,
  Matchmaking1795980536479,
  Partnerships1795987455011,
  MatchTags1795987351768,
  OrganisationInactiveOfferAttachments1795987170393,
  ChallengeAcceptsLowerTrl1795990000000,
  MatchTagInactiveOrganisations1795990100000,
  MatchInvestmentIndexes1795990200000,
  Rooms1795999093469,
  RoomAttachments1796002423209,
];
