import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditActorType, AuditDetails, AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  actorType: AuditActorType;
  actorId?: string | null;
  action: string;
  threadId?: string | null;
  /** Ids and codes only; the caller must not put message text or names here. */
  details?: AuditDetails;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly repo: Repository<AuditEventEntity>) {}

  /** Records inside the caller's transaction when given one, so a change and its audit row commit together. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const target = manager ? manager.getRepository(AuditEventEntity) : this.repo;
    await target.insert({
      actorType: entry.actorType,
      actorId: entry.actorId ?? null,
      action: entry.action,
      threadId: entry.threadId ?? null,
      details: entry.details ?? {},
    });
  }
}
