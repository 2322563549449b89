import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { FileEntity } from '../../files/entities/file.entity';
import { TechnologyOfferEntity } from './technology-offer.entity';

/**
 * A file attached to a technology offer (a data sheet, a patent summary): seen by whoever
 * sees the offer. Deleting the file row or the offer deletes this link.
 */
@Entity('offer_attachment')
@Index('offer_attachment_offer_idx', ['offerId'])
export class OfferAttachmentEntity {
  @PrimaryColumn({ name: 'file_id', type: 'uuid' })
  fileId: string;

  @OneToOne(() => FileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: FileEntity;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @ManyToOne(() => TechnologyOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer?: TechnologyOfferEntity;
}
