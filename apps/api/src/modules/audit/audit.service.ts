import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

/** Records audit events inside the caller's transaction: the event exists iff the change does. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const events = manager.getRepository(AuditEventEntity);
    await events.save(events.create({ ...entry, data: entry.data ?? {} }));
  }
}
