import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per (tag, item) of every item the engine may suggest: the narrow side table of the
 * candidates' stage 1 (docs/decisions/0017-match-tag-side-table.md). Counting the tags an item
 * shares with a source is then an index-only scan of a few thousand tiny index entries, not
 * thousands of heap fetches of wide rows.
 *
 * Written ONLY by the triggers of the migration (on technology_offer, collaboration_request,
 * challenge and organisation), in the transaction of the write; no code inserts here. Only
 * items that can be live have rows (published offers and requests, published public/members
 * challenges, every organisation); the time window is checked at query time against the Clock.
 */
@Entity('match_tag')
@Index('match_tag_live_idx', { synchronize: false }) // covering (INCLUDE), in the migration
export class MatchTagEntity {
  /** 'offer' | 'request' | 'challenge' | 'organisation' (MatchItemType). */
  @PrimaryColumn({ name: 'item_type', type: 'varchar', length: 20 })
  itemType: string;

  /** A tag of the item (an organisation's competence). */
  @PrimaryColumn({ type: 'varchar' })
  tag: string;

  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  /** The owner (the organisation itself for an organisation): the asker's own are left out. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** Published at ('-infinity' when it has no publication date: challenges, organisations). */
  @Column({ name: 'live_from', type: 'timestamptz' })
  liveFrom: Date;

  /** Expiry or deadline; null: open-ended. */
  @Column({ name: 'live_until', type: 'timestamptz', nullable: true })
  liveUntil: Date | null;
}
