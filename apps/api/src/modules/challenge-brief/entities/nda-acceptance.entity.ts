import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/**
 * An organisation accepted a challenge's non-disclosure terms (one version), through one of
 * its members. Once per organisation and terms version: accepting again changes nothing.
 */
@Entity('challenge_nda_acceptance')
@Unique('challenge_nda_acceptance_once', ['challengeId', 'organisationId', 'termsVersion'])
@Index('challenge_nda_acceptance_challenge_idx', ['challengeId', 'acceptedAt', 'id'])
export class NdaAcceptanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Index('challenge_nda_acceptance_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** The member who accepted on the organisation's behalf; null once their account is erased. */
  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by' })
  acceptor?: UserAccountEntity | null;

  @Column({ name: 'accepted_at', type: 'timestamptz' })
  acceptedAt: Date;

  @Column({ name: 'terms_version', type: 'integer' })
  termsVersion: number;
}
