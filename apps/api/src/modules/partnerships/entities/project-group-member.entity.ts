import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { PartnershipEntity } from './partnership.entity';
import { ProjectGroupEntity } from './project-group.entity';

/** A partner organisation in a project group, through its partnership with the owner. */
@Entity('project_group_member')
@Index('project_group_member_organisation_idx', ['organisationId'])
export class ProjectGroupMemberEntity {
  @PrimaryColumn({ name: 'project_group_id', type: 'uuid' })
  projectGroupId: string;

  @ManyToOne(() => ProjectGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_group_id' })
  group?: ProjectGroupEntity;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** The partnership that brought the organisation in (null if it was since deleted). */
  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity | null;
}
