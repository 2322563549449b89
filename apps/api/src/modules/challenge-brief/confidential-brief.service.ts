import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONFIDENTIAL_DETAILS_MAX_LENGTH,
  NDA_TERMS_MAX_LENGTH,
  type OrganisationRole,
} from '@oip/domain';
import { renderMarkdown } from '@oip/markdown';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { FieldErrors } from '../../common/errors/field-errors';
import { newestFirstPage } from '../../common/graphql/newest-first-page';
import { isUuid } from '../../common/ids';
import { Clock } from '../../common/time/clock';
import type { ChallengeEntity } from '../challenges/entities/challenge.entity';
import { challengePolicy, type ChallengeViewer } from '../challenges/challenges.policy';
import { ChallengesService } from '../challenges/challenges.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { briefPolicy } from './challenge-brief.policy';
import type { ConfidentialBriefInput } from './dto/confidential-brief.input';
import { ConfidentialAccessEntity } from './entities/confidential-access.entity';
import { ConfidentialBriefEntity } from './entities/confidential-brief.entity';
import { NdaAcceptanceEntity } from './entities/nda-acceptance.entity';
import type { ConfidentialBrief } from './models/confidential-brief.model';

export const MAX_LOG_PAGE_SIZE = 50;

/** What a reader of the confidential part reads it as: the organisation giving them access. */
export interface ConfidentialReader {
  userId: string;
  organisationId: string;
}

/**
 * The confidential part of a challenge's brief: details and terms (owner side), acceptance of
 * the terms on behalf of an organisation, and the access rule, with every read logged
 * (`recordAccess`) and the acceptance and access logs for the owner side.
 */
@Injectable()
export class ConfidentialBriefService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * The brief as `viewer` may see it (the challenge is already visible to them). Reading the
   * details and confidential attachments is logged here, once per call.
   */
  async view(
    challenge: Pick<ChallengeEntity, 'id' | 'organisationId'>,
    viewer: ChallengeViewer,
  ): Promise<ConfidentialBrief> {
    const manager = this.dataSource.manager;
    const brief = await manager
      .getRepository(ConfidentialBriefEntity)
      .findOneBy({ challengeId: challenge.id });
    const organisations = await this.acceptingOrganisations(viewer, challenge, brief);
    const reader = brief ? await this.readerOf(viewer, challenge, manager, brief) : null;
    if (reader) await this.recordAccess(manager, challenge.id, reader, null);
    return {
      available: brief !== null,
      accepted: reader !== null,
      termsText: brief?.termsText ?? null,
      termsHtml: brief ? renderMarkdown(brief.termsText) : null,
      termsVersion: brief?.termsVersion ?? null,
      details: reader ? brief!.details : null,
      detailsHtml: reader ? renderMarkdown(brief!.details) : null,
      attachments: [], // resolved (only when accepted) by the resolver
      challengeId: challenge.id,
      viewerCanManage: briefPolicy.canManage(viewer),
      viewerOrganisations: organisations,
      updatedAt: brief?.updatedAt ?? null,
    };
  }

  /** Owner side, while the challenge is editable: sets details and terms (new terms: version + 1). */
  async update(
    user: AuthUser,
    challengeId: string,
    input: ConfidentialBriefInput,
  ): Promise<{ challenge: ChallengeEntity; viewer: ChallengeViewer }> {
    return this.dataSource.transaction(async (manager) => {
      const { challenge, viewer } = await this.challenges.findVisible(
        user,
        challengeId,
        manager,
        true,
      );
      challengePolicy.edit(challenge, viewer);
      const details = input.details.trim();
      const termsText = input.termsText.trim();
      new FieldErrors()
        .check('termsText', termsText.length > 0, 'NDA_TERMS_REQUIRED')
        .check('termsText', termsText.length <= NDA_TERMS_MAX_LENGTH, 'TEXT_TOO_LONG')
        .check('details', details.length <= CONFIDENTIAL_DETAILS_MAX_LENGTH, 'TEXT_TOO_LONG')
        .throwIfAny();
      const repository = manager.getRepository(ConfidentialBriefEntity);
      const current = await repository.findOneBy({ challengeId });
      const termsVersion = !current
        ? 1
        : current.termsText === termsText
          ? current.termsVersion
          : current.termsVersion + 1;
      await repository.save({
        challengeId,
        details,
        termsText,
        termsVersion,
        updatedBy: user.id,
        updatedAt: this.clock.now(),
      });
      return { challenge, viewer };
    });
  }

  /**
   * A member accepts the current terms on behalf of their organisation: recorded once per
   * organisation and terms version (accepting again changes nothing). `termsVersion` is the
   * version the person read: NDA_TERMS_OUTDATED when the terms changed since.
   */
  async accept(
    user: AuthUser,
    challengeId: string,
    organisationId: string,
    termsVersion: number,
  ): Promise<{ challenge: ChallengeEntity; viewer: ChallengeViewer }> {
    return this.dataSource.transaction(async (manager) => {
      const { challenge, viewer } = await this.challenges.findVisible(user, challengeId, manager);
      const brief = await manager
        .getRepository(ConfidentialBriefEntity)
        .findOne({ where: { challengeId }, lock: { mode: 'pessimistic_read' } });
      if (!brief) throw new AppError('NOT_FOUND');
      const role = isUuid(organisationId)
        ? await this.organisations.roleOf(manager, organisationId, user.id)
        : null;
      briefPolicy.accept(viewer, role, organisationId, challenge.organisationId);
      if (termsVersion !== brief.termsVersion)
        throw new AppError('NDA_TERMS_OUTDATED', { termsVersion: brief.termsVersion });
      await manager
        .createQueryBuilder()
        .insert()
        .into(NdaAcceptanceEntity)
        .values({
          challengeId,
          organisationId,
          acceptedBy: user.id,
          acceptedAt: this.clock.now(),
          termsVersion,
        })
        .orIgnore() // ON CONFLICT DO NOTHING: the first acceptance stays the record
        .execute();
      return { challenge, viewer };
    });
  }

  /**
   * The organisation through which the viewer may read the confidential part, or null: the
   * owner for its members, else the first of the viewer's organisations that accepted the
   * current terms.
   */
  async readerOf(
    viewer: ChallengeViewer,
    challenge: Pick<ChallengeEntity, 'id' | 'organisationId'>,
    manager: EntityManager = this.dataSource.manager,
    known?: ConfidentialBriefEntity | null,
  ): Promise<ConfidentialReader | null> {
    if (!viewer.user) return null;
    const brief =
      known !== undefined
        ? known
        : await manager
            .getRepository(ConfidentialBriefEntity)
            .findOneBy({ challengeId: challenge.id });
    if (viewer.ownerRole)
      return { userId: viewer.user.id, organisationId: challenge.organisationId };
    if (!brief) return null;
    const [row]: { organisation_id: string }[] = await manager.query(
      `SELECT a.organisation_id FROM challenge_nda_acceptance a
         JOIN membership m ON m.organisation_id = a.organisation_id AND m.user_id = $1
        WHERE a.challenge_id = $2 AND a.terms_version = $3
        ORDER BY a.accepted_at, a.id LIMIT 1`,
      [viewer.user.id, challenge.id, brief.termsVersion],
    );
    return row ? { userId: viewer.user.id, organisationId: row.organisation_id } : null;
  }

  /** One row of the access log: the brief (`file` null) or a confidential attachment. */
  async recordAccess(
    manager: EntityManager,
    challengeId: string,
    reader: ConfidentialReader,
    file: { id: string; name: string } | null,
  ): Promise<void> {
    await manager.getRepository(ConfidentialAccessEntity).insert({
      challengeId,
      userId: reader.userId,
      organisationId: reader.organisationId,
      fileId: file?.id ?? null,
      fileName: file?.name ?? null,
      at: this.clock.now(),
    });
  }

  async acceptances(user: AuthUser, challengeId: string, first: number, after: string | null) {
    await this.manager(user, challengeId);
    const query = this.dataSource
      .getRepository(NdaAcceptanceEntity)
      .createQueryBuilder('a')
      .where('a.challenge_id = :challengeId', { challengeId });
    return newestFirstPage(
      query,
      'a',
      'accepted_at',
      (row) => row.acceptedAt,
      first,
      after,
      MAX_LOG_PAGE_SIZE,
    );
  }

  async accessLog(user: AuthUser, challengeId: string, first: number, after: string | null) {
    await this.manager(user, challengeId);
    const query = this.dataSource
      .getRepository(ConfidentialAccessEntity)
      .createQueryBuilder('l')
      .where('l.challenge_id = :challengeId', { challengeId });
    return newestFirstPage(query, 'l', 'at', (row) => row.at, first, after, MAX_LOG_PAGE_SIZE);
  }

  /** The logs are the owner side's: NOT_FOUND if the challenge is not visible, else FORBIDDEN. */
  private async manager(user: AuthUser, challengeId: string) {
    const { viewer } = await this.challenges.findVisible(user, challengeId);
    briefPolicy.manage(viewer);
  }

  /** The viewer's organisations other than the owner, each with whether it accepted. */
  private async acceptingOrganisations(
    viewer: ChallengeViewer,
    challenge: Pick<ChallengeEntity, 'id' | 'organisationId'>,
    brief: ConfidentialBriefEntity | null,
  ) {
    if (!viewer.user || !brief || viewer.ownerRole) return [];
    const rows: { organisation_id: string; role: OrganisationRole; accepted: boolean }[] =
      await this.dataSource.query(
        `SELECT m.organisation_id, m.role, EXISTS (
            SELECT 1 FROM challenge_nda_acceptance a
             WHERE a.challenge_id = $2 AND a.organisation_id = m.organisation_id
               AND a.terms_version = $3) AS accepted
           FROM membership m WHERE m.user_id = $1 AND m.organisation_id <> $4
          ORDER BY m.organisation_id LIMIT 100`,
        [viewer.user.id, challenge.id, brief.termsVersion, challenge.organisationId],
      );
    return rows.map((row) => ({
      organisation: null,
      organisationId: row.organisation_id,
      role: row.role,
      accepted: row.accepted,
    }));
  }
}
