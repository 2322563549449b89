import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';

/**
 * A person said "not relevant" to one suggestion for one source: that target is left out of
 * that source's matches for them from then on. Source and target are polymorphic (type + id),
 * so there are no foreign keys to them; the rows are tiny and go with the user.
 */
@Entity('match_dismissal')
export class MatchDismissalEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;

  @PrimaryColumn({ name: 'source_type', type: 'varchar', length: 20 })
  sourceType: string;

  @PrimaryColumn({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @PrimaryColumn({ name: 'target_type', type: 'varchar', length: 20 })
  targetType: string;

  @PrimaryColumn({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
