import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { ChallengeEntity } from './challenge.entity';

/** An organisation invited to an `invited`-visibility challenge: its members may see it. */
@Entity('challenge_invited_organisation')
@Index('challenge_invited_organisation_org_idx', ['organisationId'])
export class ChallengeInvitedOrganisationEntity {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
