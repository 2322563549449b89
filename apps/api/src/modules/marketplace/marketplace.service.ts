import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { OrganisationsService } from '../organisations/organisations.service';
import { FILE_STORAGE, type FileStorage } from '../storage/storage';
import type { CollaborationRequestInput, TechnologyOfferInput } from './dto/marketplace.inputs';
import { MarketplaceExpiry } from './marketplace-expiry';
import { validateOffer, validateRequest } from './marketplace-validation';
import { MARKETPLACE_ENTITIES, type EntityOf, type MarketplaceKind } from './marketplace.kinds';
import {
  marketplacePolicy,
  type MarketplaceTransition,
  type MarketplaceViewer,
} from './marketplace.policy';

export type InputOf<K extends MarketplaceKind> = K extends 'offer'
  ? TechnologyOfferInput
  : CollaborationRequestInput;

/**
 * Technology offers and collaboration requests: creation, optimistic-version edits, the
 * lifecycle (publish, renew, archive; expiry by the job scheduler). Both kinds share the rules;
 * only their own fields differ (validated by kind).
 */
@Injectable()
export class MarketplaceService implements OnModuleInit {
  private readonly logger = new Logger(MarketplaceService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
    private readonly expiry: MarketplaceExpiry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.expiry.onExpire((kind, id) => this.expireDue(kind, id));
  }

  /** The item if `user` (null: anonymous) may see it; NOT_FOUND otherwise. */
  async findVisible<K extends MarketplaceKind>(
    user: AuthUser | null,
    kind: K,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<{ item: EntityOf<K>; viewer: MarketplaceViewer }> {
    const item = await this.find(manager, kind, id, forUpdate);
    const viewer = await this.viewerOf(user, item.organisationId, manager);
    marketplacePolicy.see(item, viewer);
    return { item, viewer };
  }

  async viewerOf(
    user: AuthUser | null,
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MarketplaceViewer> {
    if (!user) return { user, ownerRole: null };
    return { user, ownerRole: await this.organisations.roleOf(manager, organisationId, user.id) };
  }

  /** A new draft (version 1) by an owner or admin of the organisation. */
  async create<K extends MarketplaceKind>(
    user: AuthUser,
    kind: K,
    organisationId: string,
    input: InputOf<K>,
  ): Promise<EntityOf<K>> {
    return this.dataSource.transaction(async (manager) => {
      if (!isUuid(organisationId) || !(await this.organisations.findById(organisationId)))
        throw new AppError('NOT_FOUND');
      marketplacePolicy.create(
        user,
        await this.organisations.roleOf(manager, organisationId, user.id),
      );
      const values = await this.validate(manager, kind, organisationId, input);
      const repository = manager.getRepository(MARKETPLACE_ENTITIES[kind]);
      const saved = await repository.save(
        repository.create({
          ...values,
          organisationId,
          createdBy: user.id,
          status: 'draft',
          version: 1,
        } as object),
      );
      return saved as EntityOf<K>;
    });
  }

  /**
   * Saves over `expectedVersion` only: a concurrent save that got there first makes this one
   * fail with MARKETPLACE_EDIT_CONFLICT (and the current version), never a silent overwrite.
   */
  async update<K extends MarketplaceKind>(
    user: AuthUser,
    kind: K,
    id: string,
    expectedVersion: number,
    input: InputOf<K>,
  ): Promise<EntityOf<K>> {
    return this.dataSource.transaction(async (manager) => {
      const { item, viewer } = await this.findVisible(user, kind, id, manager, true);
      marketplacePolicy.edit(item, viewer);
      const values = await this.validate(manager, kind, item.organisationId, input);
      if (item.version !== expectedVersion)
        throw new AppError('MARKETPLACE_EDIT_CONFLICT', { currentVersion: item.version });
      await manager
        .getRepository(MARKETPLACE_ENTITIES[kind])
        .update({ id }, { ...values, version: item.version + 1 });
      return this.find(manager, kind, id);
    });
  }

  /**
   * publish: draft → published; renew: published or expired → published, for another
   * MARKETPLACE_EXPIRY_MONTHS; archive: published or expired → archived. The row is locked so
   * concurrent actions are serialised.
   */
  async perform<K extends MarketplaceKind>(
    user: AuthUser,
    kind: K,
    id: string,
    action: MarketplaceTransition,
  ): Promise<EntityOf<K>> {
    return this.dataSource.transaction(async (manager) => {
      const { item, viewer } = await this.findVisible(user, kind, id, manager, true);
      marketplacePolicy.perform(item, viewer, action);
      // a deactivated organisation publishes nothing new (archiving stays possible)
      if (action !== 'archive') await this.organisations.assertActive(manager, item.organisationId);
      const repository = manager.getRepository(MARKETPLACE_ENTITIES[kind]);
      if (action === 'archive') {
        await repository.update({ id }, { status: 'archived', expiresAt: null });
        await this.expiry.cancel(kind, id, manager);
      } else {
        const now = this.clock.now();
        const expiresAt = addMonths(now, this.config.MARKETPLACE_EXPIRY_MONTHS);
        await repository.update(
          { id },
          {
            status: 'published',
            expiresAt,
            ...(action === 'publish' ? { publishedAt: now } : {}),
          },
        );
        await this.expiry.schedule(kind, { id, expiresAt }, manager);
      }
      return this.find(manager, kind, id);
    });
  }

  /**
   * Deletes a draft that was never published (nobody else has seen it, no partnership can
   * point at it), with its attachments and the dismissals of its matches, in one transaction;
   * the attachments' bytes go after the commit.
   */
  async deleteDraft(user: AuthUser, kind: MarketplaceKind, id: string): Promise<void> {
    const storageKeys = await this.dataSource.transaction(async (manager) => {
      const { item, viewer } = await this.findVisible(user, kind, id, manager, true);
      marketplacePolicy.perform(item, viewer, 'delete');
      const files: { storage_key: string }[] =
        kind === 'offer'
          ? await manager.query(
              // a SELECT over the DELETE: TypeORM answers a bare DELETE with [rows, count]
              `WITH gone AS (
                 DELETE FROM file
                 WHERE id IN (SELECT file_id FROM offer_attachment WHERE offer_id = $1)
                 RETURNING storage_key)
               SELECT storage_key FROM gone`,
              [id],
            )
          : [];
      await manager.query(
        `DELETE FROM match_dismissal
         WHERE (source_type = $1 AND source_id = $2) OR (target_type = $1 AND target_id = $2)`,
        [kind, id],
      );
      await manager.getRepository(MARKETPLACE_ENTITIES[kind]).delete({ id });
      return files.map((file) => file.storage_key);
    });
    for (const key of storageKeys) {
      // an orphaned file is harmless (its key is unguessable and unreferenced): log, go on
      await this.storage.delete(key).catch((error: unknown) => {
        this.logger.warn({ err: error, key }, 'could not delete a stored file');
      });
    }
  }

  /** For the expiry job: published and due by the Clock → expired. Returns whether it did. */
  async expireDue(kind: MarketplaceKind, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.find(manager, kind, id, true).catch(() => null);
      if (!item || item.status !== 'published' || !item.expiresAt) return false;
      if (item.expiresAt.getTime() > this.clock.now().getTime()) return false;
      await manager.getRepository(MARKETPLACE_ENTITIES[kind]).update({ id }, { status: 'expired' });
      return true;
    });
  }

  /** Malformed ids are simply not found. */
  async findByIds<K extends MarketplaceKind>(
    kind: K,
    ids: readonly string[],
  ): Promise<EntityOf<K>[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.dataSource
      .getRepository(MARKETPLACE_ENTITIES[kind])
      .findBy({ id: In(valid) });
    return rows as EntityOf<K>[];
  }

  private async validate<K extends MarketplaceKind>(
    manager: EntityManager,
    kind: K,
    organisationId: string,
    input: InputOf<K>,
  ) {
    if (kind === 'request') return validateRequest(input as CollaborationRequestInput);
    const values = validateOffer(input as TechnologyOfferInput);
    await this.checkContacts(manager, organisationId, values.contactPersonIds);
    return values;
  }

  /** Contact persons are members of the owning organisation. */
  private async checkContacts(manager: EntityManager, organisationId: string, ids: string[]) {
    if (!ids.length) return;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM membership WHERE organisation_id = $1 AND user_id = ANY($2::uuid[])`,
      [organisationId, ids],
    );
    if (rows.length !== ids.length)
      throw new AppError('VALIDATION_FAILED', {
        fields: { contactPersonIds: 'CONTACT_PERSONS_INVALID' },
      });
  }

  private async find<K extends MarketplaceKind>(
    manager: EntityManager,
    kind: K,
    id: string,
    forUpdate = false,
  ): Promise<EntityOf<K>> {
    if (!isUuid(id)) throw new AppError('NOT_FOUND');
    const item = await manager.getRepository(MARKETPLACE_ENTITIES[kind]).findOne({
      where: { id },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!item) throw new AppError('NOT_FOUND');
    return item as EntityOf<K>;
  }
}

/** `date` plus whole calendar months (UTC); the 31st becomes the month's last day. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const last = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, last));
  return result;
}
