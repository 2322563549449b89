import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/**
 * One read of a challenge's confidential part: the brief (`fileId` null) or a confidential
 * attachment. Never updated; shown to the owner side. `fileName` keeps what was read even
 * after the file is deleted.
 */
@Entity('challenge_confidential_access')
@Index('challenge_confidential_access_challenge_idx', ['challengeId', 'at', 'id'])
export class ConfidentialAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  /** Null once the reader's account is erased. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity | null;

  /** The organisation through which the reader had access (its acceptance, or the owner). */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId: string | null;

  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
