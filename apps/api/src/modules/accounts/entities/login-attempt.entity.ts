import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in attempt, counted per account and per IP address for brute-force protection.
 * `subject` is 'account:<email>' or 'ip:<address>'; rows older than the window are pruned.
 */
@Entity('login_attempt')
@Index('login_attempt_subject_time_idx', ['subject', 'attemptedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
