import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserAccountEntity } from '../../../accounts/entities/user-account.entity';
import { OrganisationEntity } from '../../entities/organisation.entity';

export const JOIN_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

/**
 * A person asking to join an organisation; its owners or admins approve (membership as member)
 * or reject it. At most one pending request per person and organisation.
 */
@Entity('organisation_join_request')
@Index('organisation_join_request_pending_key', ['organisationId', 'userId'], {
  unique: true,
  where: `status = 'pending'`,
})
@Index('organisation_join_request_user_idx', ['userId', 'createdAt'])
export class JoinRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;

  /** Optional note from the requester to the organisation's admins. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  message: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: JoinRequestStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** Who approved or rejected it; null while pending, or once that account is gone. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by' })
  decider?: UserAccountEntity | null;
}
