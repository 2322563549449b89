import type { ConsentKind } from '@oip/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserAccountEntity } from './user-account.entity';

/** A consent given (or withdrawn) by a person: which document, which version, when (GDPR). */
@Entity('consent')
@Index('consent_user_idx', ['userId', 'givenAt'])
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;

  @Column({ type: 'varchar', length: 20 })
  kind: ConsentKind;

  @Column({ type: 'varchar', length: 20 })
  version: string;

  @Column({ type: 'boolean', default: true })
  granted: boolean;

  @CreateDateColumn({ name: 'given_at', type: 'timestamptz' })
  givenAt: Date;
}
