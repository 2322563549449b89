import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { ChallengeEntity } from './challenge.entity';

/** A person following (bookmarking) a challenge. */
@Entity('challenge_follow')
@Index('challenge_follow_user_idx', ['userId', 'followedAt', 'challengeId'])
export class ChallengeFollowEntity {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;

  @CreateDateColumn({ name: 'followed_at', type: 'timestamptz' })
  followedAt: Date;
}
