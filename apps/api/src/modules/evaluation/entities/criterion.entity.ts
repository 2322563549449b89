import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';

/**
 * One weighted criterion of a challenge's scorecard. The weights of a challenge's criteria add
 * up to 100 (checked when the scorecard is replaced, always as a whole).
 */
@Entity('evaluation_criterion')
@Check('evaluation_criterion_weight_range', 'weight BETWEEN 1 AND 100')
@Index('evaluation_criterion_challenge_idx', ['challengeId', 'position'])
export class CriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  /** Order on the scorecard, from 0. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'name_it', type: 'varchar', length: 200, default: '' })
  nameIt: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200, default: '' })
  nameEn: string;

  @Column({ name: 'description_it', type: 'text', default: '' })
  descriptionIt: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  /** 1–100; the challenge's weights add up to 100. */
  @Column({ type: 'smallint' })
  weight: number;
}
