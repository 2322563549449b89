import type { PartnershipItemType, PartnershipStatus } from '@oip/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { RoomEntity } from '../../rooms/entities/room.entity';

/**
 * One organisation's interest in working with another about an item, from the request
 * (proposed) to the partnership (active → concluded), or declined / withdrawn (decision 0016).
 * The item is polymorphic (type + id, no foreign key); its titles are copied when the request
 * is made, so the record reads the same whatever becomes of the item.
 *
 * `partnership_live_pair_key` (in the migration: an expression index) allows one proposed or
 * active partnership per unordered pair of organisations and item: duplicate and crossing
 * requests merge into it.
 */
@Entity('partnership')
@Check('partnership_not_self', `"initiator_organisation_id" <> "recipient_organisation_id"`)
@Index('partnership_initiator_idx', ['initiatorOrganisationId', 'status', 'createdAt', 'id'])
@Index('partnership_recipient_idx', ['recipientOrganisationId', 'status', 'createdAt', 'id'])
@Index('partnership_item_idx', ['itemType', 'itemId'])
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organisation that expressed interest first. */
  @Column({ name: 'initiator_organisation_id', type: 'uuid' })
  initiatorOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiator_organisation_id' })
  initiator?: OrganisationEntity;

  /** The organisation whose owners and admins accept or decline. */
  @Column({ name: 'recipient_organisation_id', type: 'uuid' })
  recipientOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_organisation_id' })
  recipient?: OrganisationEntity;

  @Column({ name: 'item_type', type: 'varchar', length: 10 })
  itemType: PartnershipItemType;

  // the partial unique expression index of the merge rule: written by hand in the migration
  @Index('partnership_live_pair_key', { synchronize: false })
  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ name: 'item_title_it', type: 'varchar', length: 160 })
  itemTitleIt: string;

  @Column({ name: 'item_title_en', type: 'varchar', length: 160 })
  itemTitleEn: string;

  @Column({ type: 'varchar', length: 12, default: 'proposed' })
  status: PartnershipStatus;

  /** Who expressed interest; null once that account is erased. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserAccountEntity | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  /** Who accepted, declined or withdrew it (or crossed it by expressing interest back). */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by' })
  decider?: UserAccountEntity | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'concluded_by', type: 'uuid', nullable: true })
  concludedBy: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'concluded_by' })
  concluder?: UserAccountEntity | null;

  @Column({ name: 'concluded_at', type: 'timestamptz', nullable: true })
  concludedAt: Date | null;

  /** The private room of both organisations, once active. */
  @Column({ name: 'room_id', type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'room_id' })
  room?: RoomEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
