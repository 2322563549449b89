import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';

/**
 * A clarification question on a challenge and, once the owner answers, its answer. Texts are
 * markdown as typed (served sanitised as HTML too). Times come from the Clock.
 */
@Entity('challenge_question')
@Index('challenge_question_challenge_idx', ['challengeId', 'createdAt', 'id'])
export class ChallengeQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  /** Null once the asker's account is erased (the question stays, anonymous). */
  @Column({ name: 'asker_id', type: 'uuid', nullable: true })
  askerId: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'asker_id' })
  asker?: UserAccountEntity | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by' })
  answerer?: UserAccountEntity | null;

  /** When it was first answered (editing the answer keeps it; `answerUpdatedAt` moves). */
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'answer_updated_at', type: 'timestamptz', nullable: true })
  answerUpdatedAt: Date | null;

  /** Hidden by a moderator (abuse): then only moderators see it. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by' })
  hider?: UserAccountEntity | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
