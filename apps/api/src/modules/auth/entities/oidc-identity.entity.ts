import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Column,
} from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';

/**
 * An account at an OpenID provider linked to one of ours. People are recognised by (issuer,
 * subject), which the provider keeps stable, never by email (which can change or be reused).
 */
@Entity('oidc_identity')
export class OidcIdentityEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  issuer: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  subject: string;

  @Index('oidc_identity_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
