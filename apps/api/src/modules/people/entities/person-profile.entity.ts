import type { ProfileVisibility } from '@oip/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';

/** One link on a profile: an http(s) address and an optional label ("ORCID", "Lab"). */
export interface ProfileLink {
  url: string;
  label: string | null;
}

// The name weighs most, then the headline and the expertise tags, then the bio; each text
// goes through both language configurations (oip_it / oip_en fold accents), as for
// organisations.
export const PERSON_SEARCH_EXPRESSION = `setweight(to_tsvector('oip_it', full_name), 'A') || setweight(to_tsvector('oip_en', full_name), 'A') || setweight(to_tsvector('oip_it', headline), 'B') || setweight(to_tsvector('oip_en', headline), 'B') || setweight(to_tsvector('oip_it', oip_tags_text(expertise)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(expertise)), 'B') || setweight(to_tsvector('oip_it', bio), 'C') || setweight(to_tsvector('oip_en', bio), 'C')`;

/**
 * What a person tells others about themselves, one row per account at most. Created lazily:
 * the first profile edit or avatar upload inserts it; an account without a row has an empty
 * profile, visible to signed-in people only (the default visibility), and is not listed in
 * the directory.
 *
 * `full_name` is a copy of user_account.full_name, so that the generated `search` column can
 * index it: it is copied when the row is created, and a trigger on user_account (see the
 * People migration) keeps it in step whenever the account's name changes, whoever changes it.
 */
@Entity('person_profile')
@Index('person_profile_name_idx', ['fullName', 'userId'])
export class PersonProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;

  /** Maintained from user_account.full_name (trigger), never edited here. */
  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName: string;

  @Column({ type: 'varchar', length: 120, default: '' })
  headline: string;

  @Column({ type: 'text', default: '' })
  bio: string;

  /** Normalised tags (normaliseTags): lower case, deduplicated. */
  @Index('person_profile_expertise_idx', { synchronize: false })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  expertise: string[];

  /** ISO 639-1 codes, lower case. */
  @Index('person_profile_languages_idx', { synchronize: false })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: ProfileLink[];

  /** FileStorage key of the avatar (`avatars/<uuid>.webp`), served at /uploads/<key>. */
  @Column({ name: 'avatar_key', type: 'varchar', length: 120, nullable: true })
  avatarKey: string | null;

  @Column({ type: 'varchar', length: 10, default: 'members' })
  visibility: ProfileVisibility;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Full-text search vector; the GIN index is in the migration. */
  @Index('person_profile_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: PERSON_SEARCH_EXPRESSION,
  })
  search?: string;
}
